import type { AstroIntegration } from 'astro';
import { lessonDocumentJobs } from '../lib/docx/lesson-document-jobs.ts';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';
import { deckSlides, lessonDeckJobs } from '../lib/pptx/lesson-deck-jobs.ts';
import { slidesPptxBytes } from '../lib/pptx/slides-pptx.ts';
import { joinBase } from '../lib/urls.ts';
import { readContent } from '../validation/read-content.ts';

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Makes the file at `file` (`lessons/<id>.docx` or `.pptx`) from the content as it is now. */
function lessonDownload(
  file: string,
  site: { root: string; siteHost: string },
): Buffer | undefined {
  const content = readContent(site.root);
  if (file.endsWith('.docx')) {
    const job = lessonDocumentJobs(content, site.siteHost).find((j) => j.file === file);
    return job && lessonDocxBytes(job.input);
  }
  const job = lessonDeckJobs(content, site.siteHost).find((j) => j.file === file);
  return job && slidesPptxBytes(deckSlides(job), job);
}

/**
 * Lets the dev server answer `lessons/<id>.docx` and `.pptx`, making the file when it is asked
 * for from the content as it is now. Astro strips the base path before this middleware runs.
 */
export function serveLessonDocuments(
  server: ServerSetup['server'],
  site: { root: string; base: string; siteHost: string },
): void {
  server.middlewares.use((request, response, next) => {
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    const type = /\.(docx|pptx)$/.exec(path)?.[1] as keyof typeof mediaTypes | undefined;
    if (!type) return next();
    const base = joinBase(site.base, '');
    const file = (path.startsWith(base) ? path.slice(base.length) : path).replace(/^\/+/, '');
    const bytes = lessonDownload(file, site);
    if (!bytes) return next();
    response.setHeader('Content-Type', mediaTypes[type]);
    response.end(bytes);
  });
}
