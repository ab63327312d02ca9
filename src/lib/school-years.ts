import type { School } from '../schemas/school.ts';

/** The year groups a school teaches, from its phase and whether it has a sixth form. */
export function yearsForSchool({
  phase,
  sixthForm,
}: Pick<School, 'phase' | 'sixthForm'>): number[] {
  const sixth = sixthForm ? [12, 13] : [];
  if (phase === 'primary') return [5, 6];
  if (phase === 'all-through') return [5, 6, 7, 8, 9, 10, 11, ...sixth];
  return [7, 8, 9, 10, 11, ...sixth];
}

/**
 * Whether an entry written for `entryYears` belongs on the site of a school teaching `taught`.
 * An entry for no year group in particular (a staff sheet, a whole-school activity) always does.
 */
export const forYearsTaught = (entryYears: readonly number[], taught: readonly number[]): boolean =>
  entryYears.length === 0 || entryYears.some((year) => taught.includes(year));

/** The year groups each collection's entry is written for, by collection. */
export const entryYears = {
  lessons: (data: { year: number }) => [data.year],
  activities: (data: { years: readonly number[] }) => data.years,
  handouts: (data: { years: readonly number[] }) => data.years,
  starters: (data: { year: number }) => [data.year],
};

/** The Provider Access Legislation's phases a school must plan encounters for. */
export function providerAccessPhases(school: Pick<School, 'phase' | 'sixthForm'>) {
  const years = yearsForSchool(school);
  return [
    { label: 'Years 8 and 9', years: [8, 9] },
    { label: 'Years 10 and 11', years: [10, 11] },
    { label: 'Years 12 and 13', years: [12, 13] },
  ].filter((phase) => phase.years.every((y) => years.includes(y)));
}
