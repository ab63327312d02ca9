import { gatsbyAssessmentFile } from '../../lib/collection-sources.ts';
import { formatDate } from '../../lib/format.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** The eight Gatsby Benchmarks, by id: the self-assessment scores each one once. */
export const benchmarkIds = ['gb1', 'gb2', 'gb3', 'gb4', 'gb5', 'gb6', 'gb7', 'gb8'] as const;

const rule = 'gatsby-assessment';
const file = gatsbyAssessmentFile;

/** The day a year before `day`: 2026-12-05 → 2025-12-05 (29 February → 1 March). */
const yearBefore = (day: Date) =>
  new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate()));

/** The date must be a real past day, and an old assessment no longer says where the school stands. */
function dateProblems(assessed: Date, today: Date): Problem[] {
  if (assessed > today) {
    return [
      error({
        rule,
        file,
        field: 'assessed',
        message: `The self-assessment is dated ${formatDate(assessed)}, which is after today: it can only be dated the day it was made.`,
        fix: 'Change `assessed` to the day the self-assessment was made, e.g. `assessed: 2026-10-15`.',
      }),
    ];
  }
  if (assessed < yearBefore(today)) {
    return [
      warning({
        rule,
        file,
        field: 'assessed',
        message: `The self-assessment is dated ${formatDate(assessed)}, more than a year ago, so the careers programme page may not show where the school stands now.`,
        fix: 'Make a new self-assessment, then update the scores, evidence and next steps, and set `assessed` to its date.',
      }),
    ];
  }
  return [];
}

/**
 * The school's Gatsby Benchmark self-assessment scores each of the eight benchmarks exactly once
 * (scores 0 to 100 are the schema's), and is dated no later than today and no more than a year ago.
 */
export function checkGatsbyAssessment(
  { gatsbyAssessment, entries }: ContentSnapshot,
  today: Date,
): Problem[] {
  if (!gatsbyAssessment) return [];
  const titles = new Map(entries.gatsby.map((b) => [b.id, b.data.title2025]));
  const named = (id: string) => (titles.has(id) ? `${id} (${titles.get(id)})` : id);
  const problems: Problem[] = [];
  const firstAt = new Map<string, number>();
  gatsbyAssessment.benchmarks.forEach(({ benchmark }, i) => {
    const field = `benchmarks[${i}].benchmark`;
    if (!(benchmarkIds as readonly string[]).includes(benchmark)) {
      problems.push(
        error({
          rule,
          file,
          field,
          message: `There is no Gatsby Benchmark "${benchmark}".`,
          fix: 'Use the benchmark’s id, gb1 to gb8, e.g. `benchmark: gb3`.',
        }),
      );
      return;
    }
    const first = firstAt.get(benchmark);
    if (first === undefined) {
      firstAt.set(benchmark, i);
      return;
    }
    problems.push(
      error({
        rule,
        file,
        field,
        message: `Benchmark ${named(benchmark)} is scored twice: here and in benchmarks[${first}].`,
        fix: `Keep one item for ${benchmark} with its current score, and delete the other.`,
      }),
    );
  });
  for (const id of benchmarkIds) {
    if (firstAt.has(id)) continue;
    problems.push(
      error({
        rule,
        file,
        field: 'benchmarks',
        message: `Benchmark ${named(id)} is missing: the self-assessment gives each of the eight benchmarks a score.`,
        fix: `Add an item under \`benchmarks:\` with \`benchmark: ${id}\`, its \`score\` (0 to 100), \`evidence\` and \`nextStep\`.`,
      }),
    );
  }
  return [...problems, ...dateProblems(gatsbyAssessment.assessed, today)];
}
