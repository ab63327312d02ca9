import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForServiceWorker } from './service-worker.ts';
import { expect, test } from '@playwright/test';

const lessonPath = '/lessons/choosing-key-stage-4-options/';

test('after a first visit, pages already seen and search keep working offline', async ({
  page,
  context,
}) => {
  await page.goto('/search/?q=interview');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await waitForServiceWorker(page);
  await page.goto(lessonPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Choosing your Key Stage 4 options',
  );

  await context.setOffline(true);
  try {
    await page.goto(lessonPath);
    await expect(page.getByRole('heading', { level: 2, name: 'Lesson plan' })).toBeVisible();
    await page.goto('/search/?q=apprenticeship');
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    // A page never seen is not invented: the browser shows its own offline error.
    await expect(page.goto('/about/')).rejects.toThrow();
  } finally {
    await context.setOffline(false);
  }
});

test('the service worker never serves an old copy while the site is online', async ({ page }) => {
  const file = join(process.cwd(), 'dist', 'accessibility', 'index.html');
  const original = readFileSync(file, 'utf8');
  await page.goto('/search/?q=survey');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.goto('/accessibility/');
  try {
    writeFileSync(file, original.replace('</body>', '<!-- site changed --></body>'));
    await page.reload();
    expect(await page.content()).toContain('<!-- site changed -->');
  } finally {
    writeFileSync(file, original);
  }
});
