// Builds the whole Horizons programme as an 11–16 school's fork (tests/fixtures/fork-11-16), into
// .tmp/fork-site/dist, for the browser tests that check what such a school actually publishes.
// Run by `npm test` (scripts/test.ts) with the Node that runs the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixture.ts';
import { projectParts } from './site.ts';

/** Where the fork is built; its `dist/` is served by Playwright's `fork` project. */
export const forkSite = join(projectRoot, '.tmp', 'fork-site');

const copied = [...projectParts, 'content', 'lessons', 'case-studies'];

rmSync(forkSite, { recursive: true, force: true });
mkdirSync(forkSite, { recursive: true });
for (const part of copied)
  cpSync(join(projectRoot, part), join(forkSite, part), { recursive: true });
cpSync(join(projectRoot, 'tests/fixtures/fork-11-16'), forkSite, { recursive: true });
// The example school's own record and self-assessment are its, not the fork's: a school replaces
// or deletes them (FORKING.md), and this one has not made its own yet.
rmSync(join(forkSite, 'content/delivery'), { recursive: true, force: true });
rmSync(join(forkSite, 'content/gatsby-assessment.yaml'), { force: true });
symlinkSync(join(projectRoot, 'node_modules'), join(forkSite, 'node_modules'), 'dir');

// The fork's own address comes from its school.yaml, so no HORIZONS_* variables are passed on.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('HORIZONS_')),
);
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  cwd: forkSite,
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
