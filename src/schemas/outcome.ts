import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/**
 * Whether an outcome is taught (`learning`) or evidenced by pupils' own feedback, surveys
 * and destinations (`feedback`: the "feed back that…" statements).
 */
export const outcomeKindSchema = z.enum(['learning', 'feedback']);

/** One of the 45 outcome statements. Id: its statutory code, e.g. "5.4" (file `5.4.yaml`). */
export const outcomeSchema = () =>
  z.object({
    /** The statutory statement, word for word, completing "Schools will meet this principle if young people…". */
    statement: textSchema,
    /** A plain-English explanation a pupil or parent would understand. */
    gloss: textSchema,
    /** What the outcome means today, naming the current services where the 2009 text names ones that have gone. */
    today: textSchema,
    /** `learning` outcomes must be covered by a lesson; `feedback` outcomes by a lesson or an activity. */
    kind: outcomeKindSchema,
  });

export type Outcome = z.infer<ReturnType<typeof outcomeSchema>>;
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;
