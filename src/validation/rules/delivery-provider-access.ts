import { academicYearOf, termEnd } from '../../lib/academic-year.ts';
import { termOrder } from '../../lib/format.ts';
import { yearsForSchool } from '../../lib/school-years.ts';
import type { Term } from '../../schemas/common.ts';
import { warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The last of the terms an activity is planned in: autumn, then spring, then summer. */
const lastTerm = (terms: readonly Term[]): Term | undefined =>
  [...terms].sort((a, b) => termOrder[a] - termOrder[b]).pop();

/**
 * Provider encounters are a legal entitlement, so once the current school year's delivery record
 * exists, each year group's encounters (activities with `providerAccess: true`) should be in it
 * once the term they were planned for has ended. Kept simple on purpose: an encounter planned in
 * several terms is due by the end of the last of them; a term ends on the last day of December,
 * March or August (`termEnd`), whatever the school's own dates; any entry for the activity and
 * year group counts. Only a warning: the record may simply not be up to date yet.
 */
export function checkDeliveredProviderAccess(
  { school, entries, delivery }: ContentSnapshot,
  today: Date,
): Problem[] {
  if (!school || school.phase === 'primary') return [];
  const current = academicYearOf(today);
  const found = delivery.find((d) => d.academicYear?.start === current.start);
  if (!found?.record) return [];
  const taught = yearsForSchool(school);
  const recorded = new Set(found.record.entries.map((e) => `${e.activity ?? ''}|${e.year}`));
  return entries.activities
    .filter((activity) => activity.data.providerAccess)
    .flatMap((activity) => {
      const term = lastTerm(activity.data.terms);
      // The term's last day is still part of it: it has ended from the next day.
      if (!term || today.getTime() < termEnd(current, term).getTime() + DAY) return [];
      return activity.data.years
        .filter((year) => taught.includes(year) && !recorded.has(`${activity.id}|${year}`))
        .map((year) =>
          warning({
            rule: 'delivered-provider-access',
            file: found.file,
            field: 'entries',
            message: `Year ${year}’s provider encounter "${activity.data.title}" was planned for the ${term} term, which has ended, but this record does not show it delivered. Pupils are entitled to these encounters under the Provider Access Legislation.`,
            fix: `If it took place, add an entry under \`entries:\` with \`activity: ${activity.id}\`, \`year: ${year}\`, its date or half term and how many took part. If it has not, arrange it soon and record it when it has.`,
          }),
        );
    });
}
