/** A top-level entry of the built site, as `readdirSync(dir, { withFileTypes: true })` gives it. */
export interface SiteEntry {
  name: string;
  isDirectory(): boolean;
}

// Pagefind's own output and Astro's bundled assets never hold pages to index.
const ALWAYS_SKIPPED = ['pagefind', '_astro'];

/** A folder name that can sit in a glob as it is. */
const plainName = (name: string) => /^[\w.-]+$/.test(name);

/**
 * A Pagefind glob for every HTML file except those under the `skipped` top-level folders.
 * Pagefind's glob has no negation, so it lists the folders to keep. Skipping a folder saves
 * parsing it at all, which `data-pagefind-body` alone does not: the print packs repeat every
 * lesson, and parsing them took a third of the indexing time at 1,000 lessons. A folder whose name
 * would change the glob (a school's `public/Parent letters/`) is left out and named in `unusable`.
 */
export function pagefindGlob(
  topLevel: readonly SiteEntry[],
  skipped: readonly string[],
): { glob: string; unusable: string[] } {
  const skip = new Set([...ALWAYS_SKIPPED, ...skipped]);
  const folders = topLevel
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name))
    .map((entry) => entry.name);
  const kept = folders
    .filter(plainName)
    .map((name) => `${name}/**/*.html`)
    .sort();
  return {
    glob: `{${['*.html', ...kept].join(',')}}`,
    unusable: folders.filter((name) => !plainName(name)),
  };
}
