import { z } from 'astro/zod';
import { textSchema, yearSchema, type SchemaHelpers } from './common.ts';

/** The kinds of printable pupil resource. */
export const handoutKindSchema = z.enum([
  'worksheet',
  'card-sort',
  'role-cards',
  'scenario-cards',
  'quiz',
  'template',
  'information-sheet',
  'staff-sheet',
]);

/** A printable pupil-facing resource, one MDX file in `content/handouts/`. Id: the file name. */
export const handoutSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The title printed at the top of the sheet. */
    title: textSchema,
    /** What kind of resource it is. */
    kind: handoutKindSchema,
    /** The year groups it is written for; empty for a staff sheet. */
    years: z.array(yearSchema).default([]),
    /** One sentence telling the teacher what it is and how many copies to print. */
    summary: textSchema,
    /** Outcome statements it serves, for a staff template or sheet that no lesson carries. */
    outcomes: z.array(h.ref('outcomes')).default([]),
    /** Gatsby Benchmarks it serves, for a staff template or sheet. */
    benchmarks: z.array(h.ref('gatsby')).default([]),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
  });

export type Handout = z.infer<ReturnType<typeof handoutSchema<z.ZodString, z.ZodString>>>;
export type HandoutKind = z.infer<typeof handoutKindSchema>;
