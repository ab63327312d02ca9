import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { globSync } from 'tinyglobby';

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
      ['a <header> banner', /<header class="site-header"/.test(html)],
      ['a <nav>', /<nav[\s>]/.test(html)],
      ['a <footer>', /<footer class="site-footer"/.test(html)],
      ['a meta description', /<meta name="description" content="[^"]+"/.test(html)],
    ];
    for (const [what, ok] of checks) if (!ok) failures.push(`${file}: missing ${what}`);
  }
  expect(failures).toEqual([]);
});
