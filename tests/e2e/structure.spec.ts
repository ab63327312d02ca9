import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { globSync } from 'tinyglobby';
import { findWordsRunIntoLinks } from '../helpers/glued-words.ts';
import { findBrokenLinks } from '../helpers/links.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const readFileSafe = (path: string) =>
  existsSync(path) && readFileSync(path, 'utf8').includes('class="handout"');

const dist = join(process.cwd(), 'dist');
const pages = globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**'] }).sort();

test('the build has a page of every kind', () => {
  expect(pages.length).toBeGreaterThan(100);
});

test('every page has lang en-GB, a title, one h1 and landmarks', () => {
  const failures: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const checks: [string, boolean][] = [
      ['lang="en-GB"', /<html[^>]*\slang="en-GB"/.test(html)],
      ['a non-empty <title>', /<title>[^<]+<\/title>/.test(html)],
      ['exactly one <h1>', (html.match(/<h1[\s>]/g) ?? []).length === 1],
      ['a <main> landmark', /<main[\s>]/.test(html)],
      ['a <header> banner', /<header class="site-header[ "]/.test(html)],
      ['a <nav>', /<nav[\s>]/.test(html)],
      ['a <footer>', /<footer class="site-footer[ "]/.test(html)],
      ['a meta description', /<meta name="description" content="[^"]+"/.test(html)],
    ];
    for (const [what, ok] of checks) if (!ok) failures.push(`${file}: missing ${what}`);
  }
  expect(failures).toEqual([]);
});

test('no same-site link, image or anchor is broken', () => {
  expect(findBrokenLinks(dist)).toEqual([]);
});

test('the link check itself catches a broken link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'horizons-links-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<a href="/missing/">x</a><a href="#nowhere">y</a><a href="/#top">z</a><p id="top"></p>',
  );
  expect(findBrokenLinks(dir)).toEqual([
    'index.html → href /missing/',
    'index.html → #nowhere (no id "nowhere")',
  ]);
});

test('no word runs into a link: every inline link keeps its spaces', () => {
  const glued = pages.flatMap((file) =>
    findWordsRunIntoLinks(readFileSync(join(dist, file), 'utf8')).map((at) => `${file}: ${at}`),
  );
  expect(glued).toEqual([]);
  // The home page's count once read "45 of45" when a line break before an expression was dropped.
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toMatch(/\b(\d+) of\s+\1 outcome/);
});

test('the run-together check catches words touching a link on either side', () => {
  expect(
    findWordsRunIntoLinks(
      '<p>by<a href="/">year</a>or <a href="/">ok</a>, (<a href="/">fine</a>).</p>',
    ),
  ).toEqual(['y<a>year', 'year</a>o']);
});

test('every lesson resource links to a built handout page', () => {
  const missing: string[] = [];
  for (const file of pages.filter((p) => p.startsWith('lessons/') && p !== 'lessons/index.html')) {
    const html = readFileSync(join(dist, file), 'utf8');
    const resources =
      /<section[^>]*data-resources[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    for (const [, href = ''] of resources.matchAll(/href="([^"]+)"/g)) {
      if (!readFileSafe(join(dist, href, 'index.html'))) missing.push(`${file} → ${href}`);
    }
  }
  expect(missing).toEqual([]);
});

test('every page is valid HTML (html-validate finds no error)', async () => {
  // Reads .htmlvalidate.json, as the html-validate command does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${file}:${message.line}: ${message.ruleId} ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every link that leaves the site opens with rel="noopener noreferrer"', () => {
  const bare: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const [tag = ''] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(tag))
        bare.push(`${file}: ${tag}`);
    }
  }
  expect(bare).toEqual([]);
});

test('every page has a unique title and description, a canonical URL and Open Graph tags', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  for (const file of pages.filter((p) => p !== '404.html')) {
    const html = readFileSync(join(dist, file), 'utf8');
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
    if (titles.has(title)) problems.push(`${file}: title also used by ${titles.get(title)}`);
    if (descriptions.has(description))
      problems.push(`${file}: description also used by ${descriptions.get(description)}`);
    titles.set(title, file);
    descriptions.set(description, file);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    if (!canonical.endsWith(`/${file.replace(/index\.html$/, '')}`))
      problems.push(`${file}: canonical ${canonical}`);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      if (!html.includes(`<meta property="${property}" content="`))
        problems.push(`${file}: no ${property}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page', () => {
  const sitemapXml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const listed = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  const expected = pages
    .filter((p) => p !== '404.html' && !p.endsWith('/present/index.html'))
    .map((p) => `/${p.replace(/index\.html$/, '')}`);
  expect(listed.sort()).toEqual(expected.sort());
});

test('the headers files for static hosts carry the same policy as the pages', () => {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const policy =
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(index)?.[1]
      ?.replaceAll('&#39;', "'") ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(
    `Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
  );
  expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toContain(
    `Content-Security-Policy "${policy}; frame-ancestors 'none'"`,
  );
});
