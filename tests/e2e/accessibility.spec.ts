import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pageTypes)) {
      test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.ok() || name === 'not found').toBe(true);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('search results pass axe too', async ({ page }) => {
  await page.goto('/search/?q=stereotype');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

// Every page in one colour scheme; every page type (above) in both. The dark scheme changes only
// colours, and pages of one type share their colours, so a dark pass over all of them would
// repeat the page-type checks at the cost of minutes.
test.describe('every page in the sitemap', () => {
  const sitemapXml = readFileSync(join(process.cwd(), 'dist', 'sitemap.xml'), 'utf8');
  const paths = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  // Split into batches so the two workers share the walk.
  const batches = Array.from({ length: 8 }, (_, i) => paths.filter((_, j) => j % 8 === i));
  batches.forEach((batch, i) => {
    test(`axe finds no WCAG 2.2 AA violation (batch ${i + 1} of ${batches.length})`, async ({
      page,
    }) => {
      test.setTimeout(batch.length * 8_000 + 30_000);
      const failures: string[] = [];
      for (const path of batch) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
        for (const v of violations)
          failures.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
