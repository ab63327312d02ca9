import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/** A staff CPD session plan, one MDX file in `content/cpd/`. Id: the file name. */
export const cpdSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The session's title. */
    title: textSchema,
    /** Who it is for, e.g. "All teaching staff" or "Form tutors". */
    audience: textSchema,
    /** Length in minutes, 30 to 90; the agenda's minutes must add up to this. */
    duration: z.number().int().min(30).max(90),
    /** One or two sentences for lists and search results. */
    summary: textSchema,
    /** The Principles it develops. */
    principles: z.array(h.ref('principles')).min(1),
    /** Case studies the session uses; their reflection questions are discussed in the session. */
    caseStudies: z.array(h.ref('caseStudies')).default([]),
    /** Staff handouts to print for the session (content/handouts, kind `staff-sheet`). */
    handouts: z.array(h.ref('handouts')).default([]),
    /** What staff will be able to do afterwards. */
    objectives: z.array(textSchema).min(1),
    /** The timed agenda. */
    agenda: z
      .array(
        z.object({ title: textSchema, minutes: z.number().int().positive(), detail: textSchema }),
      )
      .min(1),
    /** Questions for discussion. */
    prompts: z.array(textSchema).default([]),
    /** What staff do after the session. */
    followUp: z.array(textSchema).default([]),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
  });

export type CpdSession = z.infer<ReturnType<typeof cpdSchema<z.ZodString, z.ZodString>>>;
