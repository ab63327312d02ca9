import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBareAstroSite } from './comparison-sites.ts';
import { linkDependencies } from './link-dependencies.ts';
import { writeSyntheticLessons } from './synthetic-lessons.ts';

/** The Astro command line of a site. */
export const astroBin = (dir: string) => join(dir, 'node_modules/astro/bin/astro.mjs');

/** How a copy of Horizons is built: `npm run build`, as a school's host runs it. */
export const horizonsBuild = (dir: string) => [[join(dir, 'scripts/build.ts')]];

/** A copy of Horizons with `lessons` synthetic lessons added to the built-in content. */
export function copyHorizons(root: string, dir: string, lessons: number): void {
  mkdirSync(dir, { recursive: true });
  for (const part of [
    'src',
    'public',
    'scripts',
    'content',
    'lessons',
    'case-studies',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    if (existsSync(join(root, part)))
      cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  linkDependencies(root, dir);
  writeSyntheticLessons(dir, lessons);
}

/** A bare Astro site of the same lessons, and the commands that build it with Pagefind after. */
export function bareAstroSite(root: string, dir: string, lessonsDir: string): string[][] {
  writeBareAstroSite(dir, lessonsDir);
  linkDependencies(root, dir);
  return [
    [astroBin(dir), 'build'],
    [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
  ];
}
