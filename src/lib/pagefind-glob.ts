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
 * A glob segment matching any name except `word` (and its own beginnings, such as "pre"):
 * Pagefind's globs have no negation, only character classes.
 */
export function anyNameBut(word: string): string {
  const parts = [...word].map((_, i) => `${word.slice(0, i)}[!${word[i] ?? ''}]*`);
  return `{${[...parts, `${word}?*`].join(',')}}`;
}

/** The pages of a top-level folder, leaving out its entries' `nested` folders (`x/<id>/present/`). */
const folderPages = (name: string, nested: string | undefined) =>
  nested
    ? [`${name}/*.html`, `${name}/*/*.html`, `${name}/*/${anyNameBut(nested)}/**/*.html`]
    : [`${name}/**/*.html`];

/**
 * A Pagefind glob for every HTML file except those under the `skipped` top-level folders.
 * Pagefind's glob has no negation, so it lists the folders to keep. Skipping a folder saves
 * parsing it at all, which `data-pagefind-body` alone does not: the print packs repeat every
 * lesson, and parsing them took a third of the indexing time at 1,000 lessons; the presenting
 * views (`lessons/<id>/present/`) hold every slide, and skipping them saves another second. A
 * folder whose name
 * would change the glob (a school's `public/Parent letters/`) is left out and named in `unusable`.
 */
export function pagefindGlob(
  topLevel: readonly SiteEntry[],
  skipped: readonly string[],
  /** A folder name that holds no pages to search inside each entry's folder, e.g. "present". */
  skippedInEntries?: string,
): { glob: string; unusable: string[] } {
  const skip = new Set([...ALWAYS_SKIPPED, ...skipped]);
  const folders = topLevel
    .filter((entry) => entry.isDirectory() && !skip.has(entry.name))
    .map((entry) => entry.name);
  const kept = folders
    .filter(plainName)
    .sort()
    .flatMap((name) => folderPages(name, skippedInEntries));
  return {
    glob: `{${['*.html', ...kept].join(',')}}`,
    unusable: folders.filter((name) => !plainName(name)),
  };
}
