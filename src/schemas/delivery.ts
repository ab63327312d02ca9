import { z } from 'astro/zod';
import { dateSchema, yearSchema, type SchemaHelpers } from './common.ts';
import { shortTextSchema } from './short-text.ts';

/** The six half terms of a school year, as a delivery record names them. */
export const deliveryHalfTerms = [
  'autumn 1',
  'autumn 2',
  'spring 1',
  'spring 2',
  'summer 1',
  'summer 2',
] as const;

/** A half term, e.g. "autumn 1"; "Autumn 1" and "autumn  1" are read the same way. */
export const deliveryHalfTermSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : value),
  z.enum(deliveryHalfTerms),
);

/** How many groups or pupils took part: a whole number, at least 1. */
const countSchema = z.number().int().min(1);

/** The fields that say what ran; an entry names exactly one. */
export const deliveredKinds = ['lesson', 'activity', 'starter'] as const;

/** Each kind as a message names it. */
const withArticle = { lesson: 'a lesson', activity: 'an activity', starter: 'a starter' };

/**
 * One thing that ran for one year group. It says what ran (one of a lesson, an activity or a
 * subject starter), when (a date or a half term) and how many took part, never who: the record
 * is public, so it holds counts, not names.
 */
export const deliveryEntrySchema = <R extends z.ZodType, I extends z.ZodType>(
  h: SchemaHelpers<R, I>,
) =>
  z
    .object({
      /** The lesson taught: its file name without .mdx. */
      lesson: h.ref('lessons').optional(),
      /** The activity run: its file name in content/activities/ without .mdx. */
      activity: h.ref('activities').optional(),
      /** The subject starter used: its file name in content/starters/ without .yaml. */
      starter: h.ref('starters').optional(),
      /** The year group it ran for. */
      year: yearSchema,
      /** The day it ran (YYYY-MM-DD); give this or `halfTerm`. */
      date: dateSchema.optional(),
      /** The half term it ran in, e.g. "autumn 1"; give this or `date`. */
      halfTerm: deliveryHalfTermSchema.optional(),
      /** How many groups (classes or tutor groups) took part. */
      groups: countSchema.optional(),
      /** How many pupils took part. */
      pupils: countSchema.optional(),
      /** A short note on how it went, about the group, never a person. */
      evaluation: shortTextSchema(300, 'The evaluation note').optional(),
    })
    .superRefine((entry, ctx) => {
      const named = deliveredKinds.filter((kind) => entry[kind] !== undefined);
      if (named.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: named.length > 1 ? [named[1] ?? 'lesson'] : [],
          message:
            named.length > 1
              ? `this entry names ${named.map((kind) => withArticle[kind]).join(' and ')}; each entry records one thing that ran.`
              : 'this entry does not say what ran: give a `lesson:`, an `activity:` or a `starter:`.',
          params: {
            fix:
              named.length > 1
                ? 'Split it into one entry for each, each with its own year, date or half term, and numbers.'
                : 'Add `lesson:`, `activity:` or `starter:` with the file name of what ran, without its ending.',
          },
        });
      }
      if ((entry.date === undefined) === (entry.halfTerm === undefined)) {
        const both = entry.date !== undefined;
        ctx.addIssue({
          code: 'custom',
          path: both ? ['halfTerm'] : [],
          message: both
            ? 'this entry gives both a date and a half term; give one.'
            : 'this entry does not say when it ran: give a `date:` or a `halfTerm:`.',
          params: {
            fix: both
              ? 'Keep `date:` if you know the day, and delete `halfTerm:`; otherwise keep the half term.'
              : 'Add `date: 2026-10-14` (the day it ran) or `halfTerm: autumn 1` (the half term).',
          },
        });
      }
      if (entry.groups === undefined && entry.pupils === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: 'this entry does not say how many took part.',
          params: {
            fix: 'Add `groups:` (how many classes or tutor groups) or `pupils:` (how many pupils), or both.',
          },
        });
      }
    });

/**
 * `content/delivery/<school year>.yaml`, e.g. `2026-27.yaml`: what actually ran that school year,
 * for the planned-versus-delivered view, the governors' summary and the CSV export.
 */
export const deliverySchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** What ran, one item per lesson, activity or starter and year group. */
    entries: z.array(deliveryEntrySchema(h)).default([]),
  });

export type DeliveryRecord = z.infer<ReturnType<typeof deliverySchema<z.ZodString, z.ZodString>>>;
export type DeliveryEntry = DeliveryRecord['entries'][number];
export type DeliveryHalfTerm = (typeof deliveryHalfTerms)[number];
