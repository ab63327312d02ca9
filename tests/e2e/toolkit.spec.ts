// The careers leader's toolkit: every practice reachable from one page, templates in Word,
// readiness checks to print and analyse, assemblies to present, and a blank entitlement tracker.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { textThroughLibreOffice } from '../helpers/office.ts';

const sections = [
  'Careers strategy and development plan',
  'Governors',
  'Young people at risk of not continuing in education or training',
  'Measuring career learning',
  'Quality of careers lessons and tutor time',
  'Encounters with higher education',
  'Tasters that challenge stereotypes',
  'Careers in primary school',
  'Careers assemblies',
  'Everyday practices',
  'Per-pupil entitlement tracker',
];

test('the toolkit page is reached from the home page and every resource on it opens', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: "The careers leader's toolkit" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For careers leaders');
  // In the order content/careers-leaders.yaml gives them.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(sections);
  for (const name of sections) {
    const section = page.getByRole('region', { name, exact: true });
    const links = await section
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length, name).toBeGreaterThan(0);
    for (const link of links) expect((await page.request.get(link)).ok(), link).toBe(true);
  }
});

test('a template opens in LibreOffice Writer with its grid to fill in', () => {
  const file = join(process.cwd(), 'dist', 'handouts', 'leader-careers-strategy-template.docx');
  const { text, pages } = textThroughLibreOffice(file);
  expect(pages).toBeGreaterThanOrEqual(1);
  const words = text.replace(/\s+/g, ' ');
  for (const heading of ['Vision', 'Owner', 'Budget'])
    expect(words.toLowerCase()).toContain(heading.toLowerCase());
});

test('a readiness check prints a pupil sheet and its marking guide on separate pages', async ({
  page,
}) => {
  await page.goto('/readiness-checks/ks3-career-readiness/');
  const items = page.locator('#pupil-sheet ol > li');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(6);
  await expect(
    page.getByRole('table', { name: /What each item measures/ }).locator('tbody tr'),
  ).toHaveCount(count);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.readiness-guide')).toHaveCSS('break-before', 'page');
  const csv = await (await page.request.get('/readiness-checks/ks3-career-readiness.csv')).text();
  const [header, ...rows] = csv.trim().split('\r\n');
  expect(header?.split(',').filter((cell) => /^"?Q\d+ \(/.test(cell))).toHaveLength(count);
  expect(rows.every((row) => /^,+$/.test(row))).toBe(true);
});

test('an assembly presents its script as slides, with the script in the notes', async ({
  page,
}) => {
  await page.goto('/activities/careers-assembly-year-9/');
  await page.getByRole('link', { name: 'Present the slides' }).click();
  await expect(page).toHaveURL(/\/activities\/careers-assembly-year-9\/present\/#slide-1$/);
  expect(await page.locator('[data-slide]').count()).toBeGreaterThanOrEqual(5);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide]:visible li').first()).toBeVisible();
});

test('the entitlement tracker has a column per entitlement by year and only blank rows', async ({
  request,
}) => {
  const csv = await (await request.get('/entitlement-tracker.csv')).text();
  const [header, ...rows] = csv.trim().split('\r\n');
  for (const kind of [
    'Y9 lesson: ',
    'encounter: ',
    'guidance interview: ',
    'workplace experience: ',
  ])
    expect(header).toContain(kind);
  expect(rows.length).toBeGreaterThanOrEqual(30);
  expect(rows.every((row) => /^,+$/.test(row))).toBe(true);
});
