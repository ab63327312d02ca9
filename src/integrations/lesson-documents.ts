import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lessonDocumentJobs } from '../lib/docx/lesson-document-jobs.ts';
import { lessonDeckJobs } from '../lib/pptx/lesson-deck-jobs.ts';
import type { ContentHolder } from './content-holder.ts';
import { serveLessonDocuments } from './lesson-documents-dev.ts';
import { writeDocumentsInWorker, type DocumentWorkerData } from './lesson-documents-in-worker.ts';

/**
 * Writes each published lesson as an editable Word document at `lessons/<id>.docx` and its
 * slides as a PowerPoint file at `lessons/<id>.pptx`. The files
 * are made from the content the validator has already read, in a worker thread that runs while
 * Astro bundles and builds the pages. As an Astro route each one cost ~3 ms of route overhead,
 * three times the document itself, on the build's only busy core.
 */
export function lessonDocuments(content: ContentHolder): AstroIntegration {
  let jobs: Omit<DocumentWorkerData, 'outDir'> | undefined;
  let written: Promise<number> | undefined;
  const site = { root: '', base: '/', siteHost: '', outDir: '' };
  return {
    name: 'horizons:lesson-documents',
    hooks: {
      'astro:server:setup': ({ server }) => serveLessonDocuments(server, site),
      'astro:config:done': ({ config }) => {
        site.root = fileURLToPath(config.root);
        site.base = config.base;
        site.siteHost = config.site ? new URL(config.site).host : '';
        site.outDir = fileURLToPath(config.outDir);
        // Only a build validates content; the dev server makes documents on request instead.
        if (content.has()) {
          jobs = {
            documents: lessonDocumentJobs(content.get(), site.siteHost),
            decks: lessonDeckJobs(content.get(), site.siteHost),
          };
        }
      },
      // Astro empties the output folder just before this hook (once per Vite environment), so
      // from here the worker's files are safe.
      'astro:build:setup': () => {
        if (!jobs || written) return;
        written = writeDocumentsInWorker({ ...jobs, outDir: site.outDir });
        // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
        written.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!written) throw new Error('The Word and PowerPoint files were never started.');
        logger.info(`Word and PowerPoint files: ${await written}.`);
      },
    },
  };
}
