import type { OutcomeCoverage } from '../lib/coverage.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read-content.ts';
import { checkCoverage, coverageOf } from './rules/coverage.ts';
import { checkDanglingReferences } from './rules/dangling-references.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import { checkEntryIds } from './rules/entry-ids.ts';
import { checkLessonYearFolder } from './rules/lesson-year-folder.ts';
import { checkRoleModelConsent } from './rules/role-model-consent.ts';
import { checkSchoolReview } from './rules/school-review.ts';
import { checkTimedSteps } from './rules/timed-steps.ts';
import type { ContentSnapshot } from './snapshot.ts';

export type { Problem } from './problem.ts';

/** Everything the validator found. */
export interface ValidationResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  coverage: OutcomeCoverage[];
  /** How many entries each collection has. */
  counts: Record<string, number>;
}

/** Runs every rule over an already-read snapshot. */
export function validateSnapshot(snapshot: ContentSnapshot, today: Date): ValidationResult {
  const problems = [
    ...snapshot.readProblems,
    ...checkDuplicateIds(snapshot),
    ...checkEntryIds(snapshot),
    ...checkDanglingReferences(snapshot),
    ...checkLessonYearFolder(snapshot),
    ...checkTimedSteps(snapshot),
    ...checkRoleModelConsent(snapshot, today),
    ...checkSchoolReview(snapshot, today),
    ...checkCoverage(snapshot, today),
  ];
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    coverage: coverageOf(snapshot),
    counts: Object.fromEntries(
      Object.entries(snapshot.entries).map(([name, list]) => [name, list.length]),
    ),
  };
}

/** Reads the content under `root` and validates it. */
export function validateProject(root: string, today = new Date()): ValidationResult {
  return validateSnapshot(readContent(root), today);
}
