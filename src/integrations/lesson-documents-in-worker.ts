import { Worker } from 'node:worker_threads';
import type { LessonDocumentJob } from '../lib/docx/lesson-document-jobs.ts';

/** A made document: its file, relative to the site root, and its bytes. */
export interface MadeDocument {
  file: string;
  bytes: Uint8Array;
}

/**
 * Makes the documents in a worker thread and resolves with their bytes. The worker is a `.ts`
 * file run by Node's own type stripping, which is why the project needs Node 22.18 or later.
 */
export function makeDocumentsInWorker(jobs: LessonDocumentJob[]): Promise<MadeDocument[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lesson-documents-worker.ts', import.meta.url), {
      workerData: jobs,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The Word document worker stopped (${code}).`)));
  });
}
