import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';

/**
 * The Markdown body of a content file, read again from disk. The collections keep no bodies
 * (`retainBody: false` keeps the store small at a thousand lessons), so the few downloads made
 * by Astro routes, a template's Word file or an assembly's slides, read their one file here.
 */
export function entryBody(filePath: string | undefined): string {
  if (!filePath) return '';
  return parseFrontmatter(readFileSync(join(process.cwd(), filePath), 'utf8')).content;
}
