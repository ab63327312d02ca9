import AxeBuilder from '@axe-core/playwright';
import { waitForServiceWorker } from './service-worker.ts';
import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/choosing-key-stage-4-options/';
const deck = `${lesson}present/`;
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const visibleSlides = (page: Page) => page.locator('[data-slide]:visible');

test('the lesson page offers Present, Print, Word and PowerPoint, and presenting opens slide 1', async ({
  page,
}) => {
  await page.goto(lesson);
  const actions = page.getByRole('navigation', { name: 'Lesson actions' });
  await expect(actions.getByRole('link')).toHaveText([
    'Present',
    'Print',
    'Word (.docx)',
    'PowerPoint (.pptx)',
  ]);
  for (const name of ['Word (.docx)', 'PowerPoint (.pptx)']) {
    const href = await actions.getByRole('link', { name }).getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect(response.ok()).toBe(true);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  }
  await actions.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/present\/#slide-1$/);
  await expect(visibleSlides(page)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Choosing your Key Stage 4 options',
  );
});

test('arrow keys, Page Up/Down, Home and End move one slide at a time', async ({ page }) => {
  await page.goto(deck);
  const total = await page.locator('[data-slide]').count();
  const current = () => visibleSlides(page).getAttribute('id');
  await page.keyboard.press('ArrowRight');
  await expect.poll(current).toBe('slide-2');
  await expect(page.getByRole('heading', { level: 2, name: 'Key words' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(current).toBe('slide-3');
  // This lesson cites facts from the register, so they have a slide before the starter quiz.
  await expect(visibleSlides(page).locator('h2')).toHaveText('Facts to know');
  await page.keyboard.press('ArrowRight');
  await expect.poll(current).toBe('slide-4');
  await expect(visibleSlides(page)).toContainText('Starter quiz · question 1 of 4');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(current).toBe('slide-1');
  await page.keyboard.press('End');
  await expect.poll(current).toBe(`slide-${total}`);
  await expect(visibleSlides(page)).toContainText('Exit quiz answers');
  await page.keyboard.press('ArrowRight');
  await expect.poll(current).toBe(`slide-${total}`);
  await page.keyboard.press('Home');
  await expect.poll(current).toBe('slide-1');
  await expect(page).toHaveURL(/#slide-1$/);
});

test('a question slide hides its answer; the answer slide and the teacher notes show it', async ({
  page,
}) => {
  await page.goto(`${deck}#slide-4`);
  const slide = visibleSlides(page);
  await expect(slide).toContainText('Until what age must young people in England stay');
  await expect(slide.locator('.slide__answer')).toHaveCount(0);
  const notes = slide.locator('.slide__notes');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Answer: C. 18.');
  await expect(page.getByRole('button', { name: 'Teacher notes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goto(`${deck}#slide-8`);
  await expect(visibleSlides(page)).toContainText('Answer: C. 18');
});

test('the teacher notes carry the "Say:" lines and expected answers of each step', async ({
  page,
}) => {
  await page.goto(deck);
  // Hidden slides are out of the accessibility tree, so find this one by its text.
  const step = page.locator('[data-slide]', {
    has: page.locator('h2', { hasText: 'Starter: after Year 11' }),
  });
  await expect(step.locator('.slide__stage')).toContainText('List routes in pairs');
  await expect(step.locator('.slide__stage')).not.toContainText('Say:');
  await expect(step.locator('.slide__notes')).toContainText('Say: "In England you must stay');
  await expect(step.locator('.slide__notes')).toContainText('Expect: Sixth form, A levels');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a quiz slide with notes shown (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${deck}#slide-5`);
    await page.keyboard.press('n');
    const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('without JavaScript every slide and its notes are on the page, linked in order', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(deck);
  const slides = page.locator('[data-slide]');
  expect(await slides.count()).toBeGreaterThan(20);
  await expect(visibleSlides(page)).toHaveCount(await slides.count());
  await expect(page.locator('#slide-1 .slide__next')).toHaveAttribute('href', '#slide-2');
  await expect(page.locator('#slide-3 .slide__notes')).toBeVisible();
  await context.close();
});

test('the deck opens again offline once it has been shown', async ({ page, context }) => {
  await page.goto(deck);
  await waitForServiceWorker(page);
  await page.reload();
  await context.setOffline(true);
  try {
    await page.goto(`${deck}#slide-2`);
    await expect(visibleSlides(page)).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Key words' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(visibleSlides(page)).toContainText('Facts to know');
  } finally {
    await context.setOffline(false);
  }
});
