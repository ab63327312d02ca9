import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite } from '../helpers/site.ts';

/** Resolves with everything printed so far once `pattern` appears, or rejects after `ms`. */
function waitFor(output: { text: string }, pattern: RegExp, ms = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (pattern.test(output.text)) {
        clearInterval(poll);
        resolve(output.text);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`Timed out waiting for ${pattern}:\n${output.text}`));
      }
    }, 200);
  });
}

describe('editing with npm run dev', () => {
  it('checks the content as it is saved and reports problems in the terminal', async () => {
    const site = makeSite();
    const lesson = join(site, 'lessons/year-7/fixture-lesson.mdx');
    const good = readFileSync(lesson, 'utf8');
    const dev = spawn(
      process.execPath,
      [
        join(site, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--port',
        '4398',
        '--host',
        '127.0.0.1',
      ],
      { cwd: site, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    const output = { text: '' };
    dev.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    dev.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    try {
      // Edit only once Astro has finished starting: a bad save before its first content sync
      // makes that sync fail, and `astro dev` then exits instead of reporting and carrying on.
      await waitFor(output, /Content is valid[\s\S]*watching for file changes/);
      writeFileSync(lesson, good.replace(/^duration: .*$/m, 'duration: lots'));
      const report = await waitFor(
        output,
        /ERROR {2}lessons\/year-7\/fixture-lesson\.mdx {2}› {2}duration/,
      );
      expect(report).toContain('Fix:');
      output.text = '';
      writeFileSync(lesson, good);
      await waitFor(output, /Content is valid/);
    } finally {
      dev.kill();
    }
  });
});
