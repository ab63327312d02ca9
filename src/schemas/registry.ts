import type { z } from 'astro/zod';
import type { CollectionName, PlainHelpers } from './common.ts';
import { activitySchema } from './activity.ts';
import { caseStudySchema } from './case-study.ts';
import { cpdSchema } from './cpd.ts';
import { factSchema } from './fact.ts';
import { cdiAreaSchema, gatsbySchema } from './frameworks.ts';
import { handoutSchema } from './handout.ts';
import { lessonSchema } from './lesson.ts';
import { outcomeSchema } from './outcome.ts';
import { principleSchema } from './principle.ts';
import { roleModelSchema } from './role-model.ts';
import { readinessCheckSchema } from './readiness-check.ts';
import { starterSchema } from './starter.ts';
import { toolkitSectionSchema } from './toolkit.ts';
import { subjectSchema } from './subject.ts';
import { yearOverviewSchema } from './year-overview.ts';

/** Every collection's schema factory, so callers can build all schemas with one set of helpers. */
export const schemaFactories = {
  principles: principleSchema,
  outcomes: outcomeSchema,
  lessons: lessonSchema,
  handouts: handoutSchema,
  activities: activitySchema,
  caseStudies: caseStudySchema,
  roleModels: roleModelSchema,
  cpd: cpdSchema,
  gatsby: gatsbySchema,
  cdi: cdiAreaSchema,
  years: yearOverviewSchema,
  facts: factSchema,
  subjects: subjectSchema,
  starters: starterSchema,
  readinessChecks: readinessCheckSchema,
  toolkit: toolkitSectionSchema,
} satisfies Record<Exclude<CollectionName, 'school'>, (h: PlainHelpers) => z.ZodObject>;
