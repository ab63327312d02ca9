/**
 * HTML shared by many pages of one build. A handout's body appears on its own page, its lesson's
 * page and its year pack, and a lesson's body on its page and its pack; the HTML is the same each
 * time (body headings carry no ids), so it is rendered once.
 */
const rendered = new Map<string, Promise<string>>();

/** A key for one version of an entry's body: a changed body has a new digest. */
export const bodyKey = (entry: { collection: string; id: string; digest?: string | number }) =>
  `${entry.collection}/${entry.id}@${entry.digest ?? ''}`;

/** The HTML for `key`, calling `render` only the first time the key is asked for. */
export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = render();
    rendered.set(key, html);
  }
  return html;
}
