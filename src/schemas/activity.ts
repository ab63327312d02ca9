import { z } from 'astro/zod';
import { dateSchema, termSchema, textSchema, yearSchema, type SchemaHelpers } from './common.ts';

/** The kinds of whole-school careers activity. */
export const activityTypeSchema = z.enum([
  'assembly',
  'careers-fair',
  'employer-encounter',
  'provider-encounter',
  'workplace-experience',
  'personal-guidance',
  'parents-and-carers',
  'survey',
  'destinations-tracking',
  'enrichment',
  'higher-education-encounter',
  'targeted-support',
  'transition',
  'leadership',
]);

/** A whole-school activity, one MDX file in `content/activities/`. Id: the file name. */
export const activitySchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The activity's name. */
    title: textSchema,
    /** One or two sentences for lists and search results. */
    summary: textSchema,
    /** The year groups that take part. */
    years: z.array(yearSchema).min(1),
    /** What kind of activity it is. */
    type: activityTypeSchema,
    /** The terms it usually runs in. */
    terms: z.array(termSchema).default([]),
    /** The outcome statements it covers. */
    outcomes: z.array(h.ref('outcomes')).min(1),
    /** Gatsby Benchmarks it contributes to. */
    benchmarks: z.array(h.ref('gatsby')).default([]),
    /** CDI learning areas it develops. */
    cdiAreas: z.array(h.ref('cdi')).default([]),
    /** Whether it counts as a provider encounter under the Provider Access Legislation. */
    providerAccess: z.boolean().default(false),
    /** When and for how long it runs, in plain words. */
    when: textSchema,
    /** Who leads it and who else is involved. */
    staffing: textSchema,
    /** How the school finds out whether it worked. */
    evaluation: textSchema,
    /** Templates and sheets to print or adapt for it (`content/handouts/`), listed on its page. */
    handouts: z.array(h.ref('handouts')).default([]),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
    /** When it was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: dateSchema,
  });

export type Activity = z.infer<ReturnType<typeof activitySchema<z.ZodString, z.ZodString>>>;
export type ActivityType = z.infer<typeof activityTypeSchema>;
