import { z } from 'astro/zod';
import { dateSchema, textSchema, yearSchema, type SchemaHelpers } from './common.ts';

/** What a readiness item measures: what pupils know, what they can do, or how they feel. */
export const readinessKindSchema = z.enum(['knowledge', 'skill', 'confidence']);

/** One item of a career-readiness check, built from an outcome statement. */
const readinessItemSchema = <R extends z.ZodType>(ref: R) =>
  z.object({
    /** The outcome statement it measures. */
    outcome: ref,
    /** Knowledge and skills items have a right answer or a task; confidence items a scale. */
    kind: readinessKindSchema,
    /** The question or task, as pupils read it. */
    question: textSchema,
    /** For knowledge and skills: what a good answer includes, for whoever marks it. */
    markingGuide: z.string().trim().default(''),
  });

/**
 * A short career-readiness check for one Key Stage, `content/readiness-checks/<id>.yaml`: taken at
 * the start and end of the Key Stage, and before and after a guidance interview, so a school can
 * see what pupils learned, not only what they think.
 */
export const readinessCheckSchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  z.object({
    /** The check's title, e.g. "Key Stage 3 career-readiness check". */
    title: textSchema,
    /** The year groups that take it. */
    years: z.array(yearSchema).min(1),
    /** One or two sentences for lists and search: who takes it and when. */
    summary: textSchema,
    /**
     * When this check is taken, how long it takes and anything particular to its key stage. The
     * page adds what every check shares: privacy, marking and comparing the two sittings.
     */
    instructions: textSchema,
    /** The items, 6 to 12: most measure knowledge and skills, a few confidence. */
    items: z
      .array(readinessItemSchema(h.ref('outcomes')))
      .min(6)
      .max(12),
    /** When it was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: dateSchema,
  });

export type ReadinessCheck = z.infer<
  ReturnType<typeof readinessCheckSchema<z.ZodString, z.ZodString>>
>;
