import { z } from 'astro/zod';
import {
  dateSchema,
  halfTermSchema,
  termSchema,
  textSchema,
  yearSchema,
  type SchemaHelpers,
} from './common.ts';
import { exitQuestionSchema, quizLength, starterQuestionSchema } from './quiz.ts';

/** How a session is delivered. */
export const lessonFormatSchema = z.enum(['lesson', 'tutor-time', 'assembly', 'drop-down-day']);

/** One timed step of a lesson plan. */
export const lessonStepSchema = z.object({
  /** A short name for the step, e.g. "Starter: jobs in a bag". */
  title: textSchema,
  /** How long the step takes; all steps together must add up to the lesson's duration. */
  minutes: z.number().int().positive(),
  /** What the teacher says and does, written so a cover teacher could follow it. */
  teacher: textSchema,
  /** What pupils do during the step. */
  pupils: textSchema,
  /** Answers or ideas the teacher should expect to hear; empty when there are none. */
  expected: z.string().default(''),
});

/** A resource the lesson needs: a Horizons handout or a free public service named plainly. */
export const lessonResourceSchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  z.object({
    /** What the resource is, e.g. "Skills card sort (one set per pair)". */
    name: textSchema,
    /** The Horizons handout page for it, if it is one of ours. */
    handout: h.ref('handouts').optional(),
  });

/** A year-group lesson plan, one MDX file in `lessons/year-N/`. Id: the file name. */
export const lessonSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The lesson title pupils and teachers see. */
    title: textSchema,
    /** Year group, 5 to 13; must match the `year-N` folder the file is in. */
    year: yearSchema,
    /** The term it is planned for. */
    term: termSchema,
    /** Which half of the term: 1 (before the half-term holiday) or 2 (after it). */
    halfTerm: halfTermSchema.default(1),
    /** Length in minutes; the steps' minutes must add up to this. */
    duration: z.number().int().positive(),
    /** How it is delivered. */
    format: lessonFormatSchema.default('lesson'),
    /** One or two sentences a teacher reads in search results and lists. */
    summary: textSchema,
    /** "I can…" statements pupils can check themselves against. */
    pupilOutcomes: z.array(textSchema).min(1),
    /** The outcome statements (e.g. "5.4") this lesson teaches. */
    outcomes: z.array(h.ref('outcomes')).min(1),
    /** How the steps of the lesson meet each outcome it lists. */
    outcomeNotes: z.string().default(''),
    /** Gatsby Benchmarks it contributes to ("gb1"…"gb8"). */
    benchmarks: z.array(h.ref('gatsby')).default([]),
    /** CDI Career Development Framework learning areas it develops. */
    cdiAreas: z.array(h.ref('cdi')).default([]),
    /** Key words pupils meet, each with a pupil-friendly definition. */
    keywords: z.array(z.object({ term: textSchema, definition: textSchema })).default([]),
    /** Everything the lesson needs; pupil-facing ones link to a handout. */
    resources: z.array(lessonResourceSchema(h)).default([]),
    /** The timed plan. */
    steps: z.array(lessonStepSchema).min(1),
    /** Common wrong ideas and how to respond to them. */
    misconceptions: z.array(z.object({ idea: textSchema, response: textSchema })).default([]),
    /** How to change the task for pupils who need more support. */
    support: textSchema,
    /** How to change the task for pupils who need more challenge. */
    stretch: textSchema,
    /** SEND adaptations that change the task (not just "support weaker pupils"). */
    send: z.array(textSchema).min(1),
    /** How the lesson challenges stereotypes. */
    challengesStereotypes: textSchema,
    /** Moments that may touch family circumstances, money, disability or identity, with guidance. */
    sensitive: z.array(z.object({ moment: textSchema, guidance: textSchema })).default([]),
    /** 4 to 6 questions at the start that recall earlier lessons or earlier years. */
    starterQuiz: z.array(starterQuestionSchema(h)).min(quizLength.min).max(quizLength.max),
    /** 4 to 6 questions at the end that check this lesson's "I can" statements. */
    exitQuiz: z.array(exitQuestionSchema).min(quizLength.min).max(quizLength.max),
    /** How the teacher checks that pupils got there. */
    assessment: textSchema,
    /** Something for pupils to share or do at home with parents or carers. */
    homeLink: textSchema,
    /** Role-model profiles used in or suggested for the lesson. */
    roleModels: z.array(h.ref('roleModels')).default([]),
    /** Case studies that show the lesson's ideas in practice. */
    caseStudies: z.array(h.ref('caseStudies')).default([]),
    /** Facts from the register (`content/facts/`) this relies on; the page shows each with its source and date. */
    facts: z.array(h.ref('facts')).default([]),
    /** When the lesson was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: dateSchema,
  });

export type Lesson = z.infer<ReturnType<typeof lessonSchema<z.ZodString, z.ZodString>>>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
export type LessonFormat = z.infer<typeof lessonFormatSchema>;
