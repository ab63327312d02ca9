import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

test('no page requests anything from another origin or sets a cookie', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const offsite: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) offsite.push(request.url());
  });
  for (const path of Object.values(pageTypes)) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto('/search/?q=interview', { waitUntil: 'networkidle' });
  expect(offsite).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('content pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/choosing-key-stage-4-options/');
  await expect(page.getByRole('heading', { level: 2, name: 'Lesson plan' })).toBeVisible();
  await page.goto('/search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'year group' })).toBeVisible();
  await context.close();
});

test('every page carries a strict Content-Security-Policy and breaks none of it, search included', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of [...Object.values(pageTypes), '/search/?q=interview']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  }
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(violations).toEqual([]);
});
