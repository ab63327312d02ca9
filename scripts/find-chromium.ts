// Finds a Chromium for the browser tests, installing Debian's package when none exists and apt-get can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = () =>
  [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    playwrightChromium(),
  ].filter((path): path is string => Boolean(path && existsSync(path)));

function playwrightChromium(): string | undefined {
  try {
    // Playwright's own browser, if one was ever downloaded on this machine.
    const out = execFileSync(
      'npx',
      [
        '--no-install',
        'node',
        '-e',
        "console.log(require('playwright-core').chromium.executablePath())",
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether this process may install Debian packages (apt-get exists and we are root). */
export function canUseAptGet(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get && [ "$(id -u)" = 0 ]'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a usable Chromium, or stops with a message saying how to provide one. */
export function findChromium(): string {
  const found = candidates()[0];
  if (found) return found;
  if (canUseAptGet()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      ],
      {
        stdio: 'inherit',
      },
    );
    const installed = candidates()[0];
    if (installed) return installed;
  }
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
