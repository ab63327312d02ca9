import { mdxToMdast } from 'satteri';

/** A stretch of text with the emphasis and link it had in the source. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Where a link goes; absent for plain text. */
  href?: string;
}

/** One item of a list; `depth` is 0 for a top-level item, 1 for an item inside it, and so on. */
export interface ListItem {
  runs: Inline[];
  depth: number;
}

/** A block of a content body, in the shapes every export (Word, slides) knows how to show. */
export type BodyBlock =
  | { kind: 'heading'; level: number; runs: Inline[] }
  | { kind: 'paragraph'; runs: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; rows: Inline[][][] };

/** The parts of an mdast node the walk reads. */
interface Node {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  url?: string;
  alt?: string | null;
  children?: Node[];
}

type Marks = Pick<Inline, 'bold' | 'italic' | 'href'>;

/** Flattens a node's phrasing content into runs, carrying bold, italic and links down. */
function inlines(nodes: readonly Node[], marks: Marks = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [{ text: node.value ?? '', ...marks }];
      case 'break':
        return [{ text: ' ', ...marks }];
      case 'strong':
        return inlines(node.children ?? [], { ...marks, bold: true });
      case 'emphasis':
        return inlines(node.children ?? [], { ...marks, italic: true });
      case 'link':
        return inlines(node.children ?? [], { ...marks, href: node.url ?? '' });
      case 'image':
        return node.alt ? [{ text: node.alt, ...marks }] : [];
      default:
        return inlines(node.children ?? [], marks);
    }
  });
}

/** Joins neighbouring runs that look the same, so exports write fewer, longer runs. */
function merged(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else if (run.text) out.push({ ...run });
  }
  return out;
}

const phrasing = (node: Node) => merged(inlines(node.children ?? []));

function listItems(list: Node, depth: number): ListItem[] {
  return (list.children ?? []).flatMap((item) =>
    (item.children ?? []).flatMap((child): ListItem[] =>
      child.type === 'list' ? listItems(child, depth + 1) : [{ runs: phrasing(child), depth }],
    ),
  );
}

function blocksOf(nodes: readonly Node[]): BodyBlock[] {
  return nodes.flatMap((node): BodyBlock[] => {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.depth ?? 2, runs: phrasing(node) }];
      case 'paragraph':
        return [{ kind: 'paragraph', runs: phrasing(node) }];
      case 'list':
        return [
          {
            kind: 'list',
            ordered: node.ordered === true,
            start: node.start ?? 1,
            items: listItems(node, 0),
          },
        ];
      case 'table':
        return [
          {
            kind: 'table',
            rows: (node.children ?? []).map((row) => (row.children ?? []).map(phrasing)),
          },
        ];
      case 'blockquote':
        return blocksOf(node.children ?? []);
      default:
        return [];
    }
  });
}

/**
 * Reads a content body once, through the MDX compiler the site itself uses (satteri), into
 * blocks every export shares: numbered lists stay numbered, bold, italic and links survive.
 */
export function bodyBlocks(markdown: string): BodyBlock[] {
  return blocksOf((mdxToMdast(markdown) as Node).children ?? []);
}

/** The words of some runs, without their marks. */
export const plainText = (runs: readonly Inline[]): string =>
  runs
    .map((r) => r.text)
    .join('')
    .trim();

const readBodies = new Map<string, BodyBlock[]>();

/**
 * `bodyBlocks`, remembered for the life of the process: a handout printed with many lessons is
 * read once per build, not once per lesson. The blocks are shared, so callers must not change them.
 */
export function sharedBodyBlocks(markdown: string): readonly BodyBlock[] {
  let blocks = readBodies.get(markdown);
  if (!blocks) {
    blocks = bodyBlocks(markdown);
    readBodies.set(markdown, blocks);
  }
  return blocks;
}
