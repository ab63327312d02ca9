import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/**
 * Whether an outcome is taught (`learning`) or evidenced by pupils' own feedback, surveys
 * and destinations (`feedback`: the "feed back that…" statements).
 */
export const outcomeKindSchema = z.enum(['learning', 'feedback']);

/** The groups a student-voice survey is written for. */
export const surveyGroupSchema = z.enum(['ks2', 'ks3', 'ks4', 'ks5', 'leavers']);

/** One survey question, worded for pupils. */
export const surveyQuestionSchema = z.object({
  /** The question or statement pupils respond to. */
  text: textSchema,
  /** `agree`: a five-point agree–disagree scale; `open`: a written answer. */
  response: z.enum(['agree', 'open']),
  /** Which surveys ask it. */
  groups: z.array(surveyGroupSchema).min(1),
});

/** One of the 45 outcome statements. Id: its statutory code, e.g. "5.4" (file `5.4.yaml`). */
export const outcomeSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The statutory statement, word for word, completing "Schools will meet this principle if young people…". */
    statement: textSchema,
    /** A plain-English explanation a pupil or parent would understand. */
    gloss: textSchema,
    /** What the outcome means today, naming the current services where the 2009 text names ones that have gone. */
    today: textSchema,
    /** `learning` outcomes must be covered by a lesson; `feedback` outcomes by a lesson or an activity. */
    kind: outcomeKindSchema,
    /** For `feedback` outcomes: the survey questions that gather the evidence. */
    survey: z.array(surveyQuestionSchema).default([]),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
  });

export type Outcome = z.infer<ReturnType<typeof outcomeSchema<z.ZodString, z.ZodString>>>;
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;
export type SurveyGroup = z.infer<typeof surveyGroupSchema>;
