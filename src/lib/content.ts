import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { collectionSources } from './collection-sources.ts';
import { compareOutcomeCodes, computeCoverage } from './coverage.ts';
import { programmePosition } from './programme-order.ts';
import { plannedVsDelivered } from './delivery.ts';
import { benchmarkEvidence, currentRecord } from './programme-evidence.ts';
import { factAreaSchema } from '../schemas/fact.ts';
import { entryYears, forYearsTaught, yearsForSchool } from './school-years.ts';
import type { ExcludableCollection } from '../schemas/school.ts';

/**
 * Each collection is queried once per build and shared by every page, so a thousand lesson
 * pages do not re-read a thousand files each.
 */
const once = <T>(load: () => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
};

const byLessonOrder = (a: CollectionEntry<'lessons'>, b: CollectionEntry<'lessons'>) =>
  programmePosition(a.data) - programmePosition(b.data) || a.data.title.localeCompare(b.data.title);

export const getPrinciples = once(async () =>
  (await getCollection('principles')).sort((a, b) => a.data.number - b.data.number),
);
export const getOutcomes = once(async () =>
  (await getCollection('outcomes')).sort((a, b) => compareOutcomeCodes(a.id, b.id)),
);
/** A collection's entries minus those the school has chosen not to publish. */
async function published<C extends ExcludableCollection>(collection: C) {
  const [entries, school] = await Promise.all([getCollection(collection), getSchool()]);
  const excluded = school.exclude[collection];
  return entries.filter((entry) => !excluded.includes(entry.id));
}

/** The year groups the school teaches, which decide the lessons, pages and filters it publishes. */
export const getYearsTaught = once(async () => yearsForSchool(await getSchool()));

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title);

export const getLessons = once(async () => {
  const [lessons, taught] = await Promise.all([published('lessons'), getYearsTaught()]);
  return lessons
    .filter((l) => forYearsTaught(entryYears.lessons(l.data), taught))
    .sort(byLessonOrder);
});
/**
 * Entries for the years the school teaches, each naming only those years: a whole-school activity
 * for Years 7–13 is, at an 11–16 school, an activity for Years 7–11.
 */
function forTaughtYears<E extends { data: { years: number[] } }>(entries: E[], taught: number[]) {
  return entries
    .filter((e) => forYearsTaught(e.data.years, taught))
    .map((e) => ({
      ...e,
      data: { ...e.data, years: e.data.years.filter((y) => taught.includes(y)) },
    }));
}

export const getHandouts = once(async () => {
  const [handouts, taught] = await Promise.all([getCollection('handouts'), getYearsTaught()]);
  return forTaughtYears(handouts, taught);
});
export const getActivities = once(async () => {
  const [activities, taught] = await Promise.all([published('activities'), getYearsTaught()]);
  return forTaughtYears(activities, taught).sort(byTitle);
});
/** Subject starters for the year groups the school teaches, by subject and then year. */
export const getStarters = once(async () => {
  const [starters, taught] = await Promise.all([getCollection('starters'), getYearsTaught()]);
  return starters
    .filter((s) => forYearsTaught(entryYears.starters(s.data), taught))
    .sort((a, b) => a.data.year - b.data.year || a.data.title.localeCompare(b.data.title));
});
/** Subjects with at least one starter for the years the school teaches, by name. */
export const getSubjects = once(async () => {
  const [subjects, starters] = await Promise.all([getCollection('subjects'), getStarters()]);
  return subjects
    .filter((subject) => starters.some((s) => s.data.subject.id === subject.id))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
});
/** A subject's published starters. */
export async function startersOf(subjectId: string) {
  return (await getStarters()).filter((s) => s.data.subject.id === subjectId);
}
export const getCaseStudies = once(async () => (await published('caseStudies')).sort(byTitle));
export const getRoleModels = once(async () =>
  (await published('roleModels')).sort((a, b) => a.data.name.localeCompare(b.data.name)),
);
export const getCpdSessions = once(async () => (await published('cpd')).sort(byTitle));
export const getBenchmarks = once(async () =>
  (await getCollection('gatsby')).sort((a, b) => a.data.number - b.data.number),
);
export const getCdiAreas = once(() => getCollection('cdi'));
export const getYearOverviews = once(() => getCollection('years'));
/** The facts register, by area and then by id, so the facts page and every list read alike. */
export const getFacts = once(async () =>
  (await getCollection('facts')).sort(
    (a, b) =>
      factAreaSchema.options.indexOf(a.data.area) - factAreaSchema.options.indexOf(b.data.area) ||
      a.id.localeCompare(b.id),
  ),
);

/** The register's entries for the facts a page cites, in the order it cites them. */
export async function factsCitedBy(refs: readonly { id: string }[]) {
  const facts = await getFacts();
  return refs.flatMap((ref) => facts.filter((fact) => fact.id === ref.id));
}

/** Career-readiness checks for the years the school teaches, youngest first. */
export const getReadinessChecks = once(async () => {
  const [checks, taught] = await Promise.all([getCollection('readinessChecks'), getYearsTaught()]);
  return checks
    .filter((c) => forYearsTaught(c.data.years, taught))
    .sort((a, b) => Math.min(...a.data.years) - Math.min(...b.data.years));
});
/**
 * The careers leader's toolkit, section by section, in the order the school wrote them: the
 * collection comes back sorted by id, so the file is read again for its order.
 */
export const getToolkit = once(async () => {
  const sections = await getCollection('toolkit');
  const { path } = collectionSources.toolkit;
  const written: unknown = existsSync(path) ? parse(readFileSync(path, 'utf8')) : [];
  const order = Array.isArray(written)
    ? written.map((item: { id?: unknown }) => String(item?.id ?? ''))
    : [];
  return sections.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
});

/** Each Gatsby Benchmark, in order, with what the published programme does for it. */
export const getBenchmarkEvidence = once(async () => {
  const [benchmarks, lessons, activities, starters] = await Promise.all([
    getBenchmarks(),
    getLessons(),
    getActivities(),
    getStarters(),
  ]);
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
  const programme = {
    lessons: lessons.map((l) => ({ years: [l.data.year], benchmarks: ids(l.data.benchmarks) })),
    activities: activities.map((a) => ({
      years: a.data.years,
      benchmarks: ids(a.data.benchmarks),
    })),
    starters: starters.map((s) => ({ years: [s.data.year] })),
  };
  return benchmarks.map((benchmark) => ({
    benchmark,
    evidence: benchmarkEvidence(benchmark.id, programme),
  }));
});

/** The school's own Gatsby Benchmark self-assessment, if it publishes one. */
export const getGatsbyAssessment = once(
  async () => (await getCollection('gatsbyAssessment'))[0]?.data,
);
/** What was delivered, one record per school year, oldest first ("2026-27"). */
export const getDeliveryRecords = once(async () =>
  (await getCollection('delivery')).sort((a, b) => a.id.localeCompare(b.id)),
);

/**
 * The delivery record summaries report on (this school year's, else the latest), and each taught
 * year's planned programme beside what that record holds: nothing delivered when there is none.
 */
export const getCurrentDelivery = once(async () => {
  const [records, lessons, activities, starters, taught] = await Promise.all([
    getDeliveryRecords(),
    getLessons(),
    getActivities(),
    getStarters(),
    getYearsTaught(),
  ]);
  const record = currentRecord(records, new Date());
  const entries = record?.data.entries ?? [];
  return {
    record,
    entries,
    byYear: plannedVsDelivered(taught, { lessons, activities, starters }, entries),
  };
});

export const getSchool = once(async () => {
  const [school] = await getCollection('school');
  if (!school) throw new Error('content/school.yaml is missing.');
  return school.data;
});

/** The principle an outcome code belongs to ("5.4" → "5"). */
export const principleOf = (outcomeId: string): string => outcomeId.split('.')[0] ?? '';

/** Coverage of every outcome by the published lessons, activities and subject starters. */
export const getCoverage = once(async () => {
  const [outcomes, lessons, activities, starters] = await Promise.all([
    getOutcomes(),
    getLessons(),
    getActivities(),
    getStarters(),
  ]);
  return computeCoverage(
    outcomes.map((o) => ({ id: o.id, kind: o.data.kind })),
    lessons.map((l) => ({
      id: l.id,
      years: [l.data.year],
      outcomes: l.data.outcomes.map((r) => r.id),
    })),
    activities.map((a) => ({
      id: a.id,
      years: a.data.years,
      outcomes: a.data.outcomes.map((r) => r.id),
    })),
    starters.map((s) => ({
      id: s.id,
      years: [s.data.year],
      outcomes: s.data.outcomes.map((r) => r.id),
    })),
  );
});
