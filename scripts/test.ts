// `npm test`: unit tests, build-failure tests, a real build, then browser tests on the served site.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';
import { ensureOfficeReaders } from './find-office.ts';

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

const chromium = findChromium();
console.log(`Using Chromium at ${chromium}`);
ensureOfficeReaders();

run('Unit tests (vitest)', 'npx', ['vitest', 'run']);
run('Build-failure tests (vitest)', 'npx', ['vitest', 'run', '--config', 'vitest.build.config.ts']);
run('Build the site (npm run build)', process.execPath, ['scripts/build.ts']);
// `astro build` on its own makes the search index and publishes in Astro's process: the copy
// under /careers/ is built that way, so the browser tests cover both paths.
run('Build a copy under the sub-path /careers/ (astro build)', 'npx', ['astro', 'build'], {
  ...process.env,
  HORIZONS_BASE: '/careers/',
  HORIZONS_OUT_DIR: '.tmp/dist-careers',
});
run('Build the programme as an 11–16 school’s fork', process.execPath, [
  'tests/helpers/build-fork.ts',
]);
run('Browser tests (Playwright)', 'npx', ['playwright', 'test'], {
  ...process.env,
  CHROMIUM_PATH: chromium,
});
console.log('\n✔ All tests passed.');
