import type { ValidationResult } from './index.ts';
import type { Problem } from './problem.ts';

function formatProblem(p: Problem): string {
  const mark = p.severity === 'error' ? 'ERROR' : 'warning';
  return [`${mark}  ${p.file}  ›  ${p.field}`, `  ${p.message}`, `  Fix: ${p.fix}`].join('\n');
}

/** The readable report `npm run validate` and the build print. */
export function formatReport(result: ValidationResult): string {
  const covered = result.coverage.filter((c) => c.covered).length;
  const planned = result.problems.filter(
    (p) => p.rule === 'coverage-plan' && p.severity === 'warning',
  ).length;
  const lines = [
    ...result.problems.filter((p) => p.severity === 'error').map(formatProblem),
    ...result.problems.filter((p) => p.severity === 'warning').map(formatProblem),
    '',
    `Content: ${Object.entries(result.counts)
      .map(([name, n]) => `${n} ${name}`)
      .join(', ')}.`,
    'By year group:',
    ...result.byYear.map(
      ({ year, lessons, outcomes }) =>
        `  Year ${String(year).padEnd(2)}  ${String(lessons).padStart(3)} lesson${lessons === 1 ? ' ' : 's'}  ${String(outcomes.length).padStart(2)} outcomes`,
    ),
    `Coverage: ${result.coverage.length} outcomes — ${covered} covered, ${planned} planned, ${result.coverage.length - covered - planned} uncovered.`,
    result.errors === 0
      ? `Content is valid (${result.warnings} warning${result.warnings === 1 ? '' : 's'}).`
      : `${result.errors} error${result.errors === 1 ? '' : 's'} and ${result.warnings} warning${result.warnings === 1 ? '' : 's'}: fix the errors above, then run \`npm run validate\` again.`,
  ];
  return lines.join('\n').replace(/^\n/, '');
}

/** The machine-readable report for `npm run validate -- --json`. */
export function formatJson(result: ValidationResult): string {
  return JSON.stringify(
    {
      ok: result.errors === 0,
      errors: result.errors,
      warnings: result.warnings,
      counts: result.counts,
      byYear: result.byYear,
      coverage: result.coverage,
      problems: result.problems,
    },
    null,
    2,
  );
}
