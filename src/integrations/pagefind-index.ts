import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pagefindGlob } from '../lib/pagefind-glob.ts';

/**
 * Indexes the built site with Pagefind's Node API, except the top-level folders in `skip` and the
 * `skipInEntries` folder inside each entry (`lessons/<id>/present/`); an empty index or any error
 * fails the build.
 */
export function pagefindIndex({
  skip = [],
  skipInEntries,
}: { skip?: string[]; skipInEntries?: string } = {}): AstroIntegration {
  return {
    name: 'horizons:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { glob, unusable } = pagefindGlob(
            readdirSync(outDir, { withFileTypes: true }),
            skip,
            skipInEntries,
          );
          for (const name of unusable)
            logger.warn(
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
          logger.info(`Search index: ${added.page_count} pages in ${seconds} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
