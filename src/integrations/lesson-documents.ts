import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { lessonDocInput, type PlainLesson } from '../lib/docx/lesson-doc-input.ts';
import { lessonDocxBytes, type LessonDocInput } from '../lib/docx/lesson-document.ts';
import { joinBase, paths } from '../lib/urls.ts';
import { readContent } from '../validation/read-content.ts';
import type { ContentSnapshot } from '../validation/snapshot.ts';
import type { ContentHolder } from './content-holder.ts';

type Job = { file: string; input: LessonDocInput };

/** What each published lesson's Word document holds, and the file it is written to. */
function documentJobs(snapshot: ContentSnapshot, siteHost: string): Job[] {
  const outcomes = new Map(
    snapshot.entries.outcomes.map((o) => [o.id, String(o.data['statement'] ?? '')]),
  );
  const handouts = new Map(
    snapshot.entries.handouts.map((h) => [
      h.id,
      { title: String(h.data['title'] ?? ''), markdown: h.body },
    ]),
  );
  const lookups = {
    outcomeStatement: (id: string) => outcomes.get(id) ?? '',
    handout: (id: string) => handouts.get(id),
    siteHost,
  };
  return snapshot.entries.lessons.map((lesson) => ({
    file: paths.lessonDocx(lesson.id),
    input: lessonDocInput(lesson.data as PlainLesson, lesson.body, lookups),
  }));
}

/** Makes the documents in a worker thread; resolves with each file's bytes. */
function makeDocuments(jobs: Job[]): Promise<{ file: string; bytes: Uint8Array }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lesson-documents-worker.ts', import.meta.url), {
      workerData: jobs,
    });
    // A build that fails early should not wait for the documents before it exits.
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The Word document worker stopped (${code}).`)));
  });
}

/**
 * Writes each published lesson as an editable Word document at `lessons/<id>.docx`. The documents
 * are made from the content the validator has already read, in a worker thread that runs while
 * Astro builds the pages, and written once the pages are done. As an Astro route each one cost
 * ~3 ms of route overhead, three times the document itself, on the build's only busy core.
 */
export function lessonDocuments(content: ContentHolder): AstroIntegration {
  let documents: ReturnType<typeof makeDocuments> | undefined;
  let root = '';
  let base = '/';
  let siteHost = '';
  return {
    name: 'horizons:lesson-documents',
    hooks: {
      // The dev server makes a document when it is asked for, from the content as it is now.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          const siteRoot = joinBase(base, '');
          if (!path.startsWith(siteRoot) || !path.endsWith('.docx')) return next();
          const file = path.slice(siteRoot.length);
          const job = documentJobs(readContent(root), siteHost).find((j) => j.file === file);
          if (!job) return next();
          response.setHeader(
            'Content-Type',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          );
          response.end(lessonDocxBytes(job.input));
        });
      },
      'astro:config:done': ({ config, buildOutput }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        siteHost = config.site ? new URL(config.site).host : '';
        // Only a build has validated content; the dev server makes documents on request.
        if (buildOutput !== 'static' || !content.has()) return;
        documents = makeDocuments(documentJobs(content.get(), siteHost));
        // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
        documents.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!documents) throw new Error('The Word documents were never started.');
        const outDir = fileURLToPath(dir);
        const made = await documents;
        for (const { file, bytes } of made) {
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), bytes);
        }
        logger.info(`Word documents: ${made.length} lessons.`);
      },
    },
  };
}
