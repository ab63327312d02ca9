import type { AstroIntegration } from 'astro';
import { lessonDocumentJobs } from '../lib/docx/lesson-document-jobs.ts';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';
import { joinBase } from '../lib/urls.ts';
import { readContent } from '../validation/read-content.ts';

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];

/**
 * Lets the dev server answer `lessons/<id>.docx`, making the document when it is asked for from
 * the content as it is now. Astro strips the base path before this middleware runs.
 */
export function serveLessonDocuments(
  server: ServerSetup['server'],
  site: { root: string; base: string; siteHost: string },
): void {
  server.middlewares.use((request, response, next) => {
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    if (!path.endsWith('.docx')) return next();
    const base = joinBase(site.base, '');
    const file = (path.startsWith(base) ? path.slice(base.length) : path).replace(/^\/+/, '');
    const job = lessonDocumentJobs(readContent(site.root), site.siteHost).find(
      (j) => j.file === file,
    );
    if (!job) return next();
    response.setHeader(
      'Content-Type',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    response.end(lessonDocxBytes(job.input));
  });
}
