import { compareOutcomeCodes, computeCoverage, type OutcomeCoverage } from '../../lib/coverage.ts';
import { coveragePlanFile } from '../../lib/collection-sources.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Coverage of every outcome by the content in the snapshot. */
export function coverageOf({ entries }: ContentSnapshot): OutcomeCoverage[] {
  const outcomes = entries.outcomes
    .map((o) => ({ id: o.id, kind: o.data.kind }))
    .sort((a, b) => compareOutcomeCodes(a.id, b.id));
  const lessons = entries.lessons.map((l) => ({
    id: l.id,
    years: [l.data.year],
    outcomes: l.data.outcomes,
  }));
  const activities = entries.activities.map((a) => ({
    id: a.id,
    years: a.data.years,
    outcomes: a.data.outcomes,
  }));
  const starters = entries.starters.map((s) => ({
    id: s.id,
    years: [s.data.year],
    outcomes: s.data.outcomes,
  }));
  return computeCoverage(outcomes, lessons, activities, starters);
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Names outcomes by code and statement, so a message says what the outcome asks without a trip
 * to its file: `1.1 ("are able to investigate opportunities for learning and work on their own")`.
 */
function outcomeNamer({ entries }: ContentSnapshot): (id: string) => string {
  const statements = new Map(entries.outcomes.map((o) => [o.id, o.data.statement.trim()]));
  return (id) => {
    const statement = statements.get(id);
    return statement ? `${id} ("${statement}")` : id;
  };
}

/**
 * Every outcome must be covered: learning outcomes by a lesson, feedback outcomes by a lesson or
 * activity. The coverage plan is the only way to leave one uncovered, and only until its date.
 */
export function checkCoverage(snapshot: ContentSnapshot, today: Date): Problem[] {
  const coverage = new Map(coverageOf(snapshot).map((c) => [c.id, c]));
  const named = outcomeNamer(snapshot);
  const problems: Problem[] = [];
  const planned = new Set<string>();
  snapshot.coveragePlan.planned.forEach((entry, i) => {
    const field = `planned[${i}]`;
    const outcome = coverage.get(entry.outcome);
    planned.add(entry.outcome);
    if (!outcome) {
      problems.push(
        error({
          rule: 'coverage-plan',
          file: coveragePlanFile,
          field: `${field}.outcome`,
          message: `There is no outcome "${entry.outcome}".`,
          fix: 'Use a code from content/outcomes/, in quotes, e.g. "3.5".',
        }),
      );
    } else if (outcome.covered) {
      problems.push(
        error({
          rule: 'coverage-plan',
          file: coveragePlanFile,
          field,
          message: `Outcome ${named(entry.outcome)} is planned but already covered (by ${[...outcome.lessons, ...outcome.activities, ...outcome.starters].join(', ')}).`,
          fix: 'Delete this entry from the coverage plan.',
        }),
      );
    } else if (entry.targetDate < today) {
      problems.push(
        error({
          rule: 'coverage-plan',
          file: coveragePlanFile,
          field: `${field}.targetDate`,
          message: `Outcome ${named(entry.outcome)} was due to be covered by ${isoDate(entry.targetDate)}, and still is not.`,
          fix: `Add a lesson${outcome.kind === 'feedback' ? ' or activity' : ''} that lists "${entry.outcome}" in its \`outcomes\`, or set a new target date.`,
        }),
      );
    } else {
      problems.push(
        warning({
          rule: 'coverage-plan',
          file: coveragePlanFile,
          field,
          message: `Outcome ${named(entry.outcome)} is not covered yet; planned by ${isoDate(entry.targetDate)} (${entry.reason}).`,
          fix: `Add a lesson that lists "${entry.outcome}" in its \`outcomes\` before then.`,
        }),
      );
    }
  });
  for (const outcome of coverage.values()) {
    if (outcome.covered || planned.has(outcome.id)) continue;
    const others = [...outcome.activities, ...outcome.starters];
    const otherKinds =
      outcome.starters.length === 0
        ? 'activities'
        : outcome.activities.length === 0
          ? 'subject starters'
          : 'activities and subject starters';
    problems.push(
      error({
        rule: 'coverage',
        file: `content/outcomes/${outcome.id}.yaml`,
        field: '(coverage)',
        message:
          others.length > 0
            ? `Outcome ${named(outcome.id)} is a learning outcome but only ${otherKinds} cover it (${others.join(', ')}); it needs a lesson.`
            : `No ${outcome.kind === 'feedback' ? 'lesson or activity' : 'lesson'} covers outcome ${named(outcome.id)}.`,
        fix: `Add "${outcome.id}" to the \`outcomes\` of a lesson that teaches it, or list it in ${coveragePlanFile} with a reason and a target date.`,
      }),
    );
  }
  return problems;
}
