import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { BuildLog } from './build-log.ts';

const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');

/** The browse pages every visitor may want offline, relative to the site's base. */
const browsePages = ['', 'search/', 'years/', 'lessons/', 'coverage/', 'brand.css', 'search-ui.js'];

/**
 * Writes `sw.js` into the built site in `root` once the search index exists: it precaches the
 * search (so it works offline) and the main browse pages, and carries a version that changes
 * whenever any built file does.
 */
export function writeServiceWorker(root: string, base: string, log: BuildLog): void {
  const files = globSync('**/*', { cwd: root })
    .filter((f) => f !== 'sw.js')
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(`${root}/${file}`));
  const styles = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css'));
  const search = files.filter(
    (f) => f.startsWith('pagefind/') && !/pagefind-(component|modular)?-?ui|highlight/.test(f),
  );
  const prefix = base.replace(/\/?$/, '/');
  const precache = [...browsePages, ...styles, ...search].map((f) => `${prefix}${f}`);
  const script = template
    .replace('__VERSION__', hash.digest('hex').slice(0, 16))
    .replace('__PRECACHE__', JSON.stringify(precache).replace(/'/g, "\\'"));
  writeFileSync(`${root}/sw.js`, script);
  log.info(`Service worker: ${precache.length} files precached.`);
}
