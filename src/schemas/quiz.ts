import { z } from 'astro/zod';
import { textSchema, type SchemaHelpers } from './common.ts';

/** What every quiz question has, whatever its type. */
const questionBase = {
  /** What pupils read: a question, or for true-or-false a statement to judge. */
  question: textSchema,
  /** One line a pupil can learn from, shown with the answer (under 200 characters). */
  explanation: textSchema,
};

// Strict objects: in YAML, `{ left: Nurses, doctors, right: … }` quietly makes `doctors` a key of
// its own and cuts the text short; an unknown key is reported instead of dropped.

/** Multiple choice: three or four options, exactly one of them right. */
const choiceQuestion = z.strictObject({
  /** The question type. */
  type: z.literal('choice'),
  ...questionBase,
  /** The options pupils choose from, in the order they are shown (3 or 4). */
  options: z.array(textSchema).min(3).max(4),
  /** The right option, written exactly as it appears in `options`. */
  answer: textSchema,
});

/** True or false: the explanation gives the reason. */
const trueFalseQuestion = z.strictObject({
  /** The question type. */
  type: z.literal('true-false'),
  ...questionBase,
  /** Whether the statement in `question` is true. */
  answer: z.boolean(),
});

/** Put in order: pupils see the items mixed up and number them. */
const orderQuestion = z.strictObject({
  /** The question type. */
  type: z.literal('order'),
  ...questionBase,
  /** The items in their right order, first to last (3 to 6); pupils see them mixed up. */
  items: z.array(textSchema).min(3).max(6),
});

/** Match pairs: pupils join each left-hand item to its right-hand partner. */
const matchQuestion = z.strictObject({
  /** The question type. */
  type: z.literal('match'),
  ...questionBase,
  /** The right pairs (3 to 5); pupils see the right-hand column mixed up. */
  pairs: z
    .array(z.strictObject({ left: textSchema, right: textSchema }))
    .min(3)
    .max(5),
});

/** The four question types, told apart by `type`, each with the fields `extra` adds. */
const questionOf = <E extends z.core.$ZodLooseShape>(extra: E) =>
  z.discriminatedUnion('type', [
    choiceQuestion.extend(extra),
    trueFalseQuestion.extend(extra),
    orderQuestion.extend(extra),
    matchQuestion.extend(extra),
  ]);

/** A starter question recalls earlier learning. */
export const starterQuestionSchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  questionOf({
    /** The earlier lesson it recalls, if one; it must come before this lesson in the programme. */
    recalls: h.ref('lessons').optional(),
  });

/** An exit question checks one thing the lesson set out to teach. */
export const exitQuestionSchema = questionOf({
  /**
   * What it checks: the number of one of the lesson's "I can" statements (1 for the first),
   * or one of the outcome codes the lesson lists, such as "3.3".
   */
  checks: z.union([z.number().int().positive(), textSchema]),
});

/** Four to six questions pupils answer in about five minutes. */
export const quizLength = { min: 4, max: 6 } as const;

/** A question's own fields, whichever quiz it is in: what every view and export shows. */
export type QuizQuestion = z.infer<ReturnType<typeof questionOf<Record<never, never>>>>;
export type StarterQuestion = z.infer<
  ReturnType<typeof starterQuestionSchema<z.ZodString, z.ZodString>>
>;
export type ExitQuestion = z.infer<typeof exitQuestionSchema>;
