/** "autumn" → "Autumn". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "tutor-time" → "Tutor time"; "careers-fair" → "Careers fair". */
export const labelFromSlug = (slug: string): string => capitalise(slug.replace(/-/g, ' '));

/** The order terms run in, for sorting. */
export const termOrder = { autumn: 0, spring: 1, summer: 2 } as const;

/** Year groups in the order pages list them. */
export const allYears = [5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

// One formatter for the whole build: toLocaleDateString makes a new one per call, which cost
// half a second across a thousand lesson pages.
const ukDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as teachers in England write it: 23 November 2026. */
export const formatDate = (date: Date): string => ukDate.format(date);

/** "Years 8–13" or "Year 9", for a list of years. */
export function formatYears(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (sorted.length === 1) return `Year ${first}`;
  const contiguous = last - first === sorted.length - 1;
  return contiguous ? `Years ${first}–${last}` : `Years ${sorted.join(', ')}`;
}

/** The line at the top of every printed pupil sheet (handouts and quizzes). */
export const nameAndDateLine = 'Name: ______________________ Date: ____________';
