import { z } from 'astro/zod';

/** Every collection Horizons defines, by the name used in `reference()`. */
export type CollectionName =
  | 'principles'
  | 'outcomes'
  | 'lessons'
  | 'handouts'
  | 'activities'
  | 'caseStudies'
  | 'roleModels'
  | 'cpd'
  | 'gatsby'
  | 'cdi'
  | 'facts'
  | 'subjects'
  | 'starters'
  | 'readinessChecks'
  | 'toolkit'
  | 'school'
  | 'years';

/**
 * What a schema factory needs from its caller. Astro passes `reference()` and its `image()`
 * helper; the standalone validator passes plain string schemas, so one definition serves both.
 */
export interface SchemaHelpers<R extends z.ZodType = z.ZodType, I extends z.ZodType = z.ZodType> {
  /** Builds the schema for a reference to an entry of another collection. */
  ref: (collection: CollectionName) => R;
  /** Builds the schema for a local image path (Astro's `image()` in the site). */
  image: () => I;
}

/** The helpers' types outside Astro, where references and images are plain strings. */
export type PlainHelpers = SchemaHelpers<z.ZodString, z.ZodString>;

/** Helpers for code outside Astro: references and images are plain strings. */
export const plainHelpers: PlainHelpers = {
  ref: () => z.string().min(1),
  image: () => z.string().min(1),
};

/** Year groups Horizons covers, from Year 5 (primary) to Year 13. */
export const yearSchema = z.number().int().min(5).max(13);

/** The three school terms a lesson or activity can sit in. */
export const termSchema = z.enum(['autumn', 'spring', 'summer']);

/** The half of a term: 1 before the half-term holiday, 2 after it. */
export const halfTermSchema = z.union([z.literal(1), z.literal(2)]);

/** How a date must be written, said to the person who wrote it another way. */
const writeDatesAs = 'write the date as YYYY-MM-DD, e.g. 2027-07-15';

/**
 * The day `text` names if it is a real calendar date written YYYY-MM-DD, else undefined. Only
 * this one order is accepted because "1/2/2027" is 1 February to a school and 2 January to a
 * computer.
 */
export function calendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2027-02-30 over into March: a real date comes back exactly as written.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** Says what is wrong with something written where a date should be. */
function dateProblem(input: unknown): string {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.trim()))
    return `${input.trim()} is not a day on the calendar: ${writeDatesAs}.`;
  const written = typeof input === 'string' || typeof input === 'number';
  return written ? `${writeDatesAs}, not ${JSON.stringify(input)}.` : `${writeDatesAs}.`;
}

/**
 * A calendar date written as YYYY-MM-DD. Astro's YAML reader has already turned an unquoted
 * YYYY-MM-DD into a Date, which is accepted as it is; any other way of writing a date is refused
 * rather than guessed at.
 */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (calendarDate(value) ?? value) : value),
  z.date({ error: (issue) => (issue.input === undefined ? undefined : dateProblem(issue.input)) }),
);

/** Non-empty text: an empty string is as unhelpful to a teacher as a missing one. */
export const textSchema = z.string().trim().min(1);

export type Year = z.infer<typeof yearSchema>;
export type Term = z.infer<typeof termSchema>;
export type HalfTerm = z.infer<typeof halfTermSchema>;
