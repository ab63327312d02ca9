import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** One of the six Principles of impartial careers education (DCSF, 2009). Id: "1"…"6". */
export const principleSchema = () =>
  z.object({
    /** The Principle's number, 1 to 6; must match the file name. */
    number: z.number().int().min(1).max(6),
    /** The statutory title, word for word (e.g. "Raises aspirations"). */
    title: textSchema,
    /** Our own one-paragraph summary of what the Principle is about. */
    summary: textSchema,
    /** What the Principle asks of how careers education is delivered. */
    delivery: textSchema,
    /** What it asks of staff: who teaches, training, specialist roles. */
    staffing: textSchema,
    /** What it asks of leaders: accountability, planning, evaluation. */
    leadership: textSchema,
  });

export type Principle = z.infer<ReturnType<typeof principleSchema>>;
