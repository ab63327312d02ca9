import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Writes sitemap.xml listing every built page, for search engines and for the tests that walk the site. */
export function sitemap(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'horizons:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const urls = pages
          .map((p) => p.pathname)
          // Pages only (not CSV, Word or CSS files), without the 404 page or the lesson and CPD presenting views.
          .filter(
            (path) =>
              (path === '' || path.endsWith('/')) && path !== '404/' && !path.endsWith('/present/'),
          )
          .map((path) => new URL(`${base.replace(/\/?$/, '/')}${path}`, site).href)
          .sort();
        const body = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), xml);
        logger.info(`Sitemap: ${urls.length} pages.`);
      },
    },
  };
}
