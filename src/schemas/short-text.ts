import { textSchema } from './common.ts';

/**
 * Text that must stay short, such as a sentence of evidence or a note: at most `max` characters.
 * The message counts what was written, so the person editing knows how much to cut.
 */
export const shortTextSchema = (max: number, what: string) =>
  textSchema.refine((text) => text.length <= max, {
    error: (issue) =>
      `${what} should be short: at most ${max} characters, and this is ${String(issue.input).trim().length}.`,
    params: { fix: `Shorten it to ${max} characters or fewer: one or two plain sentences.` },
  });
