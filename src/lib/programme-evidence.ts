import { academicYearOf } from './academic-year.ts';
import { deliveredItem, type DeliveredEntry } from './delivery.ts';

/** A lesson or activity as the benchmark evidence needs it: its years and benchmark ids. */
export interface BenchmarkedItem {
  years: readonly number[];
  benchmarks: readonly string[];
}

/** What the programme itself does for one Gatsby Benchmark. */
export interface BenchmarkEvidence {
  lessons: number;
  activities: number;
  starters: number;
  /** The year groups reached, in order. */
  years: number[];
}

/** Gatsby Benchmark 4 (linking curriculum learning to careers), which every subject starter serves. */
export const SUBJECT_STARTER_BENCHMARK = 'gb4';

/**
 * For one benchmark, how many lessons, activities and subject starters address it and for which
 * year groups: what Horizons can show beside the school's own self-assessment score.
 */
export function benchmarkEvidence(
  benchmarkId: string,
  programme: {
    lessons: readonly BenchmarkedItem[];
    activities: readonly BenchmarkedItem[];
    starters: readonly { years: readonly number[] }[];
  },
): BenchmarkEvidence {
  const addressing = (items: readonly BenchmarkedItem[]) =>
    items.filter((item) => item.benchmarks.includes(benchmarkId));
  const lessons = addressing(programme.lessons);
  const activities = addressing(programme.activities);
  const starters = benchmarkId === SUBJECT_STARTER_BENCHMARK ? programme.starters : [];
  const years = [...new Set([...lessons, ...activities, ...starters].flatMap((i) => i.years))];
  return {
    lessons: lessons.length,
    activities: activities.length,
    starters: starters.length,
    years: years.sort((a, b) => a - b),
  };
}

/** "6 lessons, 2 activities and 3 subject starters", leaving out what is none. */
export function evidenceCounts({ lessons, activities, starters }: BenchmarkEvidence): string {
  const parts = [
    [lessons, 'lesson'],
    [activities, 'activity'],
    [starters, 'subject starter'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, noun]) => `${n} ${n === 1 ? noun : noun === 'activity' ? 'activities' : `${noun}s`}`);
  if (parts.length === 0) return 'Nothing in the programme yet';
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The delivery record a summary reports on: this school year's if there is one, else the latest. */
export function currentRecord<R extends { id: string }>(records: readonly R[], today: Date) {
  const current = academicYearOf(today).label;
  return (
    records.find((r) => r.id === current) ??
    [...records].sort((a, b) => a.id.localeCompare(b.id)).at(-1)
  );
}

/** A Provider Access Legislation phase: its label and year groups. */
interface Phase {
  label: string;
  years: readonly number[];
}

/** An activity as the provider-access count needs it. */
interface Encounter {
  id: string;
  data: { title: string; years: readonly number[]; providerAccess: boolean };
}

/** Each phase's provider encounters: how many the law asks for, are planned and are recorded. */
export interface PhaseEncounters {
  label: string;
  required: number;
  planned: string[];
  delivered: string[];
}

/** The law asks for at least two provider encounters in each phase a school teaches. */
export const ENCOUNTERS_PER_PHASE = 2;

/**
 * For each phase (Years 8–9, 10–11, 12–13), the provider encounters planned for its year groups
 * and those the delivery entries record for any of them, each counted once however many groups
 * took part.
 */
export function providerEncounters(
  phases: readonly Phase[],
  activities: readonly Encounter[],
  entries: readonly DeliveredEntry[],
): PhaseEncounters[] {
  const encounters = activities.filter((a) => a.data.providerAccess);
  return phases.map(({ label, years }) => {
    const planned = encounters.filter((a) => a.data.years.some((y) => years.includes(y)));
    const delivered = planned.filter((a) =>
      entries.some((e) => {
        const item = deliveredItem(e);
        return item.kind === 'activity' && item.id === a.id && years.includes(e.year);
      }),
    );
    return {
      label,
      required: ENCOUNTERS_PER_PHASE,
      planned: planned.map((a) => a.data.title),
      delivered: delivered.map((a) => a.data.title),
    };
  });
}
