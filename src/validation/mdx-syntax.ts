import { mdxToJs, mdxToMdast } from 'satteri';
import { error, type Problem } from './problem.ts';

const fix =
  'Content text is plain Markdown: write `{`, `}` and `<` as words ("less than"), or put a backslash before them (\\{ \\< ); delete HTML comments and tags, and use **bold** or _italics_ instead of tags.';

/** What on a line stops it being read as text, in words (the compiler's own reason is for developers). */
function whatIsOnTheLine(line: string): string {
  if (line.includes('<!--')) return 'an HTML comment (`<!-- … -->`), which these files cannot hold';
  if (/[{}]/.test(line)) return 'a curly bracket (`{` or `}`), which starts code in these files';
  if (/<[a-z/]/i.test(line)) return 'a tag such as `<u>` or `<br>`, which these files do not use';
  if (line.includes('<')) return 'a `<` sign, which starts a tag in these files';
  return 'something that cannot be read as plain text, often a `{`, `}` or `<` near it';
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/** The first piece of code (an expression, a tag or an import) in a Markdown tree, if any. */
function findCode(node: Node): Node | undefined {
  if (node.type.startsWith('mdx')) return node;
  for (const child of node.children ?? []) {
    const found = findCode(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Compiles an MDX body the way the build will (satteri is Astro's own MDX compiler), so a stray
 * `{` or `<` is reported with its line before anything is built. Code that does compile, such
 * as `{name}`, is refused too: it would fail when the page is made, and content has no code.
 * `bodyLine` is the file line the body starts on.
 */
export function checkMdxBody(file: string, body: string, bodyLine: number): Problem[] {
  const lineIn = (bodyRelative: number) => bodyRelative + bodyLine - 1;
  try {
    mdxToJs(body);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const at = /^(\d+):(\d+):\s*/.exec(reason);
    const line = at ? Number(at[1]) : undefined;
    const text = line === undefined ? '' : (body.split('\n')[line - 1] ?? '');
    return [
      error({
        rule: 'syntax',
        file,
        field: line === undefined ? 'body' : `body, line ${lineIn(line)}`,
        message: `The text after the frontmatter can't be read: the line has ${whatIsOnTheLine(text)}.`,
        fix,
      }),
    ];
  }
  const code = findCode(mdxToMdast(body) as Node);
  if (!code) return [];
  const line = code.position ? lineIn(code.position.start.line) : undefined;
  return [
    error({
      rule: 'syntax',
      file,
      field: line ? `body, line ${line}` : 'body',
      message:
        'The text after the frontmatter contains code (a `{…}` expression, a `<tag>` or an import), which content may not hold.',
      fix,
    }),
  ];
}
