import { mdxToMdast } from 'satteri';

/** An address in a content body: a link or a picture, with the body line it is written on. */
export interface BodyLink {
  kind: 'link' | 'picture';
  address: string;
  /** Line within the body (1 is the first line after the frontmatter). */
  line: number;
}

/** The parts of an mdast node the walk reads. */
interface Node {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

/** Tag attributes that hold an address: a page to open, or a file the browser fetches. */
const addressAttributes = new Set([
  'href',
  'src',
  'srcset',
  'xlinkhref',
  'xlink:href',
  'poster',
  'action',
  'formaction',
  'cite',
  'data',
  'background',
]);

/** A tag attribute's text: written in quotes, or as a `{"…"}` expression holding only a string. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown } | null)?.value;
  if (typeof expression !== 'string') return undefined;
  return /^\s*(["'`])(.*)\1\s*$/s.exec(expression)?.[2];
}

/** The addresses in one tag (`<a href>`, `<img src>`); `srcset` lists several, comma-separated. */
function tagAddresses(node: Node): string[] {
  return (node.attributes ?? []).flatMap((attribute) => {
    const name = attribute.name?.toLowerCase() ?? '';
    if (attribute.type !== 'mdxJsxAttribute' || !addressAttributes.has(name)) return [];
    const text = attributeText(attribute.value);
    if (text === undefined) return [];
    return name === 'srcset'
      ? text.split(',').map((item) => item.trim().split(/\s+/)[0] ?? '')
      : [text];
  });
}

const pictureTags = /^(?:img|image|picture|source|video|audio)$/i;

/** The addresses a node itself holds, not counting its children's. */
function ownLinks(node: Node): BodyLink[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'link':
    case 'definition':
      return [{ kind: 'link', address: node.url ?? '', line }];
    case 'image':
      return [{ kind: 'picture', address: node.url ?? '', line }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const kind = pictureTags.test(node.name ?? '') ? 'picture' : 'link';
      return tagAddresses(node).map((address) => ({ kind, address, line }));
    }
    default:
      return [];
  }
}

const linksIn = (node: Node): BodyLink[] => [
  ...ownLinks(node),
  ...(node.children ?? []).flatMap(linksIn),
];

/**
 * Every address in an MDX body, read through satteri (Astro's own MDX compiler) as the page will
 * be: `[text](…)`, `![alt](…)`, `[text][name]` definitions, bare web addresses, and `<a href>` or
 * `<img src>` tags. Markdown has already turned `&#58;` and the like into the characters they
 * stand for. A body that cannot be read has none: the syntax rule reports it.
 */
export function bodyLinks(body: string): BodyLink[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch {
    return [];
  }
  return linksIn(tree);
}
