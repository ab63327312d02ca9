/** A top-level entry of the built site, as `readdirSync(dir, { withFileTypes: true })` gives it. */
export interface SiteEntry {
  name: string;
  isDirectory(): boolean;
}

// Pagefind's own output and Astro's bundled assets never hold pages to index.
const ALWAYS_SKIPPED = ['pagefind', '_astro'];

/**
 * A Pagefind glob for every HTML file except those under the `skipped` top-level folders.
 * Pagefind's glob has no negation, so it lists the folders to keep. Skipping a folder saves
 * parsing it at all, which `data-pagefind-body` alone does not: the print packs repeat every
 * lesson, and parsing them took a third of the indexing time at 1,000 lessons.
 */
export function pagefindGlob(topLevel: readonly SiteEntry[], skipped: readonly string[]): string {
  const skip = new Set([...ALWAYS_SKIPPED, ...skipped]);
  const folders = topLevel
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name))
    .map((entry) => {
      if (!/^[\w.-]+$/.test(entry.name))
        throw new Error(`Cannot index the folder "${entry.name}": its name has glob characters.`);
      return `${entry.name}/**/*.html`;
    })
    .sort();
  return `{${['*.html', ...folders].join(',')}}`;
}
