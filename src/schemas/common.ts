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

/** A calendar date written as YYYY-MM-DD; YAML may already have turned it into a Date. */
export const dateSchema = z.coerce.date();

/** Non-empty text: an empty string is as unhelpful to a teacher as a missing one. */
export const textSchema = z.string().trim().min(1);

export type Year = z.infer<typeof yearSchema>;
export type Term = z.infer<typeof termSchema>;
export type HalfTerm = z.infer<typeof halfTermSchema>;
