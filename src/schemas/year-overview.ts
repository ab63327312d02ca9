import { z } from 'astro/zod';
import { textSchema, yearSchema } from './common.ts';

/** A year group's programme overview, `content/years/<year>.yaml`. Id: the year, e.g. "9". */
export const yearOverviewSchema = () =>
  z.object({
    /** The year group, 5 to 13; must match the file name. */
    year: yearSchema,
    /** A few words that sum up the year's careers focus, e.g. "Choices and where they lead". */
    theme: textSchema,
    /** What the year's programme sets out to do, for pupils, parents and staff. */
    aims: z.array(textSchema).min(1),
    /** How the school knows the year's programme worked: measures it can actually collect. */
    successMeasures: z.array(textSchema).min(1),
  });

export type YearOverview = z.infer<ReturnType<typeof yearOverviewSchema>>;
