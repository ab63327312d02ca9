import type { CollectionName } from '../schemas/common.ts';
import type { CoveragePlan } from '../schemas/coverage-plan.ts';
import type { School } from '../schemas/school.ts';
import type { Problem } from './problem.ts';

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

/** All the content, parsed, plus the problems found while reading it. */
export interface ContentSnapshot {
  /** The project folder the content was read from. */
  root: string;
  entries: Record<Exclude<CollectionName, 'school'>, Entry[]>;
  school: School | undefined;
  coveragePlan: CoveragePlan;
  /** Problems found while reading: unreadable files and schema errors. */
  readProblems: Problem[];
  /**
   * Entries that exist but are not in `entries`, by collection: those the school excludes, those
   * for year groups it does not teach, and those whose own file has a problem (reported once,
   * there). References to them are not errors.
   */
  leftOut: Partial<Record<CollectionName, string[]>>;
}
