import { readFileSync, writeFileSync } from 'node:fs';
import { finishPlanSchema, type FinishPlan } from './plan.ts';

/**
 * The variable `npm run build` sets for `astro build`: a file to write the finishing plan to
 * instead of finishing in Astro's process (see scripts/build.ts).
 */
export const FINISH_LATER = 'HORIZONS_FINISH_LATER';

/** The file to hand the plan to, if the build script asked for one. */
export const handoffFile = (env: NodeJS.ProcessEnv): string | undefined =>
  env[FINISH_LATER] || undefined;

export const writeHandoff = (file: string, plan: FinishPlan): void =>
  writeFileSync(file, JSON.stringify(plan));

export const readHandoff = (file: string): FinishPlan =>
  finishPlanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
