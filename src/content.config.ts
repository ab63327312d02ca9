import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collectionSources, schoolFile } from './lib/collection-sources.ts';
import { entryIdFromPath } from './lib/entry-id.ts';
import type { z } from 'astro/zod';
import type { CollectionName } from './schemas/common.ts';
import * as schemas from './schemas/index.ts';

/** The loader for a collection, from the one table of where content lives. */
function loaderFor(name: keyof typeof collectionSources) {
  const source = collectionSources[name];
  if (source.layout === 'list') return file(source.path);
  return glob({
    base: source.path,
    pattern: source.pattern ?? '*',
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

/** Astro's reference and image helpers, in the shape the schema factories take. */
const helpers = <I extends z.ZodType>(image: () => I) => ({
  ref: (collection: CollectionName) => reference(collection),
  image,
});

export const collections = {
  principles: defineCollection({
    loader: loaderFor('principles'),
    schema: schemas.principleSchema(),
  }),
  outcomes: defineCollection({ loader: loaderFor('outcomes'), schema: schemas.outcomeSchema() }),
  gatsby: defineCollection({ loader: loaderFor('gatsby'), schema: schemas.gatsbySchema() }),
  cdi: defineCollection({ loader: loaderFor('cdi'), schema: schemas.cdiAreaSchema() }),
  years: defineCollection({ loader: loaderFor('years'), schema: schemas.yearOverviewSchema() }),
  handouts: defineCollection({ loader: loaderFor('handouts'), schema: schemas.handoutSchema() }),
  lessons: defineCollection({
    loader: loaderFor('lessons'),
    schema: ({ image }) => schemas.lessonSchema(helpers(image)),
  }),
  activities: defineCollection({
    loader: loaderFor('activities'),
    schema: ({ image }) => schemas.activitySchema(helpers(image)),
  }),
  caseStudies: defineCollection({
    loader: loaderFor('caseStudies'),
    schema: ({ image }) => schemas.caseStudySchema(helpers(image)),
  }),
  roleModels: defineCollection({
    loader: loaderFor('roleModels'),
    schema: ({ image }) => schemas.roleModelSchema(helpers(image)),
  }),
  cpd: defineCollection({
    loader: loaderFor('cpd'),
    schema: ({ image }) => schemas.cpdSchema(helpers(image)),
  }),
  school: defineCollection({
    loader: file(schoolFile, { parser: (text) => [{ id: 'school', ...parse(text) }] }),
    schema: schemas.schoolSchema(),
  }),
};
