import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { projectRoot, validFixture } from './fixture.ts';

/** The parts of the project a site's code needs; content comes from elsewhere. */
export const projectParts = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A throwaway copy of the site's code with the given content tree, sharing the project's node_modules. */
export function makeSite(contentTree = validFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'horizons-site-'));
  for (const part of projectParts)
    cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  cpSync(contentTree, dir, { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a Node script of the project in `dir` with the Node that runs the tests (24, not the system's). */
function runNode(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds a site as `npm run build` does: Astro's pages, then search and publishing after it exits. */
export const buildSite = (dir: string, env: NodeJS.ProcessEnv = {}) =>
  runNode(dir, ['scripts/build.ts'], env);

export const validateSite = (dir: string, args: string[] = []) =>
  runNode(dir, ['scripts/validate.ts', ...args]);

/** A fingerprint of everything in `dist/` (or another output folder), to prove a failed build left it alone. */
export function fingerprintDist(dir: string, outDir = 'dist'): string {
  const dist = join(dir, outDir);
  if (!existsSync(dist)) return 'no dist';
  const hash = createHash('sha256');
  for (const file of globSync('**/*', { cwd: dist, dot: true }).sort()) {
    hash.update(file).update(readFileSync(join(dist, file)));
  }
  return hash.digest('hex');
}
