import { defineCollection, reference } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import {
  collectionSources,
  deliveryFolder,
  gatsbyAssessmentFile,
  schoolFile,
} from './lib/collection-sources.ts';
import { entryIdFromPath } from './lib/entry-id.ts';
import type { z } from 'astro/zod';
import type { CollectionName } from './schemas/common.ts';
import * as schemas from './schemas/index.ts';

/** A loader for a list file a school may delete (the toolkit): with no file, no entries. */
const noEntries: Loader = { name: 'horizons:no-entries', load: async ({ store }) => store.clear() };

/** The loader for a collection, from the one table of where content lives. */
function loaderFor(name: keyof typeof collectionSources) {
  const source = collectionSources[name];
  if (source.layout === 'list') return existsSync(source.path) ? file(source.path) : noEntries;
  return glob({
    base: source.path,
    pattern: source.pattern ?? '*',
    generateId: ({ entry }) => entryIdFromPath(entry),
    // Pages render each body from its compiled MDX module, so the store need not keep the text.
    retainBody: false,
  });
}

/** Astro's reference and image helpers, in the shape the schema factories take. */
const helpers = <I extends z.ZodType>(image: () => I) => ({
  ref: (collection: CollectionName) => reference(collection),
  image,
});

/**
 * Helpers for a schema with no images, so it can be built once. Astro calls a schema function
 * for every entry (its image() resolves paths from the entry's folder), and building the lesson
 * schema a thousand times was half a second of every build.
 */
const noImages = helpers((): never => {
  throw new Error(
    "This collection's schema now uses image(): define it in src/content.config.ts as ({ image }) => …, as role models are.",
  );
});

export const collections = {
  principles: defineCollection({
    loader: loaderFor('principles'),
    schema: schemas.principleSchema(),
  }),
  outcomes: defineCollection({
    loader: loaderFor('outcomes'),
    schema: schemas.outcomeSchema(noImages),
  }),
  gatsby: defineCollection({ loader: loaderFor('gatsby'), schema: schemas.gatsbySchema(noImages) }),
  cdi: defineCollection({ loader: loaderFor('cdi'), schema: schemas.cdiAreaSchema() }),
  years: defineCollection({ loader: loaderFor('years'), schema: schemas.yearOverviewSchema() }),
  facts: defineCollection({ loader: loaderFor('facts'), schema: schemas.factSchema() }),
  subjects: defineCollection({
    loader: loaderFor('subjects'),
    schema: schemas.subjectSchema(noImages),
  }),
  starters: defineCollection({
    loader: loaderFor('starters'),
    schema: schemas.starterSchema(noImages),
  }),
  readinessChecks: defineCollection({
    loader: loaderFor('readinessChecks'),
    schema: schemas.readinessCheckSchema(noImages),
  }),
  toolkit: defineCollection({
    loader: loaderFor('toolkit'),
    schema: schemas.toolkitSectionSchema(noImages),
  }),
  handouts: defineCollection({
    loader: loaderFor('handouts'),
    schema: schemas.handoutSchema(noImages),
  }),
  lessons: defineCollection({
    loader: loaderFor('lessons'),
    schema: schemas.lessonSchema(noImages),
  }),
  activities: defineCollection({
    loader: loaderFor('activities'),
    schema: schemas.activitySchema(noImages),
  }),
  caseStudies: defineCollection({
    loader: loaderFor('caseStudies'),
    schema: schemas.caseStudySchema(noImages),
  }),
  roleModels: defineCollection({
    loader: loaderFor('roleModels'),
    schema: ({ image }) => schemas.roleModelSchema(helpers(image)),
  }),
  cpd: defineCollection({
    loader: loaderFor('cpd'),
    schema: schemas.cpdSchema(noImages),
  }),
  // Optional files: a glob that finds nothing gives an empty collection, where `file()` would fail.
  gatsbyAssessment: defineCollection({
    loader: glob({
      base: 'content',
      pattern: gatsbyAssessmentFile.replace('content/', ''),
      generateId: () => 'assessment',
    }),
    schema: schemas.gatsbyAssessmentSchema(noImages),
  }),
  delivery: defineCollection({
    loader: glob({
      base: deliveryFolder,
      pattern: '*.yaml',
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: schemas.deliverySchema(noImages),
  }),
  school: defineCollection({
    loader: file(schoolFile, { parser: (text) => [{ id: 'school', ...parse(text) }] }),
    schema: schemas.schoolSchema(),
  }),
};
