import type { z } from 'astro/zod';
import type { CollectionName } from '../schemas/common.ts';
import type { CoveragePlan } from '../schemas/coverage-plan.ts';
import type { GatsbyAssessment } from '../schemas/gatsby-assessment.ts';
import type { schemaFactories } from '../schemas/registry.ts';
import type { School } from '../schemas/school.ts';
import type { Problem } from './problem.ts';
import type { DeliveryRecordFile } from './read-delivery.ts';

/** A reference from one entry's field to an entry of another collection. */
export interface Reference {
  collection: CollectionName;
  id: string;
  /** The field that holds it, e.g. `outcomes[1]`. */
  field: string;
}

/** One content entry as the validator sees it: where it came from and its parsed data. */
export interface Entry<T = Record<string, unknown>> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** Field holding the entry inside `file`, for list files (`[3]`); empty otherwise. */
  field: string;
  data: T;
  /** The Markdown body of an MDX entry; empty for YAML entries. */
  body: string;
  /** Every reference the entry makes, found from its schema. */
  references: Reference[];
}

/** Every collection the validator reads into `entries` (all but the school's own file). */
export type EntryCollection = keyof typeof schemaFactories;

/**
 * Each collection's schema as the validator builds it: with the plain helpers (`PlainHelpers`,
 * whose references and images are `z.ZodString`), so references are ids. A generic factory's bare
 * `ReturnType` would bind its helper types to their bounds and type every reference `unknown`, so
 * each is instantiated here; a collection added to `schemaFactories` but not here fails to
 * compile in `PlainData`.
 */
interface PlainSchemas {
  principles: ReturnType<typeof schemaFactories.principles>;
  outcomes: ReturnType<typeof schemaFactories.outcomes<z.ZodString, z.ZodString>>;
  lessons: ReturnType<typeof schemaFactories.lessons<z.ZodString, z.ZodString>>;
  handouts: ReturnType<typeof schemaFactories.handouts<z.ZodString, z.ZodString>>;
  activities: ReturnType<typeof schemaFactories.activities<z.ZodString, z.ZodString>>;
  caseStudies: ReturnType<typeof schemaFactories.caseStudies<z.ZodString, z.ZodString>>;
  roleModels: ReturnType<typeof schemaFactories.roleModels<z.ZodString, z.ZodString>>;
  cpd: ReturnType<typeof schemaFactories.cpd<z.ZodString, z.ZodString>>;
  gatsby: ReturnType<typeof schemaFactories.gatsby<z.ZodString, z.ZodString>>;
  cdi: ReturnType<typeof schemaFactories.cdi>;
  years: ReturnType<typeof schemaFactories.years>;
  facts: ReturnType<typeof schemaFactories.facts>;
  subjects: ReturnType<typeof schemaFactories.subjects<z.ZodString, z.ZodString>>;
  starters: ReturnType<typeof schemaFactories.starters<z.ZodString, z.ZodString>>;
  readinessChecks: ReturnType<typeof schemaFactories.readinessChecks<z.ZodString, z.ZodString>>;
  toolkit: ReturnType<typeof schemaFactories.toolkit<z.ZodString, z.ZodString>>;
}

/** A collection's entry data as its schema parsed it, e.g. `PlainData<'lessons'>`. */
export type PlainData<K extends EntryCollection> = z.output<PlainSchemas[K]>;

/** Every collection's entries, each typed by its own schema. */
export type SnapshotEntries = { [K in EntryCollection]: Entry<PlainData<K>>[] };

/** All the content, parsed, plus the problems found while reading it. */
export interface ContentSnapshot {
  /** The project folder the content was read from. */
  root: string;
  entries: SnapshotEntries;
  school: School | undefined;
  coveragePlan: CoveragePlan;
  /** The school's Gatsby Benchmark self-assessment; undefined when it has none or it has a problem. */
  gatsbyAssessment: GatsbyAssessment | undefined;
  /** Every file in content/delivery/: what was delivered, one file per school year. */
  delivery: DeliveryRecordFile[];
  /** Problems found while reading: unreadable files and schema errors. */
  readProblems: Problem[];
  /**
   * Entries that exist but are not in `entries`, by collection: those the school excludes, those
   * for year groups it does not teach, and those whose own file has a problem (reported once,
   * there). References to them are not errors.
   */
  leftOut: Partial<Record<CollectionName, string[]>>;
}
