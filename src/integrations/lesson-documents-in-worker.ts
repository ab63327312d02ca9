import { Worker } from 'node:worker_threads';
import type { LessonDocumentJob } from '../lib/docx/lesson-document-jobs.ts';
import type { LessonDeckJob } from '../lib/pptx/lesson-deck-jobs.ts';

/** What the worker needs: the Word documents and slide decks to make, and where to write them. */
export interface DocumentWorkerData {
  documents: LessonDocumentJob[];
  decks: LessonDeckJob[];
  outDir: string;
}

/**
 * Makes the Word documents and slide decks and writes them into `outDir` in a worker thread; resolves with how many
 * were written. The worker is a `.ts` file run by Node's own type stripping, which is why the
 * project needs Node 24 (see package.json).
 */
export function writeDocumentsInWorker(data: DocumentWorkerData): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lesson-documents-worker.ts', import.meta.url), {
      workerData: data,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The Word and PowerPoint worker stopped (${code}).`)),
    );
  });
}
