import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/**
 * One section of the careers leader's toolkit, an item of the list in
 * `content/careers-leaders.yaml`: a practice the school runs and the resources for it. The
 * "For careers leaders" page shows the sections in the order written.
 */
export const toolkitSectionSchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  z.object({
    /** The practice, e.g. "Careers strategy and development plan". */
    title: textSchema,
    /** Why it matters and what the resources help the careers leader do, in two or three sentences. */
    summary: textSchema,
    /** Activities to run. */
    activities: z.array(h.ref('activities')).default([]),
    /** Staff CPD sessions. */
    cpd: z.array(h.ref('cpd')).default([]),
    /** Templates and staff sheets. */
    handouts: z.array(h.ref('handouts')).default([]),
    /** Career-readiness checks. */
    readinessChecks: z.array(h.ref('readinessChecks')).default([]),
    /** Pages of this site that serve the practice, by path, e.g. "governors-summary/". */
    pages: z
      .array(
        z.object({
          /** The link's words. */
          title: textSchema,
          /** The site path, without a leading slash, e.g. "entitlement-tracker.csv". */
          path: z
            .string()
            .regex(/^[a-z0-9][a-z0-9./-]*$/, 'Write a site path such as governors-summary/.'),
        }),
      )
      .default([]),
  });

export type ToolkitSection = z.infer<
  ReturnType<typeof toolkitSectionSchema<z.ZodString, z.ZodString>>
>;
