import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/** The source documents a case study can come from (see CONTENT-LICENSE.md). */
export const sourceDocumentSchema = z.enum([
  'principles-into-practice-2009',
  'principle-5-booklet-2010',
  'ofsted-2013',
  'kga-framework-2025',
  'nfer-2012',
]);

/** Themes a careers leader can filter case studies by. */
export const caseStudyThemeSchema = z.enum([
  'gender',
  'disability-and-send',
  'disadvantage',
  'ethnicity-and-faith',
  'parents-and-carers',
  'staff-development',
  'leadership',
  'employer-links',
  'labour-market-information',
  'transition',
  'primary',
  'personal-guidance',
  'curriculum',
  'evaluation',
]);

/** The phase or type of institution, as far as the source says. */
export const phaseSchema = z.enum([
  'primary',
  'secondary',
  'all-through',
  'special',
  'pupil-referral-unit',
  'sixth-form',
  'further-education',
  'higher-education',
  'partnership',
  'many-schools',
]);

/** A case study from the sources, in our own words, one MDX file in `case-studies/`. */
export const caseStudySchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** A title that says what was done, e.g. "A Life Skills faculty with its own head". */
    title: textSchema,
    /** Where the example comes from. */
    source: z.object({
      /** The source document. */
      document: sourceDocumentSchema,
      /** The section or page heading within it. */
      section: textSchema,
    }),
    /** The institution as anonymously as the source described it. */
    institution: textSchema,
    /** Its phase or type. */
    phase: phaseSchema,
    /** The situation before the work began. */
    context: textSchema,
    /** What the institution did, as a list of actions. */
    whatTheyDid: z.array(textSchema).min(1),
    /** The difference it made, with any figures the source gives. */
    impact: textSchema,
    /** The Principles it illustrates. */
    principles: z.array(h.ref('principles')).min(1),
    /** The outcome statements it illustrates. */
    outcomes: z.array(h.ref('outcomes')).default([]),
    /** Themes for filtering. */
    themes: z.array(caseStudyThemeSchema).default([]),
    /** Questions for a staff meeting; at least three. */
    reflectionQuestions: z.array(textSchema).min(3),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
  });

export type CaseStudy = z.infer<ReturnType<typeof caseStudySchema<z.ZodString, z.ZodString>>>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
