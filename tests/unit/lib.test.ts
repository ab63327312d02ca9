import { withTimings } from '../../src/lib/timing.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { describe, expect, it } from 'vitest';
import {
  compareOutcomeCodes,
  computeCoverage,
  findUncoveredOutcomes,
} from '../../src/lib/coverage.ts';
import { entryIdFromPath } from '../../src/lib/entry-id.ts';
import { formatDate, formatYears, labelFromSlug } from '../../src/lib/format.ts';
import { joinBase, paths } from '../../src/lib/urls.ts';
import { anyNameBut, pagefindGlob } from '../../src/lib/pagefind-glob.ts';

describe('entryIdFromPath', () => {
  it('keeps the dot of an outcome code and drops folders', () => {
    expect(entryIdFromPath('5.4.yaml')).toBe('5.4');
    expect(entryIdFromPath('year-9/choosing-options.mdx')).toBe('choosing-options');
  });
});

describe('computeCoverage', () => {
  const outcomes = [
    { id: '1.1', kind: 'learning' as const },
    { id: '1.6', kind: 'feedback' as const },
    { id: '2.1', kind: 'learning' as const },
  ];
  const lessons = [{ id: 'a', years: [9], outcomes: ['1.1'] }];
  const activities = [{ id: 'survey', years: [7, 8], outcomes: ['1.6', '2.1'] }];

  it('lists what covers each outcome and the years', () => {
    const [first, second] = computeCoverage(outcomes, lessons, activities);
    expect(first).toMatchObject({ id: '1.1', lessons: ['a'], years: [9], covered: true });
    expect(second).toMatchObject({
      id: '1.6',
      activities: ['survey'],
      years: [7, 8],
      covered: true,
    });
  });

  it('does not count an activity alone for a learning outcome', () => {
    const uncovered = findUncoveredOutcomes(computeCoverage(outcomes, lessons, activities));
    expect(uncovered.map((c) => c.id)).toEqual(['2.1']);
  });

  it('sorts outcome codes numerically', () => {
    expect(['1.10', '1.2', '2.1', '1.9'].sort(compareOutcomeCodes)).toEqual([
      '1.2',
      '1.9',
      '1.10',
      '2.1',
    ]);
  });
});

describe('joinBase', () => {
  it('works at the root and under a sub-path', () => {
    expect(joinBase('/', paths.lesson('x'))).toBe('/lessons/x/');
    expect(joinBase('/careers', paths.outcome('5.4'))).toBe('/careers/outcomes/5.4/');
    expect(joinBase('/careers/', paths.home())).toBe('/careers/');
  });
});

describe('format', () => {
  it('describes year ranges as teachers write them', () => {
    expect(formatYears([9, 8, 10])).toBe('Years 8–10');
    expect(formatYears([7])).toBe('Year 7');
    expect(formatYears([7, 9])).toBe('Years 7, 9');
    expect(formatDate(new Date('2026-11-23'))).toBe('23 November 2026');
  });

  it('turns slugs into labels', () => {
    expect(labelFromSlug('tutor-time')).toBe('Tutor time');
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic just-passing grey (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('withTimings', () => {
  it('gives each step its start and end minute', () => {
    expect(
      withTimings([{ minutes: 10 }, { minutes: 25 }, { minutes: 5 }]).map((s) => [s.start, s.end]),
    ).toEqual([
      [0, 10],
      [10, 35],
      [35, 40],
    ]);
  });
});

describe('anyNameBut', () => {
  it('is a glob segment that matches every name but the one given', () => {
    const glob = anyNameBut('present');
    const matches = (name: string) =>
      glob
        .slice(1, -1)
        .split(',')
        .some((alternative) =>
          new RegExp(
            `^${alternative.replaceAll('[!', '[^').replaceAll('*', '.*').replaceAll('?', '.')}$`,
          ).test(name),
        );
    for (const name of ['index.html', 'principle', 'public-services', 'presents', 'prison', 'x'])
      expect({ name, matched: matches(name) }).toEqual({ name, matched: true });
    expect(matches('present')).toBe(false);
  });
});

describe('pagefindGlob', () => {
  const entry = (name: string, directory: boolean) => ({ name, isDirectory: () => directory });
  const site = [
    entry('index.html', false),
    entry('lessons', true),
    entry('packs', true),
    entry('pagefind', true),
    entry('_astro', true),
    entry('about', true),
    entry('sw.js', false),
  ];

  it('lists every page folder except skipped ones, Pagefind and assets', () => {
    expect(pagefindGlob(site, ['packs']).glob).toBe('{*.html,about/**/*.html,lessons/**/*.html}');
    expect(pagefindGlob(site, []).glob).toBe(
      '{*.html,about/**/*.html,lessons/**/*.html,packs/**/*.html}',
    );
  });

  it('can leave out one folder inside every entry, such as the presenting views', () => {
    expect(pagefindGlob([entry('lessons', true)], [], 'present').glob).toBe(
      `{*.html,lessons/*.html,lessons/*/*.html,lessons/*/${anyNameBut('present')}/**/*.html}`,
    );
  });

  it('leaves out and names a folder whose name would change the glob', () => {
    const result = pagefindGlob([...site, entry('Parent letters', true), entry('a,b', true)], []);
    expect(result.glob).not.toContain('Parent');
    expect(result.glob).not.toContain('a,b');
    expect(result.unusable).toEqual(['Parent letters', 'a,b']);
  });
});
