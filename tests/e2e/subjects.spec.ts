// Careers in every subject: what a maths teacher does with a spare ten minutes, and what the
// careers leader shows for Gatsby Benchmark 4. Runs on the built site.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectPrintsOnA4 } from '../helpers/print.ts';
import { readZipEntry } from '../helpers/unzip.ts';

const maths = '/subjects/maths/';
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('a maths teacher finds starters by Key Stage, each ready to say, ask and set', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Subjects' })
    .click();
  const rows = page.getByRole('table', { name: 'Subjects and their starters by Key Stage' });
  expect(await rows.locator('tbody tr').count()).toBeGreaterThanOrEqual(14);
  await rows.getByRole('link', { name: 'Maths', exact: true }).click();
  await expect(page).toHaveURL(maths);
  await expect(page.getByRole('heading', { level: 2 })).toContainText([
    'Where maths can lead',
    'Jobs that use it',
    'Key Stage 3 starters',
    'Key Stage 4 starters',
    'Key Stage 5 starters',
  ]);
  // Every route has its own list: apprenticeships with levels, T Levels, college, degrees, jobs.
  for (const route of ['Apprenticeships', 'College courses', 'Degrees', 'Jobs with training'])
    await expect(page.getByRole('heading', { level: 3, name: route, exact: true })).toBeVisible();
  const starters = page.locator('article.starter');
  expect(await starters.count()).toBeGreaterThanOrEqual(3);
  for (const starter of await starters.all()) {
    const terms = await starter.locator('dt').allTextContents();
    expect(terms).toEqual(expect.arrayContaining(['Say', 'Ask', 'Pupils do', 'Jobs', 'Routes']));
    await expect(starter.locator('.card__meta')).toContainText('Gatsby Benchmark 4');
  }
  // The role models whose route used maths, linked to their profiles.
  await expect(page.locator('.role-card').first()).toBeVisible();
});

test('a starter projects as two slides, with the answers kept for the teacher', async ({
  page,
}) => {
  await page.goto(maths);
  const first = page.locator('article.starter').first();
  const title = (await first.locator('h3').textContent()) ?? '';
  await first.getByRole('link', { name: /^Present this starter/ }).click();
  await expect(page).toHaveURL(/\/subjects\/maths\/present\/[a-z0-9-]+\/#slide-1$/);
  await expect(page.locator('[data-slide]')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide]:visible')).toContainText('Your task, and where it leads');
});

test('the department pack prints on A4, each Key Stage on a new page', async ({ page }) => {
  await page.goto(maths);
  const onPage = await page.locator('article.starter h3').allTextContents();
  await page.getByRole('link', { name: 'Print the department pack (A4)' }).click();
  await expect(page).toHaveURL('/packs/subjects/maths/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  expect((await page.locator('article.starter h3').allTextContents()).sort()).toEqual(
    onPage.sort(),
  );
  await expect(page.getByRole('link', { name: /^Present this starter/ })).toHaveCount(0);
  const breaks = await page
    .locator('.pack-key-stage')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(['page', 'page', 'page']);
  await expectPrintsOnA4(page);
});

test('the department pack downloads as Word and PowerPoint', async ({ page }) => {
  await page.goto(maths);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('navigation', { name: 'Department pack' })
      .getByRole('link', { name: 'Word (.docx)' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('maths.docx');
  const xml =
    readZipEntry(await readFile((await download.path()) ?? ''), 'word/document.xml') ?? '';
  for (const title of await page.locator('article.starter h3').allTextContents())
    expect(xml).toContain(title.replaceAll('&', '&amp;').replaceAll("'", '&apos;'));
  const pptx = await page.request.get(
    (await page
      .getByRole('navigation', { name: 'Department pack' })
      .getByRole('link', { name: 'PowerPoint (.pptx)' })
      .getAttribute('href')) ?? '',
  );
  expect((await pptx.body()).subarray(0, 2).toString()).toBe('PK');
});

test('search filters by subject', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('group', { name: 'Subject' }).getByLabel('Music', { exact: true }).check();
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const links = await results
    .locator('h2 a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toContain('/subjects/music/');
  expect(links).not.toContain(maths);
});

test('the coverage page shows Benchmark 4 by subject and year, and the programme page names subjects', async ({
  page,
}) => {
  await page.goto('/coverage/');
  const table = page.getByRole('table', { name: 'Subject starters by year group' });
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(14);
  await expect(table.getByRole('columnheader')).toContainText(['Subject', 'Y7', 'Y13']);
  await page.goto('/careers-programme/');
  const section = page.getByRole('region', { name: 'Careers in every subject' });
  await expect(section.getByRole('link', { name: 'Maths' })).toHaveAttribute('href', maths);
});

// The every-page sweep checks these in the light scheme; a subject teacher may project them in a
// dark room, so every subject page and pack is checked in the dark scheme too.
test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('every subject page and department pack passes axe', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/subjects/');
    const subjects = await page
      .getByRole('table', { name: 'Subjects and their starters by Key Stage' })
      .locator('tbody th a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(subjects.length).toBeGreaterThanOrEqual(14);
    const failures: string[] = [];
    for (const path of subjects.flatMap((p) => [p, p.replace('/subjects/', '/packs/subjects/')])) {
      expect((await page.goto(path))?.ok(), path).toBe(true);
      const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      for (const v of violations)
        failures.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});
