// CONTENT-RULES.md: apart from the statutory titles and statements and short attributed
// quotations, no run of a dozen words may match a source. The sources are checked through their
// fingerprints (tests/fixtures/source-fingerprints.txt, made by scripts/fingerprint-sources.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shingles, withoutQuotations } from '../../src/lib/originality/shingles.ts';
import { projectRoot } from '../helpers/fixture.ts';

const sourceFingerprints = new Set(
  readFileSync(join(projectRoot, 'tests/fixtures/source-fingerprints.txt'), 'utf8')
    .split('\n')
    .filter(Boolean),
);

/** Fields that are meant to be word for word: the statutory wording, and source section headings. */
const verbatimFields = new Set(['statement', 'section']);

function ownWords(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return verbatimFields.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => ownWords(item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => ownWords(v, k));
  return [];
}

function textOf(file: string): string {
  const raw = readFileSync(join(projectRoot, file), 'utf8');
  if (file.endsWith('.yaml')) {
    const data = parse(raw) as Record<string, unknown>;
    // A Principle's title is the statutory title.
    if (file.startsWith('content/principles/')) delete data['title'];
    return ownWords(data).join('\n\n');
  }
  const { frontmatter, content } = parseFrontmatter(raw);
  return [...ownWords(frontmatter), content].join('\n\n');
}

const files = globSync(['content/**/*.{yaml,mdx}', 'lessons/**/*.mdx', 'case-studies/*.mdx'], {
  cwd: projectRoot,
  ignore: ['content/school.yaml', 'content/coverage-plan.yaml'],
}).sort();

describe('content is in our own words', () => {
  it('checks a real number of files against a real number of source fingerprints', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(sourceFingerprints.size).toBeGreaterThan(40_000);
  });

  it('finds copying when it is there', () => {
    const copied =
      'the leadership of the college decided that if they wanted a high status, sustainable, consistent delivery';
    expect(shingles(copied).some(({ hash }) => sourceFingerprints.has(hash))).toBe(true);
    expect(
      shingles(withoutQuotations(`As the head put it, “${copied}”.`)).some(({ hash }) =>
        sourceFingerprints.has(hash),
      ),
    ).toBe(false);
  });

  it('has no run of twelve words copied from a source outside quotation marks', () => {
    const copied: string[] = [];
    for (const file of files) {
      for (const { run, hash } of shingles(withoutQuotations(textOf(file)))) {
        if (sourceFingerprints.has(hash)) copied.push(`${file}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
