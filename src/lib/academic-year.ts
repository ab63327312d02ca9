import type { Term } from '../schemas/common.ts';

/** A school year in England, 1 September to 31 August, named by the calendar year it starts in. */
export interface AcademicYear {
  /** The calendar year it starts in: 2026 for 2026-27. */
  start: number;
  /** How schools write it, and how a delivery record's file is named: "2026-27". */
  label: string;
}

/** The school year that starts in September of `start`. */
export const academicYear = (start: number): AcademicYear => ({
  start,
  label: `${start}-${String((start + 1) % 100).padStart(2, '0')}`,
});

/** The school year a day falls in: September to December belong to the year starting then. */
export function academicYearOf(day: Date): AcademicYear {
  const year = day.getUTCFullYear();
  return academicYear(day.getUTCMonth() >= 8 ? year : year - 1);
}

/**
 * The school year a name such as "2026-27" gives, or undefined if it is not one: the second part
 * must be the two digits of the year after the first, so "2026-28" is two years, not one.
 */
export function parseAcademicYear(name: string): AcademicYear | undefined {
  const match = /^(20\d\d)-(\d\d)$/.exec(name);
  if (!match) return undefined;
  const year = academicYear(Number(match[1]));
  return year.label === name ? year : undefined;
}

/** The first and last days of a school year, at midnight UTC as dates in content are read. */
export const academicYearBounds = ({ start }: AcademicYear) => ({
  first: new Date(Date.UTC(start, 8, 1)),
  last: new Date(Date.UTC(start + 1, 7, 31)),
});

/** Whether `day` falls inside the school year. */
export function inAcademicYear(day: Date, year: AcademicYear): boolean {
  const { first, last } = academicYearBounds(year);
  return day >= first && day <= last;
}

/**
 * The last day of a term in a school year. Term dates differ between schools and years, so each
 * term is taken to run to the end of a month that every school's term has finished by: autumn to
 * 31 December, spring to 31 March, summer to 31 August. A check that waits for these dates never
 * says something is late before a school's own term has ended.
 */
export function termEnd({ start }: AcademicYear, term: Term): Date {
  if (term === 'autumn') return new Date(Date.UTC(start, 11, 31));
  if (term === 'spring') return new Date(Date.UTC(start + 1, 2, 31));
  return new Date(Date.UTC(start + 1, 7, 31));
}
