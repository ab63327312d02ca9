import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lessonDocumentJobs } from '../lib/docx/lesson-document-jobs.ts';
import type { ContentHolder } from './content-holder.ts';
import { serveLessonDocuments } from './lesson-documents-dev.ts';
import { makeDocumentsInWorker, type MadeDocument } from './lesson-documents-in-worker.ts';

/**
 * Writes each published lesson as an editable Word document at `lessons/<id>.docx`. The documents
 * are made from the content the validator has already read, in a worker thread that runs while
 * Astro builds the pages, and written once the pages are done. As an Astro route each one cost
 * ~3 ms of route overhead, three times the document itself, on the build's only busy core.
 */
export function lessonDocuments(content: ContentHolder): AstroIntegration {
  let pendingDocuments: Promise<MadeDocument[]> | undefined;
  const site = { root: '', base: '/', siteHost: '' };
  return {
    name: 'horizons:lesson-documents',
    hooks: {
      'astro:server:setup': ({ server }) => serveLessonDocuments(server, site),
      'astro:config:done': ({ config }) => {
        site.root = fileURLToPath(config.root);
        site.base = config.base;
        site.siteHost = config.site ? new URL(config.site).host : '';
        // Only a build validates content; the dev server makes documents on request instead.
        if (!content.has()) return;
        pendingDocuments = makeDocumentsInWorker(lessonDocumentJobs(content.get(), site.siteHost));
        // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
        pendingDocuments.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pendingDocuments) throw new Error('The Word documents were never started.');
        const outDir = fileURLToPath(dir);
        const made = await pendingDocuments;
        for (const { file, bytes } of made) {
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), bytes);
        }
        logger.info(`Word documents: ${made.length} lessons.`);
      },
    },
  };
}
