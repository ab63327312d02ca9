import { z } from 'astro/zod';
import { dateSchema, textSchema, type SchemaHelpers } from './common.ts';
import { routeSchema } from './role-model.ts';

/** Subject starters are for Key Stages 3 to 5: Years 7 to 13. */
export const starterYearSchema = z
  .number()
  .int()
  .min(7, 'Subject starters are for Years 7 to 13 (Key Stages 3 to 5).')
  .max(13, 'Subject starters are for Years 7 to 13 (Key Stages 3 to 5).');

/** A question the teacher asks, with the answers to listen for. */
const starterQuestionSchema = z.object({
  /** The question, as the teacher says it. */
  ask: textSchema,
  /** Answers pupils are likely to give, or should reach. */
  expect: z.array(textSchema).min(1),
});

/** A route into the jobs a starter opens up, e.g. `{ route: apprenticeship, name: … }`. */
const starterRouteSchema = z.object({
  /** Which kind of route. */
  route: routeSchema,
  /** The route itself, e.g. "Level 3 pharmacy technician apprenticeship". */
  name: textSchema,
});

/**
 * A ten-minute careers starter for a subject lesson, one YAML file in `content/starters/`,
 * named `<subject>-<topic>.yaml`. It ties a topic the class is already studying to jobs and
 * routes, and always serves Gatsby Benchmark 4 (linking curriculum learning to careers).
 */
export const starterSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The starter's title, e.g. "Checking a dose with ratio". */
    title: textSchema,
    /** The subject it belongs to: a file name in `content/subjects/`. */
    subject: h.ref('subjects'),
    /** The year group it is written for, 7 to 13. */
    year: starterYearSchema,
    /** The curriculum topic the class is already studying, e.g. "Ratio and proportion". */
    topic: textSchema,
    /** What the teacher says to open, read aloud: two or three sentences. */
    say: textSchema,
    /** The questions to ask, each with the answers to expect. */
    questions: z.array(starterQuestionSchema).min(1),
    /** What pupils do, with nothing to cut out or prepare. */
    task: textSchema,
    /** Named jobs the topic is used in. */
    jobs: z.array(textSchema).min(1),
    /** Routes into those jobs, by more than one kind of route where there is one. */
    routes: z.array(starterRouteSchema).min(1),
    /** Role models whose story the starter can point to. */
    roleModels: z.array(h.ref('roleModels')).default([]),
    /** The outcome statements it touches. */
    outcomes: z.array(h.ref('outcomes')).min(1),
    /** How long it takes, in minutes. */
    minutes: z.number().int().min(5).max(15).default(10),
    /** Facts from the register (`content/facts/`) it relies on. */
    facts: z.array(h.ref('facts')).default([]),
    /** When it was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: dateSchema,
  });

export type Starter = z.infer<ReturnType<typeof starterSchema<z.ZodString, z.ZodString>>>;
