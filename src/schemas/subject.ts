import { z } from 'astro/zod';
import { dateSchema, textSchema, type SchemaHelpers } from './common.ts';

/** An apprenticeship a subject leads to, with its level (2 is like GCSEs, 6 like a degree). */
const apprenticeshipSchema = z.object({
  /** The apprenticeship's name, as employers advertise it, e.g. "Pharmacy technician". */
  title: textSchema,
  /** Its level, from 2 to 7. */
  level: z.number().int().min(2).max(7),
});

/** A family of related jobs that use a subject, with named roles a pupil could look up. */
const jobFamilySchema = z.object({
  /** The family's name, e.g. "Health and care". */
  name: textSchema,
  /** Named roles in it, e.g. "pharmacy technician". */
  roles: z.array(textSchema).min(2),
});

/**
 * A school subject and where it leads, one YAML file in `content/subjects/`. Id: the file name.
 * Every route is its own required list, so no subject page can show degrees alone.
 */
export const subjectSchema = <R extends z.ZodType, I extends z.ZodType>(h: SchemaHelpers<R, I>) =>
  z.object({
    /** The subject's name as a timetable shows it, e.g. "Design and technology". */
    name: textSchema,
    /** One or two sentences for lists and search: what the subject opens up. */
    summary: textSchema,
    /** Where the subject can lead, by every route, each with equal standing. */
    leadsTo: z.object({
      /** Apprenticeships that use it, each with its level. */
      apprenticeships: z.array(apprenticeshipSchema).min(1),
      /** T Levels that build on it; empty only where none does. */
      tLevels: z.array(textSchema).default([]),
      /** College courses at levels 2 and 3, e.g. "Level 3 diploma in health and social care". */
      collegeCourses: z.array(textSchema).min(1),
      /** Degrees, including degree apprenticeships' subjects, e.g. "Pharmacy". */
      degrees: z.array(textSchema).min(1),
      /** Jobs a school or college leaver can start and be trained in. */
      jobsWithTraining: z.array(textSchema).min(1),
    }),
    /** Job families that use the subject, with named roles. */
    jobFamilies: z.array(jobFamilySchema).min(2),
    /** Role models whose route uses the subject (at least two). */
    roleModels: z.array(h.ref('roleModels')).default([]),
    /** Facts from the register (`content/facts/`) the subject page relies on. */
    facts: z.array(h.ref('facts')).default([]),
    /** When it was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: dateSchema,
  });

export type Subject = z.infer<ReturnType<typeof subjectSchema<z.ZodString, z.ZodString>>>;
