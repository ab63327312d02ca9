// Runs in a worker thread: turns each lesson's document input into .docx bytes, on a core the
// single-threaded page build leaves free.
import { parentPort, workerData } from 'node:worker_threads';
import type { LessonDocumentJob } from '../lib/docx/lesson-document-jobs.ts';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';

const jobs = workerData as LessonDocumentJob[];
const documents = jobs.map(({ file, input }) => ({ file, bytes: lessonDocxBytes(input) }));
// Copied, not transferred: a small Buffer can share its memory with other Buffers.
parentPort?.postMessage(documents);
