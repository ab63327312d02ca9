import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A real person's profile is published only with recorded consent and a review date that holds. */
export function checkRoleModelConsent({ entries }: ContentSnapshot, today: Date): Problem[] {
  return entries.roleModels.flatMap((profile) => {
    if (profile.data.kind !== 'real') return [];
    const { reviewDate } = profile.data;
    const problems = [];
    if (!profile.data.consent) {
      problems.push(
        error({
          rule: 'role-model-consent',
          file: profile.file,
          field: 'consent',
          message: 'This profile is of a real person but has no consent record.',
          fix: 'Add `consent:` with `date:` and `recordHeldBy:`, or set `kind: illustrative` if the person is invented.',
        }),
      );
    }
    if (!reviewDate) {
      problems.push(
        error({
          rule: 'role-model-consent',
          file: profile.file,
          field: 'reviewDate',
          message: 'This profile is of a real person but has no review date.',
          fix: 'Add `reviewDate: YYYY-MM-DD`, the date you will check the profile with them again.',
        }),
      );
    } else if (reviewDate < today) {
      problems.push(
        error({
          rule: 'role-model-consent',
          file: profile.file,
          field: 'reviewDate',
          message: 'The date to check this profile with the person has passed.',
          fix: 'Check the profile with them, then set a new `reviewDate`; or remove the file.',
        }),
      );
    } else if (reviewDate.getTime() - today.getTime() < 60 * DAY) {
      problems.push(
        warning({
          rule: 'role-model-consent',
          file: profile.file,
          field: 'reviewDate',
          message: 'This profile is due to be checked with the person within 60 days.',
          fix: 'Arrange to check the profile with them and then set a new `reviewDate`.',
        }),
      );
    }
    return problems;
  });
}
