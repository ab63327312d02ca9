import { outcomesByYear, type OutcomeCoverage } from '../lib/coverage.ts';
import { allYears } from '../lib/format.ts';
import { collectionSources } from '../lib/collection-sources.ts';
import { yearsForSchool } from '../lib/school-years.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read-content.ts';
import { checkCoverage, coverageOf } from './rules/coverage.ts';
import { checkDanglingReferences } from './rules/dangling-references.ts';
import { checkDelivery } from './rules/delivery.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import { checkEntryIds } from './rules/entry-ids.ts';
import { checkFacts } from './rules/facts.ts';
import { checkGatsbyAssessment } from './rules/gatsby-assessment.ts';
import { checkImages } from './rules/images.ts';
import { checkFeedbackSurveys } from './rules/feedback-surveys.ts';
import { checkLessonYearFolder } from './rules/lesson-year-folder.ts';
import { checkPortraits } from './rules/portraits.ts';
import { checkPrintAndGo } from './rules/print-and-go.ts';
import { checkQuizzes } from './rules/quizzes.ts';
import { checkProviderAccess } from './rules/provider-access.ts';
import { checkRoleModelConsent } from './rules/role-model-consent.ts';
import { checkSafeLinks } from './rules/safe-links.ts';
import { checkSchoolReview } from './rules/school-review.ts';
import { checkSchoolColours } from './rules/school-colours.ts';
import { checkSchoolFiles } from './rules/school-files.ts';
import { checkSchoolText } from './rules/school-text.ts';
import { checkStatutoryOutcomes } from './rules/statutory-outcomes.ts';
import { checkSubjects } from './rules/subjects.ts';
import { checkSvgSafety } from './rules/svg-safety.ts';
import { checkTemplatePlaceholders } from './rules/template-placeholders.ts';
import { checkTimedSteps } from './rules/timed-steps.ts';
import { checkUnreadFiles } from './rules/unread-files.ts';
import type { ContentSnapshot } from './snapshot.ts';

export type { Problem } from './problem.ts';

/** Everything the validator found. */
export interface ValidationResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  coverage: OutcomeCoverage[];
  /** For each year group: its lessons and the outcomes it covers. */
  byYear: { year: number; lessons: number; outcomes: string[] }[];
  /** How many entries each collection has. */
  counts: Record<string, number>;
}

/**
 * The 45 outcome statements are the 2009 guidance's for young people of 11 to 19, so a primary
 * school's programme is not held to covering them all. Nor is coverage judged while a lesson or
 * activity cannot be read: its own error comes first, and the gaps it leaves would be false.
 */
const checksOutcomeCoverage = ({ school, readProblems }: ContentSnapshot) =>
  (!school || yearsForSchool(school).some((year) => year >= 7)) &&
  !readProblems.some(
    (p) =>
      p.severity === 'error' &&
      (p.file.startsWith('lessons/') || p.file.startsWith(collectionSources.activities.path)),
  );

/** Runs every rule over an already-read snapshot. */
export function validateSnapshot(snapshot: ContentSnapshot, today: Date): ValidationResult {
  const problems = [
    ...snapshot.readProblems,
    ...checkUnreadFiles(snapshot),
    ...checkStatutoryOutcomes(snapshot),
    ...checkDuplicateIds(snapshot),
    ...checkEntryIds(snapshot),
    ...checkDanglingReferences(snapshot),
    ...checkLessonYearFolder(snapshot),
    ...checkTimedSteps(snapshot),
    ...checkQuizzes(snapshot),
    ...checkRoleModelConsent(snapshot, today),
    ...checkSchoolReview(snapshot, today),
    ...checkSchoolColours(snapshot),
    ...checkSchoolFiles(snapshot),
    ...checkSchoolText(snapshot),
    ...checkProviderAccess(snapshot),
    ...checkFeedbackSurveys(snapshot),
    ...checkPortraits(snapshot),
    ...checkSvgSafety(snapshot),
    ...checkSafeLinks(snapshot),
    ...checkFacts(snapshot, today),
    ...checkPrintAndGo(snapshot),
    ...checkTemplatePlaceholders(snapshot),
    ...checkGatsbyAssessment(snapshot, today),
    ...checkDelivery(snapshot, today),
    ...checkSubjects(snapshot),
    ...(checksOutcomeCoverage(snapshot) ? checkCoverage(snapshot, today) : []),
  ];
  const coverage = coverageOf(snapshot);
  const years = snapshot.school ? yearsForSchool(snapshot.school) : [...allYears];
  const byYear = outcomesByYear(coverage, years).map(({ year, outcomes }) => ({
    year,
    lessons: snapshot.entries.lessons.filter((l) => l.data.year === year).length,
    outcomes,
  }));
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    coverage,
    byYear,
    counts: Object.fromEntries(
      Object.entries(snapshot.entries).map(([name, list]) => [name, list.length]),
    ),
  };
}

/** Reads the content under `root` and validates it. */
export function validateProject(root: string, today = new Date()): ValidationResult {
  return validateSnapshot(readContent(root), today);
}

/**
 * Every rule, including those that open files to check them (images, with the library the build
 * uses): what `npm run validate`, the build and the dev server run.
 */
export async function validateSnapshotFully(
  snapshot: ContentSnapshot,
  today: Date,
): Promise<ValidationResult> {
  const result = validateSnapshot(snapshot, today);
  const problems = [...result.problems, ...(await checkImages(snapshot))];
  return {
    ...result,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
