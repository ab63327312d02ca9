import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveLessonDocuments } from './lesson-documents-dev.ts';

/**
 * Lets `npm run dev` answer each lesson's Word document (`lessons/<id>.docx`) and PowerPoint file
 * (`lessons/<id>.pptx`). A build makes them as one of its last steps (integrations/finish-build.ts).
 */
export function lessonDocuments(): AstroIntegration {
  const site = { root: '', base: '/', siteHost: '' };
  return {
    name: 'horizons:lesson-documents',
    hooks: {
      'astro:server:setup': ({ server }) => serveLessonDocuments(server, site),
      'astro:config:done': ({ config }) => {
        site.root = fileURLToPath(config.root);
        site.base = config.base;
        site.siteHost = config.site ? new URL(config.site).host : '';
      },
    },
  };
}
