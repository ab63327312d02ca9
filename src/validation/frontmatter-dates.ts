import { extractFrontmatter } from 'astro/markdown';
import { calendarDate } from '../schemas/common.ts';

/** A `key: YYYY-MM-DD` or `- YYYY-MM-DD` line with the date unquoted, and any comment after it. */
const unquotedDateLine =
  /^([ \t]*(?:-[ \t]+)?(?:[\w-]+:[ \t]+|-[ \t]+))(\d{4}-\d{2}-\d{2})([ \t]*(?:#.*)?)$/gm;

/**
 * Astro's YAML reader turns an unquoted 2027-02-30 in an MDX file's frontmatter into 2 March
 * 2027 without a word. Quoting such a date first keeps it as written, so the date schema refuses
 * it; every line stays where it was, so line numbers in the body do not move.
 */
export function quoteImpossibleDates(text: string): string {
  const frontmatter = extractFrontmatter(text);
  if (frontmatter === undefined) return text;
  const quoted = frontmatter.replace(
    unquotedDateLine,
    (line, start: string, date: string, end: string) =>
      calendarDate(date) ? line : `${start}"${date}"${end}`,
  );
  return quoted === frontmatter ? text : text.replace(frontmatter, () => quoted);
}
