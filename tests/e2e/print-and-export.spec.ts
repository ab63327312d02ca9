import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectPrintsOnA4 } from '../helpers/print.ts';
import { readZipEntry } from '../helpers/unzip.ts';

const lessonPath = '/lessons/choosing-key-stage-4-options/';

test('a lesson prints without navigation or search, each handout on a new page', async ({
  page,
}) => {
  await page.goto(lessonPath);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  const handouts = page.locator('.lesson-handouts .handout');
  expect(await handouts.count()).toBeGreaterThan(0);
  const breaks = await handouts.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).breakBefore),
  );
  expect(breaks.every((b) => b === 'page')).toBe(true);
  await expectPrintsOnA4(page);
});

test('a lesson downloads as a Word document with its title and steps', async ({ page }) => {
  await page.goto(lessonPath);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('navigation', { name: 'Lesson actions' })
      .getByRole('link', { name: 'Word (.docx)' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('choosing-key-stage-4-options.docx');
  const bytes = await readFile((await download.path()) ?? '');
  const xml = readZipEntry(bytes, 'word/document.xml') ?? '';
  expect(xml).toContain('Choosing your Key Stage 4 options');
  const stepTitles = await page
    .locator('.step h3')
    .evaluateAll((els) => els.map((el) => el.childNodes[0]?.textContent?.trim() ?? ''));
  expect(stepTitles.length).toBeGreaterThan(3);
  for (const title of stepTitles)
    expect(xml).toContain(
      title.replaceAll('&', '&amp;').replaceAll("'", '&apos;').replaceAll('"', '&quot;'),
    );
});

test('the year pack holds every lesson of the year with its handouts', async ({ page }) => {
  await page.goto('/years/9/');
  const lessonTitles = await page.locator('.card__title a[href*="/lessons/"]').allTextContents();
  await page.getByRole('link', { name: 'Print the Year 9 pack' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 9 pack');
  const packTitles = await page.locator('.pack-lesson article.lesson > h2').allTextContents();
  expect(packTitles.sort()).toEqual(lessonTitles.sort());
  expect(await page.locator('.pack-lesson .handout').count()).toBeGreaterThanOrEqual(
    lessonTitles.length,
  );
  await page.emulateMedia({ media: 'print' });
  const breaks = await page
    .locator('.pack-lesson')
    .evaluateAll((els) => els.slice(1).map((el) => getComputedStyle(el).breakBefore));
  expect(breaks.every((b) => b === 'page')).toBe(true);
});

test('the programme CSV parses with a row for every lesson and activity', async ({
  page,
  request,
}) => {
  const response = await request.get('/programme.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  const rows = text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? []);
  expect(rows[0]?.slice(0, 6)).toEqual(['Type', 'Id', 'Title', 'Years', 'Term', 'Outcomes']);
  await page.goto('/lessons/');
  const lessonCount = await page.locator('.card__title a').count();
  await page.goto('/activities/');
  const activityCount = await page.locator('.card__title a').count();
  expect(rows.filter((r) => r[0] === 'Lesson')).toHaveLength(lessonCount);
  expect(rows.filter((r) => r[0] === 'Activity')).toHaveLength(activityCount);
  const options = rows.find((r) => r[1] === 'choosing-key-stage-4-options');
  expect(options?.[3]).toBe('9');
  expect(options?.[5]).toContain('6.3');
});
