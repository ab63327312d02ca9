// An 11–16 school's fork of the whole programme (tests/fixtures/fork-11-16, built by
// tests/helpers/build-fork.ts): its own years, colours, name and address, and nothing of the
// example school.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFrontmatter } from 'astro/markdown';
import { globSync } from 'tinyglobby';
import { readZipEntries } from '../helpers/unzip.ts';

const dist = join(process.cwd(), '.tmp/fork-site/dist');
const notTaught = [5, 6, 12, 13];

/** Ids of the built-in lessons and handouts written only for years the fork does not teach. */
const lessonsLeftOut = notTaught.flatMap((year) =>
  globSync(`lessons/year-${year}/*.mdx`).map((f) => f.split('/').pop()?.replace('.mdx', '') ?? ''),
);
const handoutsLeftOut = globSync('content/handouts/*.mdx').flatMap((file) => {
  const years = (parseFrontmatter(readFileSync(file, 'utf8')).frontmatter['years'] ??
    []) as number[];
  const id = file.split('/').pop()?.replace('.mdx', '') ?? '';
  return years.length > 0 && years.every((y) => notTaught.includes(y)) ? [id] : [];
});
// Every text file the fork publishes, dot-files such as _headers and .well-known included.
const pages = globSync('**/*', { cwd: dist, dot: true }).filter(
  (file) => !/\.(docx|pptx|png|svg|avif|webp|wasm)$|^pagefind\//.test(file),
);
const documents = globSync('lessons/*.{docx,pptx}', { cwd: dist });
const text = (file: string) => readFileSync(join(dist, file), 'utf8');

test('publishes no page, handout, pack, survey or link for years the school does not teach', () => {
  expect(lessonsLeftOut.length).toBeGreaterThan(10);
  expect(handoutsLeftOut.length).toBeGreaterThan(10);
  const forbidden = [
    ...notTaught.flatMap((y) => [
      `/years/${y}/`,
      `/packs/${y}/`,
      `data-pagefind-filter="year">Year ${y}<`,
    ]),
    ...lessonsLeftOut.map((id) => `/lessons/${id}/`),
    ...handoutsLeftOut.map((id) => `/handouts/${id}/`),
    '/surveys/ks2/',
    '/surveys/ks5/',
  ];
  const found = pages.flatMap((file) => {
    const body = text(file);
    return forbidden.filter((f) => body.includes(f)).map((f) => `${file}: ${f}`);
  });
  expect(found).toEqual([]);
  expect(pages).not.toContain('years/12/index.html');
  expect(pages.some((p) => p.startsWith('lessons/') && p.endsWith('index.html'))).toBe(true);
});

test('carries nothing of the example school, and its own name and address', () => {
  const example = [
    'Horizon Park',
    'Jordan Mensah',
    'careers@example.sch.uk',
    '01632 960000',
    'example.sch.uk',
  ];
  const found = pages.flatMap((file) =>
    example.filter((value) => text(file).includes(value)).map((value) => `${file}: ${value}`),
  );
  expect(pages).toContain('_headers');
  expect(found).toEqual([]);
  // Nor do its Word and PowerPoint files, whose credit line names the site's address.
  expect(documents.length).toBeGreaterThan(50);
  for (const file of documents) {
    const zip = readFileSync(join(dist, file));
    const xml = [...readZipEntries(zip).values()].map((part) => part.toString('utf8')).join('');
    expect(
      example.filter((value) => xml.includes(value)),
      file,
    ).toEqual([]);
  }
  expect(text('index.html')).toContain(
    '<link rel="canonical" href="https://careers.riverside-community.org.uk/"',
  );
  expect(text('sitemap.xml')).toContain(
    '<loc>https://careers.riverside-community.org.uk/years/</loc>',
  );
  expect(text('.well-known/security.txt')).toContain(
    'Contact: mailto:s.okafor@riverside-community.org.uk',
  );
});

test('its pages are titled with its site name and list Years 7 to 11', async ({ page }) => {
  await page.goto('/years/');
  await expect(page).toHaveTitle('Year groups | Riverside Careers');
  await expect(page.locator('.year-grid a')).toHaveText([
    'Year 7',
    'Year 8',
    'Year 9',
    'Year 10',
    'Year 11',
  ]);
  await expect(page.locator('.site-name')).toContainText('Riverside Careers');
  const response = await page.request.get('/years/12/');
  expect(response.status()).toBe(404);
});

test('search offers only the years the school teaches', async ({ page }) => {
  await page.goto('/search/?q=careers');
  const years = page.getByRole('group', { name: 'Year group' }).locator('label');
  await expect(years.first()).toBeVisible();
  const labels = (await years.allTextContents()).map((l) => l.replace(/\s*\(\d+\)$/, '').trim());
  expect(labels.sort()).toEqual(['Year 10', 'Year 11', 'Year 7', 'Year 8', 'Year 9']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`paints the school's colours in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const header = await page
      .locator('.site-header')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe('rgb(0, 90, 48)');
    const link = await page
      .locator('main a')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    // Light: the school's primary itself. Dark: the same colour lightened, never Horizons' blue.
    if (colorScheme === 'light') expect(link).toBe('rgb(0, 90, 48)');
    else expect(link).not.toMatch(/^rgb\(156, 195, 255\)$/);
    expect(link).not.toBe('rgb(29, 79, 145)');
  });
}
