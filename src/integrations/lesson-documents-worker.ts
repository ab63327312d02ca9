// Runs in a worker thread: turns each lesson's document input into a .docx file and its slides
// into a .pptx file, on a core the single-threaded page build leaves free. Creating a thousand
// files costs about a second of waiting on the file system, so the main thread must not do it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';
import { deckSlides } from '../lib/pptx/lesson-deck-jobs.ts';
import { slidesPptxBytes } from '../lib/pptx/slides-pptx.ts';
import type { DocumentWorkerData } from './lesson-documents-in-worker.ts';

const { documents, decks, outDir } = workerData as DocumentWorkerData;
const write = (file: string, bytes: Uint8Array) => {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
};
for (const { file, input } of documents) write(file, lessonDocxBytes(input));
for (const job of decks) write(job.file, slidesPptxBytes(deckSlides(job), job));
parentPort?.postMessage(documents.length + decks.length);
