import { expect, test } from '@playwright/test';
import { pageTypes } from './pages.ts';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/years/9/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard focus is always visible and never trapped', async ({ page }) => {
  await page.goto('/lessons/');
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: `${el.tagName}:${el.textContent?.trim().slice(0, 40)}:${el.getAttribute('href') ?? el.id}`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focus) continue;
    expect(focus.visible, `focus ring on ${focus.key}`).toBe(true);
    seen.add(focus.key);
  }
  // Sixty presses reach well over forty different controls: focus moves on, it is not stuck.
  expect(seen.size).toBeGreaterThan(40);
});

for (const [name, path] of Object.entries(pageTypes)) {
  test(`the ${name} page reflows at 320 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('text zoomed to 200% still fits a 1280 px window', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/lessons/choosing-key-stage-4-options/');
  // A 1280 px window at 200% zoom lays out like a 640 px one at 100%.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('motion is off when the device asks for less', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page.evaluate(
    () => getComputedStyle(document.querySelector('a') as Element).transitionDuration,
  );
  expect(duration).toBe('0s');
});

test('the CPD presenting view moves one screen at a time from the keyboard', async ({ page }) => {
  await page.goto('/cpd/challenging-stereotypes-in-everyday-teaching/');
  await page.getByRole('link', { name: 'Present this session full screen' }).click();
  await expect(page.locator('#slide-1 h1')).toBeInViewport();
  await page.locator('#slide-1 .slide__next').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('#slide-2 h2')).toBeInViewport();
  await expect(page.locator('#slide-1 h1')).not.toBeInViewport();
});
