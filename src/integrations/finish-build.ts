import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { finishBuild } from '../lib/finish/finish-build.ts';
import { handoffFile, writeHandoff } from '../lib/finish/handoff.ts';
import {
  cpuTimes,
  placeDocuments,
  idleCoresBetween,
  type CpuTimes,
} from '../lib/finish/idle-cores.ts';
import type { FinishPlan, SearchScope } from '../lib/finish/plan.ts';
import {
  documentJobs,
  saveDocumentJobs,
  writeDocumentsInWorker,
  type DocumentJobs,
} from '../lib/finish/write-documents.ts';
import type { ContentHolder } from './content-holder.ts';

/**
 * The last integration of a build. Astro and every other integration write into `stagingDir`;
 * then the search index and service worker are made and the finished site replaces `finalDir`
 * (see lib/finish/finish-build.ts). A build that fails at any step leaves the last good site
 * exactly as it was, and its half-built staging folder is removed when the process exits.
 *
 * The lessons' Word and PowerPoint files are written in a worker thread beside the page build
 * when a core sits idle for it, and otherwise after the pages, beside the search index: on a
 * shared machine the worker took turns with the page build, the build's critical path.
 *
 * `npm run build` asks for the last steps to be handed over instead (`HORIZONS_FINISH_LATER`): it
 * runs them once Astro has exited, because Pagefind indexing beside Astro's live heap needed
 * 1.75 GB more at 2,000 lessons.
 */
export function finishBuildIntegration(options: {
  stagingDir: string;
  finalDir: string;
  search: SearchScope;
  content: ContentHolder;
}): AstroIntegration {
  const stagingDir = resolve(options.stagingDir);
  const handoff = handoffFile(process.env);
  let base = '/';
  let started: CpuTimes = [];
  let documents: DocumentJobs | undefined;
  let documentsFile = '';
  let written: Promise<number> | undefined;
  let placed = false;
  let handedOver = false;
  return {
    name: 'horizons:finish',
    hooks: {
      'astro:config:setup': () => {
        started = cpuTimes();
        // A build killed outright can leave a staging folder behind; start from nothing.
        rmSync(stagingDir, { recursive: true, force: true });
        process.once('exit', () => {
          if (!handedOver) rmSync(stagingDir, { recursive: true, force: true });
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        const siteHost = config.site ? new URL(config.site).host : '';
        documents = documentJobs(options.content.get(), siteHost);
        // Nothing later in the build reads the validated content.
        options.content.release();
      },
      // Astro empties the output folder just before this hook (once per Vite environment), so
      // from here the worker's files are safe.
      'astro:build:setup': ({ logger }) => {
        if (placed || !documents) return;
        placed = true;
        // HORIZONS_DOCUMENTS=beside-pages or after-pages overrides the measure (the tests use it).
        const { besidePages, reason } = placeDocuments(
          idleCoresBetween(started, cpuTimes()),
          process.env['HORIZONS_DOCUMENTS'],
        );
        if (besidePages) {
          logger.info(`Word and PowerPoint files: written beside the pages (${reason}).`);
          written = writeDocumentsInWorker({ ...documents, outDir: stagingDir });
          // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
          written.catch(() => undefined);
          documents = undefined;
        } else {
          logger.info(`Word and PowerPoint files: written after the pages (${reason}).`);
          if (handoff) {
            documentsFile = `${handoff}.documents`;
            saveDocumentJobs(documentsFile, documents);
            documents = undefined;
          }
        }
      },
      'astro:build:done': async ({ logger }) => {
        if (written) logger.info(`Word and PowerPoint files: ${await written}.`);
        const plan: FinishPlan = {
          stagingDir,
          finalDir: options.finalDir,
          base,
          documentsFile,
          search: options.search,
        };
        if (handoff) {
          writeHandoff(handoff, plan);
          handedOver = true;
          logger.info('Pages done; search and publishing follow once Astro exits.');
          return;
        }
        await finishBuild(plan, documents, logger);
        handedOver = true;
      },
    },
  };
}
