import { readdirSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { pagefindGlob } from '../pagefind-glob.ts';
import type { BuildLog } from './build-log.ts';
import type { SearchScope } from './plan.ts';

/**
 * Indexes the built site in `outDir` with Pagefind's Node API, except the folders `scope` leaves
 * out, and writes the index to `outDir/pagefind`; an empty index or any error throws.
 */
export async function writeSearchIndex(
  outDir: string,
  scope: SearchScope,
  log: BuildLog,
): Promise<void> {
  const started = performance.now();
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    const { glob, unusable } = pagefindGlob(
      readdirSync(outDir, { withFileTypes: true }),
      scope.skip,
      scope.skipInEntries || undefined,
    );
    for (const name of unusable)
      log.warn(
        `Search leaves out the folder "${name}": rename it with letters, digits, dots, dashes or underscores only.`,
      );
    const added = await index.addDirectory({ path: outDir, glob });
    if (added.errors.length > 0)
      throw new Error(`Pagefind failed to index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0)
      throw new Error(
        'Pagefind indexed no pages: check that layouts mark content with data-pagefind-body.',
      );
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0)
      throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log.info(`Search index: ${added.page_count} pages in ${seconds} s.`);
  } finally {
    await pagefind.close();
  }
}
