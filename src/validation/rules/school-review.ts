import { schoolFile } from '../../lib/collection-sources.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Published careers information must be reviewed; a lapsed date means the page may be out of date. */
export function checkSchoolReview({ school }: ContentSnapshot, today: Date): Problem[] {
  if (!school) return [];
  const due = school.nextReview;
  const field = 'nextReview';
  if (due < today) {
    return [
      error({
        rule: 'school-review',
        file: schoolFile,
        field,
        message: 'The date for reviewing your published careers information has passed.',
        fix: 'Review the programme, then set `nextReview` to the date of the next review.',
      }),
    ];
  }
  if (due.getTime() - today.getTime() < 60 * DAY) {
    return [
      warning({
        rule: 'school-review',
        file: schoolFile,
        field,
        message: 'Your published careers information is due for review within 60 days.',
        fix: 'Plan the review, then move `nextReview` on.',
      }),
    ];
  }
  return [];
}
