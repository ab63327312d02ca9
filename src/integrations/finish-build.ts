import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { finishBuild } from '../lib/finish/finish-build.ts';
import { handoffFile, writeHandoff } from '../lib/finish/handoff.ts';
import type { FinishPlan, SearchScope } from '../lib/finish/plan.ts';

/**
 * The last integration of a build. Astro and every other integration write into `stagingDir`;
 * then the search index and service worker are made and the finished site replaces `finalDir`
 * (see lib/finish/finish-build.ts). A build that fails at any step leaves the last good site
 * exactly as it was, and its half-built staging folder is removed when the process exits.
 *
 * `npm run build` asks for those steps to be handed over instead (`HORIZONS_FINISH_LATER`): it
 * runs them once Astro has exited, because Pagefind indexing beside Astro's live heap needed
 * nearly twice the memory (1.75 GB more at 2,000 lessons).
 */
export function finishBuildIntegration(options: {
  stagingDir: string;
  finalDir: string;
  search: SearchScope;
}): AstroIntegration {
  const stagingDir = resolve(options.stagingDir);
  let base = '/';
  let handedOver = false;
  return {
    name: 'horizons:finish',
    hooks: {
      'astro:config:setup': () => {
        // A build killed outright can leave a staging folder behind; start from nothing.
        rmSync(stagingDir, { recursive: true, force: true });
        process.once('exit', () => {
          if (!handedOver) rmSync(stagingDir, { recursive: true, force: true });
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ logger }) => {
        const plan: FinishPlan = {
          stagingDir,
          finalDir: options.finalDir,
          base,
          search: options.search,
        };
        const handoff = handoffFile(process.env);
        if (handoff) {
          writeHandoff(handoff, plan);
          handedOver = true;
          logger.info('Pages done; search, offline cache and publishing follow once Astro exits.');
          return;
        }
        await finishBuild(plan, logger);
        handedOver = true;
      },
    },
  };
}
