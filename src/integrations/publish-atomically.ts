import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { swapIntoPlace } from '../lib/publish-swap.ts';

/**
 * The last integration of a build: Astro and every other integration write into `stagingDir`,
 * and only when all of them have finished does it replace `finalDir`. A build that fails at any
 * step, in the validator or after pages were written, leaves the last good site exactly as it
 * was, and its half-built staging folder is removed when the process exits.
 */
export function publishAtomically(options: {
  stagingDir: string;
  finalDir: string;
}): AstroIntegration {
  const stagingDir = resolve(options.stagingDir);
  const finalDir = resolve(options.finalDir);
  let published = false;
  return {
    name: 'horizons:publish-atomically',
    hooks: {
      'astro:config:setup': () => {
        // A build killed outright can leave a staging folder behind; start from nothing.
        rmSync(stagingDir, { recursive: true, force: true });
        process.once('exit', () => {
          if (!published) rmSync(stagingDir, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ logger }) => {
        swapIntoPlace(stagingDir, finalDir);
        published = true;
        logger.info(`Published to ${options.finalDir}: every step succeeded.`);
      },
    },
  };
}
