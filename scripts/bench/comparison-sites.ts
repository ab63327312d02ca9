import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor Astro allows: the same MDX lessons in a content collection, each rendered into a
 * minimal layout, then indexed by Pagefind's command line. Shares the project's node_modules.
 */
export function writeBareAstroSite(dir: string, lessonsFrom: string) {
  mkdirSync(join(dir, 'src/pages/lessons'), { recursive: true });
  cpSync(lessonsFrom, join(dir, 'lessons'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-astro-bench', type: 'module', private: true }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], vite: { build: { rolldownOptions: { onLog(l, log, h) { if (log.code !== 'MODULE_LEVEL_DIRECTIVE') h(l, log); } } } } });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { lessons: defineCollection({ loader: glob({ base: './lessons', pattern: '**/*.mdx' }), schema: z.object({ title: z.string() }).loose() }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/lessons/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('lessons')).map((lesson) => ({ params: { id: lesson.id }, props: { lesson } }));\n}\nconst { lesson } = Astro.props;\nconst { Content } = await render(lesson);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{lesson.data.title}</title></head><body><main data-pagefind-body><h1>{lesson.data.title}</h1><Content /></main></body></html>\n`,
  );
}

/** What a team might pick instead: Starlight, with the same lessons as its docs (and its own Pagefind search). */
export function writeStarlightSite(dir: string, lessonsFrom: string, astroVersion: string) {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  cpSync(lessonsFrom, join(dir, 'src/content/docs/lessons'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content/docs/index.mdx'),
    '---\ntitle: Benchmark\n---\n\nLessons.\n',
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'starlight-bench',
      type: 'module',
      private: true,
      dependencies: {
        astro: astroVersion,
        '@astrojs/starlight': '*',
        '@astrojs/markdown-remark': '*',
        sharp: '*',
      },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark' })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
}
