/**
 * Places in a page's HTML where a word touches a link with no space between ("of<a>45</a>",
 * "</a>or"): a reader sees the two run together. Punctuation that belongs against a link, such as
 * "(" before it or "." after it, is fine.
 */
export function findWordsRunIntoLinks(html: string): string[] {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  const before = [...body.matchAll(/([\p{L}\p{N}›»,;:])<a\b[^>]*>([^<]{0,20})/gu)].map(
    (m) => `${m[1]}<a>${m[2]}`,
  );
  const after = [...body.matchAll(/([^>]{0,20})<\/a>([\p{L}\p{N}])/gu)].map(
    (m) => `${m[1]}</a>${m[2]}`,
  );
  return [...before, ...after];
}
