import { z } from 'astro/zod';
import { dateSchema, textSchema, type SchemaHelpers } from './common.ts';
import { shortTextSchema } from './short-text.ts';

/** What to say when a score is not a percentage. */
const percentAdvice = 'a score is a percentage, a whole number from 0 to 100, e.g. 75.';

/**
 * A benchmark's score as the school's self-assessment tool reports it, 0 to 100. Copied from the
 * tool it often arrives as "75%", which is read as 75.
 */
const scoreSchema = z.preprocess(
  (value) =>
    typeof value === 'string' && /^\s*\d{1,3}\s*%\s*$/.test(value) ? parseInt(value, 10) : value,
  z
    .number({ error: (issue) => (issue.input === undefined ? undefined : percentAdvice) })
    .int(percentAdvice)
    .min(0, percentAdvice)
    .max(100, percentAdvice),
);

/**
 * One benchmark's line of the self-assessment. Strict, so a misspelt field inside it is reported
 * rather than dropped (the file-level check sees only top-level fields).
 */
const benchmarkScoreSchema = <R extends z.ZodType>(ref: R) =>
  z.strictObject({
    /** The benchmark: gb1 to gb8. */
    benchmark: ref,
    /** The school's score for it, a percentage from 0 to 100. */
    score: scoreSchema,
    /** What the score rests on, in a sentence. */
    evidence: shortTextSchema(300, 'The evidence'),
    /** What the school will do next for this benchmark, in a sentence. */
    nextStep: shortTextSchema(300, 'The next step'),
  });

/**
 * `content/gatsby-assessment.yaml`: the school's own dated self-assessment against the eight
 * Gatsby Benchmarks, as its self-assessment tool reported it. Optional: a school without one
 * leaves the file out. The rules in `validation/rules/gatsby-assessment.ts` check that every
 * benchmark appears once and the date is neither in the future nor more than a year old.
 */
export const gatsbyAssessmentSchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  z.object({
    /** The day the self-assessment was made (YYYY-MM-DD). */
    assessed: dateSchema,
    /** The tool it was made with, e.g. "Compass" or "Compass+". */
    tool: textSchema.default('Compass'),
    /** One item per benchmark, gb1 to gb8, each once. */
    benchmarks: z.array(benchmarkScoreSchema(h.ref('gatsby'))).min(1),
  });

export type GatsbyAssessment = z.infer<
  ReturnType<typeof gatsbyAssessmentSchema<z.ZodString, z.ZodString>>
>;
export type BenchmarkScore = GatsbyAssessment['benchmarks'][number];
