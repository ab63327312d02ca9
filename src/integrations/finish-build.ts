import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { finishBuild } from '../lib/finish/finish-build.ts';
import { handoffFile, writeHandoff } from '../lib/finish/handoff.ts';
import type { FinishPlan, SearchScope } from '../lib/finish/plan.ts';
import {
  documentJobs,
  saveDocumentJobs,
  type DocumentJobs,
} from '../lib/finish/write-documents.ts';
import type { ContentHolder } from './content-holder.ts';

/**
 * The last integration of a build. Astro and every other integration write into `stagingDir`;
 * then the search index, the lessons' Word and PowerPoint files and the service worker are made
 * and the finished site replaces `finalDir` (see lib/finish/finish-build.ts). A build that fails
 * at any step leaves the last good site exactly as it was, and its half-built staging folder is
 * removed when the process exits.
 *
 * `npm run build` asks for those steps to be handed over instead (`HORIZONS_FINISH_LATER`): it
 * runs them once Astro has exited. Beside Astro's live heap, Pagefind needed 1.75 GB more at
 * 2,000 lessons and the document worker 0.15 GB, and the worker took a core from the page build.
 */
export function finishBuildIntegration(options: {
  stagingDir: string;
  finalDir: string;
  search: SearchScope;
  content: ContentHolder;
}): AstroIntegration {
  const stagingDir = resolve(options.stagingDir);
  const handoff = handoffFile(process.env);
  const documentsFile = handoff ? `${handoff}.documents` : '';
  let base = '/';
  let documents: DocumentJobs | undefined;
  let handedOver = false;
  return {
    name: 'horizons:finish',
    hooks: {
      'astro:config:setup': () => {
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
        // Saved now and dropped, so the jobs take no memory while Astro builds the pages.
        if (documentsFile) {
          saveDocumentJobs(documentsFile, documents);
          documents = undefined;
        }
      },
      'astro:build:done': async ({ logger }) => {
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
          logger.info(
            'Pages done; search, Word and PowerPoint files and publishing follow once Astro exits.',
          );
          return;
        }
        await finishBuild(plan, documents, logger);
        handedOver = true;
      },
    },
  };
}
