// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContent } from './src/integrations/validate-content.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentHolder } from './src/integrations/content-holder.ts';
import { lessonDocuments } from './src/integrations/lesson-documents.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { yearPacksFolder } from './src/lib/site-folders.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { stagingDirFor } from './src/lib/publish-swap.ts';
import { finishBuildIntegration } from './src/integrations/finish-build.ts';
import { schoolFile } from './src/lib/collection-sources.ts';

/** school.yaml's `website`, or nothing if the file cannot be read: the checker then says why. */
function readSchoolAddress() {
  try {
    return parse(readFileSync(schoolFile, 'utf8')) ?? {};
  } catch {
    return {};
  }
}

// The address comes from school.yaml's `website` (HORIZONS_SITE and HORIZONS_BASE override it).
const school = readSchoolAddress();
const { site, base } = siteAddress(school.website, process.env);
// Tests build a second copy of the site under a sub-path into its own folder.
const finalOutDir = process.env.HORIZONS_OUT_DIR ?? './dist';
// A build writes into a staging folder and replaces the site only when every step has succeeded
// (see publishAtomically); preview and dev read the published folder.
const building = process.argv.includes('build');
const outDir = building ? stagingDirFor(finalOutDir) : finalOutDir;
// The content the validator reads, shared with the integrations that build from it.
const content = contentHolder();

export default defineConfig({
  site,
  base,
  outDir,
  // Each project keeps its own content store and image cache. In node_modules (the default) the
  // store was shared by every copy that links the same node_modules, as the tests' fork and
  // fixture sites do, and a collection whose file was missing kept another copy's entries.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Order matters at the end of a build: the search index and Word documents, then the service
  // worker that caches them, and publishing the finished site in one step.
  integrations: [
    validateContent(content),
    // Static parts of each body become HTML strings at build time; headings and links stay
    // components because contentComponents replaces them.
    mdx({ optimize: { ignoreElementNames: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a'] } }),
    sitemap(),
    securityHeaders(),
    lessonDocuments(),
    // Search index, service worker and publishing, last. Year packs repeat every lesson for
    // printing, and presenting views every slide; search finds the lessons themselves.
    ...(building
      ? [
          finishBuildIntegration({
            stagingDir: outDir,
            finalDir: finalOutDir,
            search: { skip: [yearPacksFolder], skipInEntries: 'present' },
            content,
          }),
        ]
      : []),
  ],
  // External stylesheets only: the Content-Security-Policy allows no inline styles. Four pages at
  // a time, so one page's file is written while the next is rendered.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Careers content has no code, and Shiki's highlighting writes inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // Our role-model portraits are SVG illustrations, served as drawn (see Portrait.astro); a school's
  // photographs become responsive AVIF and WebP. AVIF effort 2 of 9: a third of the encoding time.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX file triggers this harmless notice (see ARCHITECTURE.md).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
