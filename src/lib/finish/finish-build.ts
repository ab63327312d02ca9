import { rmSync } from 'node:fs';
import { swapIntoPlace } from '../publish-swap.ts';
import type { BuildLog } from './build-log.ts';
import type { FinishPlan } from './plan.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';

/**
 * The last steps of every build, in order: the search index, then the service worker that caches
 * it, then publishing the finished site in one step. If any step fails the staging folder is
 * removed and the last good site is left exactly as it was.
 */
export async function finishBuild(plan: FinishPlan, log: BuildLog): Promise<void> {
  try {
    await writeSearchIndex(plan.stagingDir, plan.search, log);
    writeServiceWorker(plan.stagingDir, plan.base, log);
    swapIntoPlace(plan.stagingDir, plan.finalDir);
  } catch (error) {
    rmSync(plan.stagingDir, { recursive: true, force: true });
    throw error;
  }
  log.info(`Published to ${plan.finalDir}: every step succeeded.`);
}
