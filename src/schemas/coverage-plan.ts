import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';

/** One outcome the programme does not cover yet, with why and by when it will be. */
export const plannedOutcomeSchema = z.object({
  /** The outcome code, e.g. "3.5". */
  outcome: textSchema,
  /** Why it is not covered yet. */
  reason: textSchema,
  /** When it will be covered by (YYYY-MM-DD); after this date the plan entry is an error. */
  targetDate: dateSchema,
});

/** `content/coverage-plan.yaml`: the only way to leave an outcome uncovered for now. */
export const coveragePlanSchema = z.object({
  /** Outcomes not yet covered. */
  planned: z.array(plannedOutcomeSchema).default([]),
});

export type CoveragePlan = z.infer<typeof coveragePlanSchema>;
export type PlannedOutcome = z.infer<typeof plannedOutcomeSchema>;
