import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldBuild } from './cold-build.ts';
import { writeStarlightSite } from './comparison-sites.ts';
import type { TimedRun } from './run-timed.ts';
import { astroBin } from './sites.ts';

/**
 * Installs Starlight into `dir` (never into the project) and builds the lessons in `lessonsDir`
 * with it; undefined, said in the log, when it cannot be installed.
 */
export async function buildStarlight(
  root: string,
  dir: string,
  lessonsDir: string,
  runs: number,
  log: (message: string) => void,
): Promise<TimedRun | undefined> {
  const astroVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8'),
  ).version as string;
  writeStarlightSite(dir, lessonsDir, astroVersion);
  log('Starlight: installing into the benchmark folder…');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    log(
      `Starlight could not be installed (${install.stderr.trim().split('\n').pop()}); skipping it.`,
    );
    return undefined;
  }
  log('Starlight: building the same lessons…');
  return coldBuild(dir, [[astroBin(dir), 'build']], runs);
}
