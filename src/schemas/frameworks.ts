import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/** A Gatsby Benchmark, in its 2014 wording and the 2025 update. Id: "gb1"…"gb8". */
export const gatsbySchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The benchmark's number, 1 to 8. */
    number: z.number().int().min(1).max(8),
    /** Its title as published in 2014. */
    title2014: textSchema,
    /** Its title in the updated benchmarks (2025). */
    title2025: textSchema,
    /** Our own summary of what a school does to meet it. */
    summary: textSchema,
    /** Our own note on what changed in the update; empty when we make no claim. */
    changes2025: z.string().default(''),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
  });

/** A learning area of the CDI Career Development Framework. Id: a slug, e.g. "explore-possibilities". */
export const cdiAreaSchema = () =>
  z.object({
    /** The learning area's name, e.g. "Explore possibilities". */
    title: textSchema,
    /** Our own summary of what pupils learn in this area. */
    summary: textSchema,
  });

export type GatsbyBenchmark = z.infer<ReturnType<typeof gatsbySchema<z.ZodString, z.ZodString>>>;
export type CdiArea = z.infer<ReturnType<typeof cdiAreaSchema>>;
