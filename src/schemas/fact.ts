import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';

/** What a fact is about; the facts page groups by it. */
export const factAreaSchema = z.enum([
  'qualifications',
  'apprenticeships',
  'higher-education',
  'money',
  'law-and-guidance',
]);

/** Where a fact was checked: the published page a reader can open to check it again. */
export const factSourceSchema = z.object({
  /** Who published it, e.g. "UCAS" or "Department for Education". */
  publisher: textSchema,
  /** The page's or document's title as published. */
  title: textSchema,
  /** The address the fact was checked at, starting https://. */
  url: z.url({ protocol: /^https?$/, error: 'give the full web address, starting https://' }),
});

/**
 * A fact that can change (a rule, a date, a figure), checked against a source. One YAML file in
 * `content/facts/`; id: the file name. Content cites it by id, so one edit updates every page.
 */
export const factSchema = () =>
  z.object({
    /** The fact in one or two plain sentences, true on the date it was checked. */
    statement: textSchema,
    /** The figure on its own where the fact is one, e.g. "4,000 characters"; empty otherwise. */
    value: z.string().default(''),
    /** What it is about. */
    area: factAreaSchema,
    /** Where it was checked. */
    source: factSourceSchema,
    /** When someone last checked it against the source (YYYY-MM-DD). */
    checked: dateSchema,
    /** When it must be checked again (YYYY-MM-DD); after this it is reported as due. */
    reviewBy: dateSchema,
  });

export type Fact = z.infer<ReturnType<typeof factSchema>>;
export type FactArea = z.infer<typeof factAreaSchema>;
