import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lessonDocInput, type PlainLesson } from '../lib/docx/lesson-doc-input.ts';
import { lessonDocxBytes } from '../lib/docx/lesson-document.ts';
import { paths } from '../lib/urls.ts';
import type { ContentHolder } from './content-holder.ts';

/**
 * Writes each published lesson as an editable Word document at `lessons/<id>.docx`, from the
 * content the validator has already read. Done after the pages rather than as an Astro route:
 * a route cost ~3 ms a file in Astro's own overhead, three times the document itself.
 */
export function lessonDocuments(content: ContentHolder): AstroIntegration {
  let siteHost = '';
  return {
    name: 'horizons:lesson-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteHost = config.site ? new URL(config.site).host : '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const snapshot = content.get();
        const outDir = fileURLToPath(dir);
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
        mkdirSync(join(outDir, paths.lessons()), { recursive: true });
        for (const lesson of snapshot.entries.lessons) {
          const input = lessonDocInput(lesson.data as PlainLesson, lesson.body, lookups);
          writeFileSync(join(outDir, paths.lessonDocx(lesson.id)), lessonDocxBytes(input));
        }
        logger.info(`Word documents: ${snapshot.entries.lessons.length} lessons.`);
      },
    },
  };
}
