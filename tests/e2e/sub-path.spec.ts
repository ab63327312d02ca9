import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findBrokenLinks } from '../helpers/links.ts';

// These run against the copy built with HORIZONS_BASE=/careers/, served at /careers/.

test('every link, image, handout and anchor resolves under /careers/', () => {
  const broken = findBrokenLinks(join(process.cwd(), '.tmp/dist-careers'), '/careers/');
  expect(broken).toEqual([]);
});

test('a teacher can walk from home to a lesson and its handout under /careers/', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Year 9', exact: true }).first().click();
  await expect(page).toHaveURL(/\/careers\/years\/9\/$/);
  await page.getByRole('link', { name: 'Choosing your Key Stage 4 options' }).click();
  await expect(page).toHaveURL(/\/careers\/lessons\/choosing-key-stage-4-options\/$/);
  await page.locator('section[aria-labelledby="resources"] a').first().click();
  await expect(page).toHaveURL(/\/careers\/handouts\/[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('search works under /careers/ and its results open', async ({ page }) => {
  await page.goto('search/?q=interview');
  const firstResult = page.locator('#search-results > li h2 a').first();
  await expect(firstResult).toBeVisible();
  const href = await firstResult.getAttribute('href');
  expect(href).toMatch(/^\/careers\//);
  const response = await page.goto(href ?? '');
  expect(response?.status()).toBe(200);
});

test('the copy built by astro build alone still has its offline cache, under /careers/', async ({
  request,
}) => {
  const response = await request.get('sw.js');
  expect(response.status()).toBe(200);
  const script = await response.text();
  expect(script).not.toContain('__PRECACHE__');
  expect(script).toContain('"/careers/search/"');
  expect(script).toMatch(/"\/careers\/pagefind\/pagefind-entry\.json"/);
});
