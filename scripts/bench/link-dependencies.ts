import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Gives a benchmark site its own `node_modules` whose packages link to the project's. Astro keeps
 * its cache (content store, optimised images) in `node_modules/.astro`; linking the folder whole
 * would share one warm cache between every site and the project itself.
 */
export function linkDependencies(projectRoot: string, siteDir: string): void {
  const from = join(projectRoot, 'node_modules');
  const to = join(siteDir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name !== '.astro') symlinkSync(join(from, name), join(to, name));
  }
}
