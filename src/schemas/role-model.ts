import { z } from 'astro/zod';
import { dateSchema, textSchema, type SchemaHelpers } from './common.ts';

/** Routes into work a role model can have taken. */
export const routeSchema = z.enum([
  'apprenticeship',
  'degree-apprenticeship',
  't-level',
  'college',
  'degree',
  'employment-with-training',
  'self-employment',
  'career-change',
]);

/** Stereotypes a profile can challenge. */
export const stereotypeSchema = z.enum([
  'gender',
  'ethnicity',
  'faith',
  'disability',
  'socio-economic-background',
  'culture',
  'school-type',
  'age',
  'sexual-orientation-and-gender-identity',
]);

/** Sectors the role-model index can be filtered by. */
export const roleModelSectorSchema = z.enum([
  'Health and care',
  'Construction',
  'Engineering and manufacturing',
  'Digital and technology',
  'Creative and media',
  'Law',
  'Finance and business',
  'Public services',
  'Land-based and environment',
  'Hospitality and food',
  'Science',
  'Education and childcare',
  'Transport and logistics',
  'Retail and sales',
  'Sport and leisure',
]);

/** An anti-stereotype role-model profile, one MDX file in `content/role-models/`. */
export const roleModelSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The person's name (an invented name for an illustrative profile). */
    name: textSchema,
    /**
     * `illustrative` composites are labelled as such; `real` people need consent and a review
     * date. Required: with a default, a real person left unmarked would skip the consent check.
     */
    kind: z.enum(['illustrative', 'real'], {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `${JSON.stringify(issue.input)} is not a kind of profile.`,
    }),
    /** For a real person: when and how consent to publish was recorded. */
    consent: z
      .object({
        /** The date consent was given (YYYY-MM-DD). */
        date: dateSchema,
        /** Who holds the record, e.g. "Careers Leader, signed form on file". */
        recordHeldBy: textSchema,
      })
      .optional(),
    /** For a real person: when the profile must be checked with them again (YYYY-MM-DD). */
    reviewDate: dateSchema.optional(),
    /** Their job title. */
    occupation: textSchema,
    /** The sector they work in. */
    sector: roleModelSectorSchema,
    /** The route they took. */
    route: routeSchema,
    /** The stereotypes the profile challenges. */
    challenges: z.array(stereotypeSchema).min(1),
    /** A portrait illustration (never a photo of a child). */
    portrait: h.image().optional(),
    /** Text alternative for the portrait. */
    portraitAlt: z.string().default(''),
    /** One or two sentences for lists and search results. */
    summary: textSchema,
    /** A short quotation in their own voice (invented for an illustrative profile, and labelled so). */
    quote: textSchema,
    /** What they would tell their Year 9 self. */
    adviceToYear9Self: textSchema,
    /** Lessons that use this profile. */
    relatedLessons: z.array(h.ref('lessons')).default([]),
  });

/** What each field means, added to the message when it is missing or wrong. */
export const roleModelReasons: Record<string, string> = {
  kind: 'Say whether the person is invented or real: `illustrative` for an invented composite, which the page labels as such, or `real` for a real person, who must have agreed to be published (`consent:`) and needs a `reviewDate`.',
};

export type RoleModel = z.infer<ReturnType<typeof roleModelSchema<z.ZodString, z.ZodString>>>;
