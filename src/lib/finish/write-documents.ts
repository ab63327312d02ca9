import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { lessonDocumentJobs, type LessonDocumentJob } from '../docx/lesson-document-jobs.ts';
import { lessonDeckJobs, type LessonDeckJob } from '../pptx/lesson-deck-jobs.ts';
import type { ContentSnapshot } from '../../validation/snapshot.ts';

/** The Word documents and slide decks of every published lesson. */
export interface DocumentJobs {
  documents: LessonDocumentJob[];
  decks: LessonDeckJob[];
}

/** What the worker needs: the jobs, and the folder to write them into. */
export interface DocumentWorkerData extends DocumentJobs {
  outDir: string;
}

/** Each published lesson's Word document and slide deck, from content the validator has read. */
export const documentJobs = (snapshot: ContentSnapshot, siteHost: string): DocumentJobs => ({
  documents: lessonDocumentJobs(snapshot, siteHost),
  decks: lessonDeckJobs(snapshot, siteHost),
});

/**
 * Saves the jobs for the build script, which makes the files after Astro exits. V8's own format,
 * because it is what a worker receives anyway and keeps every value a job holds.
 */
export const saveDocumentJobs = (file: string, jobs: DocumentJobs): void =>
  writeFileSync(file, serialize(jobs));

export const loadDocumentJobs = (file: string): DocumentJobs =>
  deserialize(readFileSync(file)) as DocumentJobs;

/**
 * Makes the Word documents and slide decks and writes them into `outDir` in a worker thread, so
 * the pages or the search index can be built beside it; resolves with how many were written. The worker is a
 * `.ts` file run by Node's own type stripping, which is why the project needs Node 24.
 */
export function writeDocumentsInWorker(data: DocumentWorkerData): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./documents-worker.ts', import.meta.url), {
      workerData: data,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The Word and PowerPoint worker stopped (${code}).`)),
    );
  });
}
