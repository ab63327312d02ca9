import { expect, type Page } from '@playwright/test';

/**
 * Checks that the page, already in print media, fits an A4 sheet's printable width (nothing
 * wider than 680 px) and prints to a PDF.
 */
export async function expectPrintsOnA4(page: Page): Promise<void> {
  await page.setViewportSize({ width: 680, height: 960 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
}
