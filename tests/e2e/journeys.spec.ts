import { expect, test } from '@playwright/test';

test('a teacher goes from the home page to a Year 9 lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Year 9', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Year 9(: |$)/);
  await page.getByRole('link', { name: 'Choosing your Key Stage 4 options' }).click();
  await expect(page).toHaveURL(/\/lessons\/choosing-key-stage-4-options\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Lesson plan' })).toBeVisible();
  // The plan's timed steps are rendered, starting at minute 0.
  await expect(page.locator('.step').first()).toContainText('min, 0–');
});

test('the coverage page lists all 45 outcome statements', async ({ page }) => {
  await page.goto('/coverage/');
  const rows = page
    .getByRole('table', { name: 'Outcome statements by year group' })
    .locator('tbody tr');
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
  await page
    .getByRole('group', { name: 'Year group' })
    .getByLabel('Year 9', { exact: true })
    .check();
  await expect(page.getByRole('status')).toContainText('result');
  const links = await results
    .locator('h2 a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toContain('/lessons/choosing-key-stage-4-options/');
  // Every result left is tagged Year 9: the Year 10 lesson is filtered out.
  expect(links).not.toContain('/lessons/jobs-near-us-labour-market-information/');
  // Results say what each one is and for which year.
  await expect(
    results.filter({ hasText: 'Choosing your Key Stage 4 options' }).locator('.card__meta'),
  ).toHaveText('Lesson · Year 9');
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

test('a careers leader browses from a principle to an outcome to the lessons that teach it', async ({
  page,
}) => {
  await page.goto('/principles/5/');
  await page.getByRole('link', { name: '5.4', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outcome 5.4');
  const lessonLinks = page.locator('.card__title a[href*="/lessons/"]');
  expect(await lessonLinks.count()).toBeGreaterThanOrEqual(3);
  await lessonLinks.first().click();
  await expect(page.locator('#outcomes + .outcome-links')).toContainText('5.4');
});

test('lesson filters combine instantly, and browse pages work without them', async ({ page }) => {
  await page.goto('/lessons/');
  const visible = page.locator('#lesson-list > li:visible');
  const all = await visible.count();
  await page.getByLabel('Year').selectOption('9');
  const year9 = await visible.count();
  expect(year9).toBeGreaterThanOrEqual(5);
  expect(year9).toBeLessThan(all);
  await page.getByLabel('Principle').selectOption('5');
  const both = await visible.count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThanOrEqual(year9);
  for (const text of await visible.locator('.card__meta').allTextContents()) {
    if (text.startsWith('Year')) expect(text).toContain('Year 9');
  }
  await expect(page.getByRole('status')).toHaveText(`Showing ${both} of ${all} lessons.`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(visible).toHaveCount(all);

  await page.getByRole('navigation', { name: 'Browse lessons' }).getByText('Term').click();
  await page.getByRole('link', { name: 'Summer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons: Summer');
  for (const text of await page
    .locator('.card__meta')
    .filter({ hasText: 'term' })
    .allTextContents()) {
    expect(text).toContain('Summer term');
  }
});

test('survey pages print the questions and offer them as CSV', async ({ page, request }) => {
  await page.goto('/surveys/');
  await page.getByRole('link', { name: 'Key Stage 4 survey' }).click();
  // Counting rows straight after the click could count the index page's table.
  await page.waitForURL('**/surveys/ks4/');
  const rows = page.locator('.survey-table tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('.survey-table thead th')).toHaveText([
    'Statement',
    'Strongly agree',
    'Agree',
    'Not sure',
    'Disagree',
    'Strongly disagree',
  ]);
  const csv = await (await request.get('/surveys/ks4.csv')).text();
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Number,Question,Response,Options,Outcome,Outcome statement');
  const questions = (await rows.count()) + (await page.locator('.survey-open').count());
  expect(lines).toHaveLength(questions + 1);
  for (const outcome of ['1.6', '2.6', '3.11', '4.7', '5.6']) expect(csv).toContain(`,${outcome},`);
  expect(await (await request.get('/surveys/leavers.csv')).text()).toContain(',6.9,');
});

test('role models filter by stereotype, sector and route', async ({ page }) => {
  await page.goto('/role-models/');
  const total = await page.locator('.role-card').count();
  expect(total).toBeGreaterThanOrEqual(2);
  await page
    .getByRole('navigation', { name: 'Filter role models' })
    .getByText('Stereotype challenged')
    .click();
  await page.getByRole('link', { name: 'Gender', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Role models: Gender');
  const filtered = await page.locator('.role-card').count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(total);
});
