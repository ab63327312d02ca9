import type { CollectionName } from '../schemas/common.ts';

/** Where a collection's files live, relative to the project root. */
export interface CollectionSource {
  /** `entries`: one file per entry; `list`: one YAML file holding a list of entries with ids. */
  layout: 'entries' | 'list';
  /** Folder (for `entries`) or file (for `list`). */
  path: string;
  /** Glob of entry files inside `path`, for `entries`. */
  pattern?: string;
}

/** The one table of where content lives; the site's loaders and the validator both read it. */
export const collectionSources: Record<Exclude<CollectionName, 'school'>, CollectionSource> = {
  principles: { layout: 'entries', path: 'content/principles', pattern: '*.yaml' },
  outcomes: { layout: 'entries', path: 'content/outcomes', pattern: '*.yaml' },
  lessons: { layout: 'entries', path: 'lessons', pattern: 'year-*/*.mdx' },
  handouts: { layout: 'entries', path: 'content/handouts', pattern: '*.mdx' },
  activities: { layout: 'entries', path: 'content/activities', pattern: '*.mdx' },
  caseStudies: { layout: 'entries', path: 'case-studies', pattern: '*.mdx' },
  roleModels: { layout: 'entries', path: 'content/role-models', pattern: '*.mdx' },
  cpd: { layout: 'entries', path: 'content/cpd', pattern: '*.mdx' },
  gatsby: { layout: 'list', path: 'content/frameworks/gatsby.yaml' },
  cdi: { layout: 'list', path: 'content/frameworks/cdi.yaml' },
  years: { layout: 'entries', path: 'content/years', pattern: '*.yaml' },
  facts: { layout: 'entries', path: 'content/facts', pattern: '*.yaml' },
  subjects: { layout: 'entries', path: 'content/subjects', pattern: '*.yaml' },
  starters: { layout: 'entries', path: 'content/starters', pattern: '*.yaml' },
  readinessChecks: { layout: 'entries', path: 'content/readiness-checks', pattern: '*.yaml' },
  toolkit: { layout: 'list', path: 'content/careers-leaders.yaml' },
};

/** The school's own details. */
export const schoolFile = 'content/school.yaml';

/** Outcomes the school has planned but not yet covered. */
export const coveragePlanFile = 'content/coverage-plan.yaml';

/** The school's own Gatsby Benchmark self-assessment; optional. */
export const gatsbyAssessmentFile = 'content/gatsby-assessment.yaml';

/** What was delivered, one file per school year named for it, e.g. `2026-27.yaml`. */
export const deliveryFolder = 'content/delivery';
