import { defineConfig } from '@playwright/test';

const port = 4329;
const subPathPort = 4330;
const forkPort = 4331;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: /(sub-path|fork)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subPathPort}/careers/` },
    },
    {
      name: 'fork',
      testMatch: /fork\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${forkPort}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The copy `npm test` builds under /careers/ (see scripts/test.ts).
      command: `npx astro preview --host 127.0.0.1 --port ${subPathPort} --ignore-lock`,
      env: { HORIZONS_BASE: '/careers/', HORIZONS_OUT_DIR: '.tmp/dist-careers' },
      url: `http://127.0.0.1:${subPathPort}/careers/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The 11–16 fork `npm test` builds in .tmp/fork-site (see tests/helpers/build-fork.ts).
      command: `npx astro preview --root .tmp/fork-site --host 127.0.0.1 --port ${forkPort} --ignore-lock`,
      url: `http://127.0.0.1:${forkPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
