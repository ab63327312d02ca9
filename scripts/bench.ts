// `npm run bench [-- --lessons 1000] [-- --keep]`: builds the project with N synthetic lessons in a
// temporary copy and prints validator time, build time, pages per second and peak memory.
// A benchmark, not a test: it prints figures and never fails on them.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { globSync } from 'tinyglobby';
import { validateProject } from '../src/validation/index.ts';
import { watchPeakMemory } from './bench/peak-memory.ts';
import { writeSyntheticLessons } from './bench/synthetic-lessons.ts';

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const lessonCount = Number(argValue('--lessons') ?? 1000);
const keep = process.argv.includes('--keep');
const root = process.cwd();

const projectParts = [
  'src',
  'public',
  'content',
  'lessons',
  'case-studies',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];
const dir = mkdtempSync(join(tmpdir(), 'horizons-bench-'));
for (const part of projectParts) {
  if (existsSync(join(root, part))) cpSync(join(root, part), join(dir, part), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
writeSyntheticLessons(dir, lessonCount);

const validateStart = performance.now();
const validation = validateProject(dir);
const validateMs = performance.now() - validateStart;

const buildStart = performance.now();
const child = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: dir,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const memory = watchPeakMemory(child.pid ?? 0);
const exitCode: number = await new Promise((resolve) =>
  child.on('exit', (code) => resolve(code ?? 1)),
);
const buildMs = performance.now() - buildStart;
const peakKb = memory.stop();

if (exitCode !== 0) {
  console.error(`The benchmark build failed (exit ${exitCode}); the copy is kept at ${dir}.`);
  process.exit(1);
}
const pages = globSync('**/*.html', { cwd: join(dir, 'dist'), ignore: ['pagefind/**'] }).length;

const rows: [string, string][] = [
  ['Synthetic lessons added', String(lessonCount)],
  ['Lessons in total', String(validation.counts['lessons'])],
  ['Validator (all content)', `${validateMs.toFixed(0)} ms (${validation.errors} errors)`],
  ['Full build incl. Pagefind', `${(buildMs / 1000).toFixed(1)} s`],
  ['Pages built', String(pages)],
  ['Pages per second', (pages / (buildMs / 1000)).toFixed(1)],
  ['Peak memory (build)', `${(peakKb / 1024).toFixed(0)} MB`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log('\nHorizons benchmark');
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);

if (keep) console.log(`\nKept the benchmark copy at ${dir}`);
else rmSync(dir, { recursive: true, force: true });
