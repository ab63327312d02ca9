import { mdxToJs } from 'satteri';
import { error, type Problem } from './problem.ts';

/**
 * Compiles an MDX body the way the build will (satteri is Astro's own MDX compiler), so a stray
 * `{` or `<` is reported with its line before anything is built, not as a failed build.
 * `bodyLine` is the file line the body starts on.
 */
export function checkMdxBody(file: string, body: string, bodyLine: number): Problem[] {
  try {
    mdxToJs(body);
    return [];
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const at = /^(\d+):(\d+):\s*/.exec(reason);
    const line = at ? Number(at[1]) + bodyLine - 1 : undefined;
    const what = reason.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    return [
      error({
        rule: 'syntax',
        file,
        field: line ? `body, line ${line}` : 'body',
        message: `The text after the frontmatter can't be read: ${what}.`,
        fix: 'In lesson text, `{`, `}` and `<` are read as code. Write them as words ("less than"), or put a backslash before them (\\{ \\< ), and close any tag you opened.',
      }),
    ];
  }
}
