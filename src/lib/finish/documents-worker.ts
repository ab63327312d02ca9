// Runs in a worker thread: turns each lesson's document input into a .docx file and its slides
// into a .pptx file, while the main thread builds the pages or waits on Pagefind's indexer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lessonDocxBytes } from '../docx/lesson-document.ts';
import { deckSlides } from '../pptx/lesson-deck-jobs.ts';
import { slidesPptxBytes } from '../pptx/slides-pptx.ts';
import type { DocumentWorkerData } from './write-documents.ts';

const { documents, decks, outDir } = workerData as DocumentWorkerData;
const write = (file: string, bytes: Uint8Array) => {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
};
for (const { file, input } of documents) write(file, lessonDocxBytes(input));
for (const job of decks) write(job.file, slidesPptxBytes(deckSlides(job), job));
parentPort?.postMessage(documents.length + decks.length);
