/** A block of a Markdown body, in the few shapes Horizons content uses. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; text: string }
  | { kind: 'table'; rows: string[][] };

/** Removes inline Markdown so the words read cleanly in Word: links keep their address as text. */
export function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .trim();
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => plainInline(cell));

/** Splits a Markdown body into headings, paragraphs, list items and tables. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: string[][] | undefined;
  const flush = () => {
    if (paragraph.length > 0)
      blocks.push({ kind: 'paragraph', text: plainInline(paragraph.join(' ')) });
    paragraph = [];
    if (table) blocks.push({ kind: 'table', rows: table });
    table = undefined;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (line.startsWith('|')) {
      if (paragraph.length > 0) flush();
      if (/^\|?[\s:|-]+\|?$/.test(line)) continue;
      (table ??= []).push(cells(line));
    } else if (line === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: heading[1]?.length ?? 2,
        text: plainInline(heading[2] ?? ''),
      });
    } else if (bullet) {
      flush();
      blocks.push({ kind: 'bullet', text: plainInline(bullet[1] ?? '') });
    } else if (numbered) {
      flush();
      blocks.push({ kind: 'numbered', text: plainInline(numbered[1] ?? '') });
    } else {
      if (table) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
