import { expect, test } from '@playwright/test';

test('a teacher goes from the home page to a Year 9 lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Year 9', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 9');
  await page.getByRole('link', { name: 'Choosing your Key Stage 4 options' }).click();
  await expect(page).toHaveURL(/\/lessons\/choosing-key-stage-4-options\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Lesson plan' })).toBeVisible();
  // The plan's timed steps are rendered, starting at minute 0.
  await expect(page.locator('.step').first()).toContainText('min, 0–');
});

test('the coverage page lists all 45 outcome statements', async ({ page }) => {
  await page.goto('/coverage/');
  const rows = page.locator('.coverage-table tbody tr');
  await expect(rows).toHaveCount(45);
  await expect(rows.first().locator('th')).toHaveText('1.1');
  await expect(rows.last().locator('th')).toHaveText('6.9');
});

test('search with a year filter finds a lesson', async ({ page }) => {
  await page.goto('/search/?q=options');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-fallback')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('for “options”');
  await page.getByRole('group', { name: 'Year group' }).getByLabel('Year 9', { exact: true }).check();
  await expect(page.getByRole('status')).toContainText('result');
  const links = await results.locator('h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toContain('/lessons/choosing-key-stage-4-options/');
  // Every result left is tagged Year 9: the Year 10 lesson is filtered out.
  expect(links).not.toContain('/lessons/jobs-near-us-labour-market-information/');
  // Results say what each one is and for which year.
  await expect(results.filter({ hasText: 'Choosing your Key Stage 4 options' }).locator('.card__meta')).toHaveText('Lesson · Year 9');
});

test('the search box in the header takes the query to the search page', async ({ page }) => {
  await page.goto('/years/');
  await page.getByLabel('Search Horizons').fill('apprenticeship');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=apprenticeship/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

for (const [query, expected] of [
  ['apprenticeship', /apprenticeship/i],
  ['stereotype', /stereotyp|broke the mould|who does which job/i],
  ['Year 9 options', /Key Stage 4 options/i],
  ['interview', /interview/i],
] as const) {
  test(`searching "${query}" puts the obvious lesson first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results > li').first();
    await expect(first).toBeVisible();
    await expect(first.locator('.card__meta')).toContainText('Lesson');
    await expect(first.locator('h2')).toHaveText(expected);
  });
}
