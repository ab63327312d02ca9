// The careers leader's evidence: the vision and dated self-assessment on the programme page,
// planned against delivered on the coverage page, and a one-page summary for governors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfThroughPoppler } from '../helpers/office.ts';

test('the programme page opens with the vision, then publishes the dated self-assessment', async ({
  page,
}) => {
  await page.goto('/careers-programme/');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Our vision');
  const vision = page.getByRole('region', { name: 'Our vision' });
  await expect(vision.locator('dt')).toHaveText(['Grow', 'Aim', 'Connect']);
  const table = page.getByRole('table', { name: /self-assessment of 15 October 2026/ });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Benchmark',
    'Our score',
    'Evidence',
    'Next step',
    'In our programme',
  ]);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  for (const row of await rows.all()) {
    await expect(row.locator('td').first()).toHaveText(/^\d{1,3}%$/);
    await expect(row.locator('td').last()).toHaveText(/lesson|activit|starter/);
  }
  // Benchmark 4 counts the subject starters as well as lessons and activities.
  await expect(rows.nth(3).locator('td').last()).toContainText('subject starters');
});

test('the coverage page shows planned against delivered for each year, and the CSV', async ({
  page,
}) => {
  await page.goto('/coverage/');
  const section = page.getByRole('region', { name: 'Planned and delivered' });
  await expect(section.locator('.callout')).toContainText('example');
  const year7 = section.locator('details').filter({ hasText: /^Year 7:/ });
  await expect(year7.locator('summary')).toHaveText(/Year 7: \d+ of \d+ planned delivered/);
  await year7.locator('summary').click();
  const cells = await year7.locator('tbody td:last-child').allTextContents();
  expect(cells.some((c) => c === 'Not yet recorded')).toBe(true);
  expect(cells.some((c) => /^Autumn \d: \d+ groups?/.test(c))).toBe(true);
  const link = section.getByRole('link', { name: 'Download the 2026-27 delivery record as CSV' });
  const csv = await (await page.request.get((await link.getAttribute('href')) ?? '')).text();
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  expect(header).toBe(
    'School year,Year group,Kind,Id,Title,Date,Half term,Groups,Pupils,Evaluation',
  );
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.every((line) => line.startsWith('2026-27,'))).toBe(true);
});

test("the governors' summary prints on one A4 sheet", async ({ page }) => {
  await page.goto('/coverage/');
  await page.getByRole('link', { name: 'Summary for governors' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Careers programme: summary for governors',
  );
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'horizons-governors-')), 'summary.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const { text, pages, size } = pdfThroughPoppler(file);
  expect(pages).toBe(1);
  expect(size).toMatch(/\(A4\)$/);
  const words = text.replace(/\s+/g, ' ');
  expect(words).toContain('Outcome coverage 45 of 45 outcome statements are covered');
  expect(words).toMatch(/\d of the 6 encounters the law requires are recorded as delivered/);
  expect(words).toContain('Where we stand against the Gatsby Benchmarks');
  // Every benchmark with the school's score (table cells wrap, so the titles are matched in part).
  expect(words).toMatch(/4\. Linking curriculum learning to/);
  expect(words.match(/\b\d{1,3}%/g)).toHaveLength(8);
});
