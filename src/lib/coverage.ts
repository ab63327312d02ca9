import type { OutcomeKind } from '../schemas/outcome.ts';

/** The least the coverage calculation needs to know about an outcome. */
export interface CoverageOutcome {
  id: string;
  kind: OutcomeKind;
}

/** The least it needs about a lesson or activity: which years it reaches and which outcomes it covers. */
export interface CoverageItem {
  id: string;
  years: readonly number[];
  outcomes: readonly string[];
}

/** How one outcome is covered across the programme. */
export interface OutcomeCoverage {
  id: string;
  kind: OutcomeKind;
  lessons: string[];
  activities: string[];
  /** Subject starters that touch it; they count as activities do. */
  starters: string[];
  /** Year groups that meet the outcome, in order. */
  years: number[];
  /** Met as the rule asks: learning outcomes by a lesson, feedback outcomes by a lesson or activity. */
  covered: boolean;
}

/**
 * Works out, for each outcome, what covers it and whether that is enough. Subject starters count
 * as activities do: ten minutes at the start of a maths lesson can meet a feedback outcome, but
 * a learning outcome still needs a careers lesson.
 */
export function computeCoverage(
  outcomes: readonly CoverageOutcome[],
  lessons: readonly CoverageItem[],
  activities: readonly CoverageItem[],
  starters: readonly CoverageItem[] = [],
): OutcomeCoverage[] {
  return outcomes.map(({ id, kind }) => {
    const covering = (items: readonly CoverageItem[]) =>
      items.filter((item) => item.outcomes.includes(id));
    const [byLesson, byActivity, byStarter] = [
      covering(lessons),
      covering(activities),
      covering(starters),
    ];
    const years = [
      ...new Set([...byLesson, ...byActivity, ...byStarter].flatMap((item) => item.years)),
    ].sort((a, b) => a - b);
    const covered =
      byLesson.length > 0 || (kind === 'feedback' && byActivity.length + byStarter.length > 0);
    return {
      id,
      kind,
      lessons: byLesson.map((l) => l.id),
      activities: byActivity.map((a) => a.id),
      starters: byStarter.map((s) => s.id),
      years,
      covered,
    };
  });
}

/** The outcomes the programme does not yet cover well enough. */
export function findUncoveredOutcomes(coverage: readonly OutcomeCoverage[]): OutcomeCoverage[] {
  return coverage.filter((c) => !c.covered);
}

/** Sorts outcome codes as numbers ("1.10" after "1.9"). */
export function compareOutcomeCodes(a: string, b: string): number {
  const [pa = 0, na = 0] = a.split('.').map(Number);
  const [pb = 0, nb = 0] = b.split('.').map(Number);
  return pa - pb || na - nb;
}

/** For each year group, the outcomes its lessons and activities cover. */
export function outcomesByYear(coverage: readonly OutcomeCoverage[], years: readonly number[]) {
  return years.map((year) => ({
    year,
    outcomes: coverage.filter((c) => c.years.includes(year)).map((c) => c.id),
  }));
}
