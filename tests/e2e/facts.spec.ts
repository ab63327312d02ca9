import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFrontmatter } from 'astro/markdown';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/format.ts';

interface FactFile {
  statement: string;
  source: { url: string };
  checked: string | Date;
}

const root = process.cwd();
const factFiles = globSync('content/facts/*.yaml', { cwd: root });
const factOf = (id: string) =>
  parse(readFileSync(join(root, 'content/facts', `${id}.yaml`), 'utf8')) as FactFile;

/** Every lesson that cites facts, with the ids it cites, read from the source files. */
const citingLessons = globSync('lessons/year-*/*.mdx', { cwd: root }).flatMap((file) => {
  const { frontmatter } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
  const facts = (frontmatter['facts'] ?? []) as string[];
  const id =
    file
      .split('/')
      .pop()
      ?.replace(/\.mdx$/, '') ?? '';
  return facts.length > 0 ? [{ id, facts }] : [];
});

test('the facts page lists every fact in the register with its source and dates', async ({
  page,
}) => {
  expect(factFiles.length).toBeGreaterThan(10);
  await page.goto('/facts/');
  const facts = page.locator('li.fact');
  await expect(facts).toHaveCount(factFiles.length);
  for (const file of factFiles) {
    const id =
      file
        .split('/')
        .pop()
        ?.replace(/\.yaml$/, '') ?? '';
    const fact = factOf(id);
    const item = page.locator(`li.fact[id="${id}"]`);
    await expect(item.locator('p').first()).toHaveText(fact.statement.trim());
    await expect(item.locator(`a[href="${fact.source.url}"]`)).toHaveCount(1);
    await expect(item).toContainText(formatDate(new Date(fact.checked)));
  }
});

test('a lesson shows the facts it relies on, in the register’s words, with when each was checked', async ({
  page,
}) => {
  expect(citingLessons.length).toBeGreaterThan(5);
  const [lesson] = citingLessons;
  if (!lesson) throw new Error('No lesson cites a fact.');
  await page.goto(`/lessons/${lesson.id}/`);
  const section = page.getByRole('region', { name: 'Facts to check' });
  await expect(section.locator('li')).toHaveCount(lesson.facts.length);
  for (const id of lesson.facts) {
    const fact = factOf(id);
    await expect(section).toContainText(fact.statement.trim());
    await expect(section).toContainText(`Checked on ${formatDate(new Date(fact.checked))}`);
  }
  // The facts page links back to the lesson from each fact it cites.
  await page.goto('/facts/');
  for (const id of lesson.facts) {
    await expect(page.locator(`li.fact[id="${id}"] a[href="/lessons/${lesson.id}/"]`)).toHaveCount(
      1,
    );
  }
  // The presenting view puts the same facts on a slide.
  await page.goto(`/lessons/${lesson.id}/present/`);
  const slide = page
    .locator('section.slide')
    // Slides not yet shown are hidden, so find the heading by its text rather than its role.
    .filter({ has: page.locator('h2', { hasText: /^Facts to know$/ }) });
  await expect(slide).toHaveCount(1);
  await expect(slide).toContainText(factOf(lesson.facts[0] ?? '').statement.trim());
});

test('the Gatsby Benchmarks page says what changed in every benchmark in 2025', async ({
  page,
}) => {
  await page.goto('/benchmarks/');
  const sections = page.locator('main section[id^="gb"]');
  await expect(sections).toHaveCount(8);
  for (const section of await sections.all()) {
    await expect(section.getByRole('heading', { name: 'What changed in 2025' })).toBeVisible();
    await expect(section).not.toContainText('We have not yet recorded');
  }
});
