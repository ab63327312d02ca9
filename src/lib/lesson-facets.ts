import { capitalise, labelFromSlug } from './format.ts';

/** The least a lesson needs for browsing. */
export interface BrowsableLesson {
  year: number;
  term: string;
  format: string;
  outcomes: { id: string }[];
  benchmarks: { id: string }[];
}

/** Ways to browse lessons on pre-rendered pages (year and outcome have pages of their own). */
export const lessonFacets = {
  term: { label: 'Term', values: (l: BrowsableLesson) => [l.term], name: capitalise },
  principle: {
    label: 'Principle',
    values: (l: BrowsableLesson) => [...new Set(l.outcomes.map((o) => o.id.split('.')[0] ?? ''))],
    name: (v: string) => `Principle ${v}`,
  },
  benchmark: {
    label: 'Gatsby Benchmark',
    values: (l: BrowsableLesson) => l.benchmarks.map((b) => b.id),
    name: (v: string) => `Benchmark ${v.replace('gb', '')}`,
  },
  format: { label: 'Format', values: (l: BrowsableLesson) => [l.format], name: labelFromSlug },
} as const;

export type LessonFacet = keyof typeof lessonFacets;

/** Every value of a facet that some lesson has, in a sensible order. */
export function facetValuesOf(lessons: readonly BrowsableLesson[], facet: LessonFacet): string[] {
  const order = ['autumn', 'spring', 'summer'];
  return [...new Set(lessons.flatMap((l) => lessonFacets[facet].values(l)))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b, 'en-GB', { numeric: true }),
  );
}
