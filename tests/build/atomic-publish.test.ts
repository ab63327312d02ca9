import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fingerprintDist, makeSite } from '../helpers/site.ts';

/** Adds, before every other integration, one that fails after Astro has written the pages. */
function failAfterPages(site: string) {
  const config = join(site, 'astro.config.mjs');
  const failing = `{ name: 'fails-after-pages', hooks: { 'astro:build:done': () => { throw new Error('A step after the pages failed.'); } } },`;
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace('integrations: [', `integrations: [\n    ${failing}`),
  );
}

describe('publishing a build', () => {
  let site = '';
  let good = '';

  let firstBuild = '';

  beforeAll(() => {
    site = makeSite();
    // As on a busy machine: the Word and PowerPoint files are handed over to be written after the
    // pages, beside the search index, once Astro has exited.
    const build = buildSite(site, { HORIZONS_DOCUMENTS: 'after-pages' });
    expect(build.status, build.output).toBe(0);
    firstBuild = build.output;
    good = fingerprintDist(site);
    failAfterPages(site);
  });

  it('replaces dist/ only when every step has succeeded', () => {
    expect(good).not.toBe('no dist');
    expect(existsSync(join(site, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(site, '.dist-staging'))).toBe(false);
  });

  it('writes the lesson files after Astro exits when there is no core to spare for them', () => {
    expect(firstBuild).toContain('Word and PowerPoint files: written after the pages');
    const lessons = readdirSync(join(site, 'dist/lessons'));
    const documents = lessons.filter((f) => f.endsWith('.docx'));
    expect(documents.length).toBeGreaterThan(0);
    expect(lessons.filter((f) => f.endsWith('.pptx'))).toHaveLength(documents.length);
    // Written by the build script, after Astro's last line.
    const astroDone = firstBuild.indexOf('[build] Complete!');
    expect(firstBuild.indexOf('Word and PowerPoint files: ', astroDone)).toBeGreaterThan(astroDone);
  });

  it('leaves the last good dist/ byte for byte when a step fails after the pages are written', () => {
    const build = buildSite(site);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('A step after the pages failed.');
    expect(fingerprintDist(site)).toBe(good);
    // The half-built copy is not left lying about.
    expect(existsSync(join(site, '.dist-staging'))).toBe(false);
  });

  it('does the same for a copy built into its own folder under a sub-path', () => {
    const env = { HORIZONS_BASE: '/careers/', HORIZONS_OUT_DIR: './published' };
    const fingerprint = () => fingerprintDist(site, 'published');
    writeFileSync(
      join(site, 'astro.config.mjs'),
      readFileSync(join(site, 'astro.config.mjs'), 'utf8').replace(
        /\n {4}\{ name: 'fails-after-pages'.*\n/,
        '\n',
      ),
    );
    expect(buildSite(site, env).status).toBe(0);
    const published = fingerprint();
    expect(published).not.toBe('no dist');
    failAfterPages(site);
    expect(buildSite(site, env).status).not.toBe(0);
    expect(fingerprint()).toBe(published);
    expect(existsSync(join(site, '.published-staging'))).toBe(false);
  });
});
