import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { globSync } from 'tinyglobby';

const template = readFileSync(
  fileURLToPath(new URL('./service-worker.js', import.meta.url)),
  'utf8',
);

/**
 * Writes `sw.js` after the search index exists: it precaches the search (so it works offline)
 * and the main browse pages, and carries a version that changes whenever any built file does.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'horizons:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = globSync('**/*', { cwd: root })
          .filter((f) => f !== 'sw.js')
          .sort();
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(`${root}/${file}`));
        const browse = [
          '',
          'search/',
          'years/',
          'lessons/',
          'coverage/',
          'brand.css',
          'search-ui.js',
        ];
        const styles = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css'));
        const search = files.filter(
          (f) =>
            f.startsWith('pagefind/') && !/pagefind-(component|modular)?-?ui|highlight/.test(f),
        );
        const precache = [...browse, ...styles, ...search].map((f) => `${base}${f}`);
        const script = template
          .replace('__VERSION__', hash.digest('hex').slice(0, 16))
          .replace('__PRECACHE__', JSON.stringify(precache).replace(/'/g, "\\'"));
        writeFileSync(`${root}/sw.js`, script);
        logger.info(`Service worker: ${precache.length} files precached.`);
      },
    },
  };
}
