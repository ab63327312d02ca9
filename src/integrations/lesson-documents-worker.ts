// Runs in a worker thread: turns each lesson's document input into a .docx file, on a core the
// single-threaded page build leaves free. Creating a thousand files costs about a second of
// waiting on the file system, so the main thread must not do it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';
import type { DocumentWorkerData } from './lesson-documents-in-worker.ts';

const { jobs, outDir } = workerData as DocumentWorkerData;
for (const { file, input } of jobs) {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lessonDocxBytes(input));
}
parentPort?.postMessage(jobs.length);
