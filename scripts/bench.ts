// `npm run bench [-- --lessons 1000] [--runs 1] [--skip-starlight] [--keep] [--busy 1]`
// `--busy N` keeps N cores busy with other work throughout, to measure a shared machine.
// `npm run bench -- --series 1000,2000,5000` builds Horizons and bare Astro at each size and prints
// how memory and time grow per 1,000 lessons, with Starlight at the first size.
// Builds the same synthetic lessons three ways in one run — Horizons, a bare Astro site (the floor
// Astro allows) and Starlight (installed into the benchmark's temporary folder) — and prints each
// figure and the ratios. It also times the validator at N and 5N lessons. Every build starts cold
// (no dist/, no Astro cache), as on a fresh clone; with --runs N each site is built N times and
// the fastest is reported, since a shared machine's noise only ever adds time. A benchmark, not a
// test: it prints figures and never fails on them.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { globSync } from 'tinyglobby';
import { validateProject } from '../src/validation/index.ts';
import { startBusyLoad } from './bench/busy-load.ts';
import { coldBuild as coldBuildRuns } from './bench/cold-build.ts';
import { pageWeight } from './bench/page-weight.ts';
import type { TimedRun } from './bench/run-timed.ts';
import { runSeries, seriesReport } from './bench/series.ts';
import { buildStarlight } from './bench/starlight.ts';
import {
  bareAstroSite,
  copyHorizons as copyHorizonsFrom,
  horizonsBuild as horizonsBuildCommands,
} from './bench/sites.ts';

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const lessonCount = Number(argValue('--lessons') ?? 1000);
const runs = Number(argValue('--runs') ?? 1);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs needs a whole number of builds, 1 or more (e.g. --runs 2).');
  process.exit(1);
}
const skipStarlight = process.argv.includes('--skip-starlight');
const keep = process.argv.includes('--keep');
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'horizons-bench-'));
const log = (message: string) => console.log(`· ${message}`);
const busyCores = Number(argValue('--busy') ?? 0);
if (!Number.isInteger(busyCores) || busyCores < 0) {
  console.error('--busy needs a whole number of cores to keep busy (e.g. --busy 1).');
  process.exit(1);
}
const stopBusyLoad = startBusyLoad(busyCores);
process.once('exit', stopBusyLoad);
if (busyCores > 0) log(`Keeping ${busyCores} of ${availableParallelism()} cores busy throughout.`);
const copyHorizons = (dir: string, lessons: number) => copyHorizonsFrom(root, dir, lessons);
const coldBuild = (dir: string, commands: string[][]) => coldBuildRuns(dir, commands, runs);
const series = argValue('--series')
  ?.split(',')
  .map((n) => Number(n.trim()));
if (series && (series.length < 2 || series.some((n) => !Number.isInteger(n) || n < 1))) {
  console.error('--series needs two or more lesson counts, e.g. --series 1000,2000,5000.');
  process.exit(1);
}

function timeValidator(dir: string) {
  validateProject(dir); // warm up the module cache so the figure is the validator, not the first import
  const start = performance.now();
  const result = validateProject(dir);
  return {
    ms: performance.now() - start,
    lessons: result.counts['lessons'] ?? 0,
    errors: result.errors,
  };
}

interface SiteFigures {
  name: string;
  build: TimedRun;
  pages: number;
  weight: { gzipBytes: number; jsBytes: number } | undefined;
}

function figures(
  name: string,
  build: TimedRun,
  dist: string,
  lessonPage: string | undefined,
): SiteFigures {
  const pages = existsSync(dist)
    ? globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**'] }).length
    : 0;
  return {
    name,
    build,
    pages,
    weight:
      lessonPage && existsSync(join(dist, lessonPage)) ? pageWeight(dist, lessonPage) : undefined,
  };
}

if (series) {
  const points = await runSeries(root, work, series, log);
  const first = join(work, `series-horizons-${series[0]}`, 'lessons');
  const starlight = skipStarlight
    ? undefined
    : await buildStarlight(root, join(work, 'starlight'), first, runs, log);
  console.log(seriesReport(points, starlight));
  if (keep) console.log(`\nKept the benchmark folders in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// 1. Horizons.
const horizons = join(work, 'horizons');
copyHorizons(horizons, lessonCount);
const validator = timeValidator(horizons);
log(`Horizons: building ${validator.lessons} lessons…`);
const horizonsBuild = await coldBuild(horizons, horizonsBuildCommands(horizons));
const results: SiteFigures[] = [
  figures(
    'Horizons',
    horizonsBuild,
    join(horizons, 'dist'),
    'lessons/bench-lesson-00001/index.html',
  ),
];

// 2. Bare Astro: same lessons, minimal layout, Pagefind's CLI afterwards.
const bare = join(work, 'bare-astro');
const bareCommands = bareAstroSite(root, bare, join(horizons, 'lessons'));
log('Bare Astro: building the same lessons…');
const bareBuild = await coldBuild(bare, bareCommands);
const bareLesson = globSync('lessons/**/bench-lesson-00001/index.html', {
  cwd: join(bare, 'dist'),
})[0];
results.push(figures('Bare Astro', bareBuild, join(bare, 'dist'), bareLesson));

// 3. Starlight, installed into the temporary folder (never into the project).
if (!skipStarlight) {
  const starlight = join(work, 'starlight');
  const build = await buildStarlight(root, starlight, join(horizons, 'lessons'), runs, log);
  if (build) {
    const lesson = globSync('lessons/**/bench-lesson-00001/index.html', {
      cwd: join(starlight, 'dist'),
    })[0];
    results.push(figures('Starlight', build, join(starlight, 'dist'), lesson));
  }
}

// The validator at five times the lessons, to show how it grows.
const large = join(work, 'horizons-large');
copyHorizons(large, lessonCount * 5);
const validatorLarge = timeValidator(large);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, (s: SiteFigures) => string][] = [
  ['Build worked', (s) => (s.build.ok ? 'yes' : 'NO')],
  ['Full build incl. Pagefind', (s) => `${(s.build.ms / 1000).toFixed(1)} s`],
  ['Pages built', (s) => String(s.pages)],
  ['Pages per second', (s) => (s.pages / (s.build.ms / 1000)).toFixed(1)],
  ['Peak memory', (s) => `${(s.build.peakKb / 1024).toFixed(0)} MB`],
  ['Lesson page HTML+CSS (gzip)', (s) => (s.weight ? kb(s.weight.gzipBytes) : 'n/a')],
  ['Lesson page JavaScript', (s) => (s.weight ? kb(s.weight.jsBytes) : 'n/a')],
];
const labelWidth = Math.max(...rows.map(([label]) => label.length));
console.log(
  `\nBenchmark: ${lessonCount} synthetic lessons plus the built-in content; cold builds, best of ${runs}\n`,
);
console.log(`${''.padEnd(labelWidth)}  ${results.map((r) => r.name.padStart(12)).join('')}`);
for (const [label, value] of rows)
  console.log(`${label.padEnd(labelWidth)}  ${results.map((r) => value(r).padStart(12)).join('')}`);

const [h, b, s] = results;
console.log('\nRatios (build time incl. Pagefind)');
if (h && b)
  console.log(
    `  Horizons / bare Astro   ${(h.build.ms / b.build.ms).toFixed(2)}×  (target: at most 1.30×)`,
  );
if (h && s)
  console.log(
    `  Horizons / Starlight    ${(h.build.ms / s.build.ms).toFixed(2)}×  (target: below 1.00×)`,
  );
console.log('\nValidator');
console.log(
  `  ${validator.lessons} lessons    ${validator.ms.toFixed(0)} ms (${validator.errors} errors)`,
);
console.log(
  `  ${validatorLarge.lessons} lessons    ${validatorLarge.ms.toFixed(0)} ms (${validatorLarge.errors} errors)`,
);
console.log(
  `  growth: ${(validatorLarge.ms / validator.ms).toFixed(2)}× the time for ${(validatorLarge.lessons / validator.lessons).toFixed(2)}× the lessons`,
);

for (const r of results.filter((x) => !x.build.ok))
  console.log(`\n${r.name} build output:\n${r.build.output.slice(-2000)}`);
if (keep) console.log(`\nKept the benchmark folders in ${work}`);
else rmSync(work, { recursive: true, force: true });
