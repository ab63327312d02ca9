import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { swapIntoPlace } from '../publish-swap.ts';
import type { BuildLog } from './build-log.ts';
import type { FinishPlan } from './plan.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';
import { writeDocumentsInWorker, type DocumentJobs } from './write-documents.ts';

/**
 * The search index and the Word and PowerPoint files: side by side where there is a second core,
 * since Pagefind assembles its index on one thread; one after the other on a single core, where
 * two threads would only take turns. Every step is waited for before the first failure is thrown,
 * so no worker is still writing into the staging folder when it is removed.
 */
async function writeSearchAndDocuments(
  plan: FinishPlan,
  documents: DocumentJobs | undefined,
  log: BuildLog,
): Promise<void> {
  const search = () => writeSearchIndex(plan.stagingDir, plan.search, log);
  const files = async () => {
    if (!documents) return;
    const count = await writeDocumentsInWorker({ ...documents, outDir: plan.stagingDir });
    log.info(`Word and PowerPoint files: ${count}.`);
  };
  if (availableParallelism() < 2) {
    await search();
    await files();
    return;
  }
  const failed = (await Promise.allSettled([search(), files()])).find(
    (r) => r.status === 'rejected',
  );
  if (failed) throw failed.reason;
}

/**
 * The last steps of every build, in order: the search index and the lessons' Word and PowerPoint
 * files, then the service worker that caches them, then publishing the finished site in one step.
 * If any step fails the staging folder is removed and the last good site is left exactly as it was.
 */
export async function finishBuild(
  plan: FinishPlan,
  documents: DocumentJobs | undefined,
  log: BuildLog,
): Promise<void> {
  try {
    await writeSearchAndDocuments(plan, documents, log);
    writeServiceWorker(plan.stagingDir, plan.base, log);
    swapIntoPlace(plan.stagingDir, plan.finalDir);
  } catch (error) {
    rmSync(plan.stagingDir, { recursive: true, force: true });
    throw error;
  }
  log.info(`Published to ${plan.finalDir}: every step succeeded.`);
}
