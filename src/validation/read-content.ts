import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  collectionSources,
  coveragePlanFile,
  gatsbyAssessmentFile,
  schoolFile,
} from '../lib/collection-sources.ts';
import { entryIdFromPath } from '../lib/entry-id.ts';
import { coveragePlanSchema, type CoveragePlan } from '../schemas/coverage-plan.ts';
import { gatsbyAssessmentSchema } from '../schemas/gatsby-assessment.ts';
import { schemaFactories } from '../schemas/registry.ts';
import { roleModelReasons } from '../schemas/role-model.ts';
import { schoolSchema, statutoryReasons, type School } from '../schemas/school.ts';
import { withoutExcluded } from './exclusions.ts';
import { quoteImpossibleDates } from './frontmatter-dates.ts';
import { checkMdxBody } from './mdx-syntax.ts';
import { error, type Problem } from './problem.ts';
import { findReferences, validatorHelpers } from './references.ts';
import { readDeliveryRecords } from './read-delivery.ts';
import { notUtf8Problem, NotUtf8Error, readUtf8 } from './read-text.ts';
import { schemaProblems } from './schema-problems.ts';
import { unknownKeyProblems } from './unknown-keys.ts';
import type { ContentSnapshot, Entry, SnapshotEntries } from './snapshot.ts';

type CollectionKey = keyof typeof collectionSources;

/** A content file's data (YAML files whole, MDX files their frontmatter) and its MDX body. */
interface ReadFile {
  raw: unknown;
  /** The Markdown body after the frontmatter; empty for YAML. */
  body: string;
  /** Problems in the body (MDX syntax), with line numbers in the whole file. */
  bodyProblems: Problem[];
}

/** Reads a content file once. Throws on bad YAML syntax or text that is not UTF-8. */
function readFile(root: string, file: string): ReadFile {
  const text = readUtf8(join(root, file));
  if (/\.ya?ml$/.test(file)) return { raw: parseYaml(text), body: '', bodyProblems: [] };
  if (/^---\r?\n/.test(text) && !/\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
    throw new UnclosedFrontmatterError();
  }
  const { frontmatter, content } = parseFrontmatter(quoteImpossibleDates(text));
  // The body starts on the line after the closing `---`.
  const bodyStart = text.length - content.length;
  const firstLine = text.slice(0, bodyStart).split('\n').length;
  return {
    raw: frontmatter,
    body: content,
    bodyProblems: file.endsWith('.mdx') ? checkMdxBody(file, content, firstLine) : [],
  };
}

/** A file whose fields start with `---` but never end with one: everything would read as fields. */
class UnclosedFrontmatterError extends Error {}

function unreadable(file: string, cause: unknown): Problem {
  if (cause instanceof UnclosedFrontmatterError) {
    return error({
      rule: 'syntax',
      file,
      field: '(whole file)',
      message:
        'The fields at the top start with a `---` line but have no `---` line to close them, so the whole file reads as fields.',
      fix: 'Put a line with just `---` after the last field (before the lesson text), as in similar files.',
    });
  }
  if (cause instanceof NotUtf8Error) return notUtf8Problem(file, cause);
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return error({
    rule: 'syntax',
    file,
    field: '(whole file)',
    message: `This file's YAML can't be read: ${reason}`,
    fix: 'Check the indentation around the line named, and put text that contains a colon, # or quotes inside double quotes.',
  });
}

/** What particular fields mean, by collection, added to their messages. */
const fieldReasons: Partial<Record<CollectionKey, Record<string, string>>> = {
  roleModels: roleModelReasons,
};

/** Parses one entry with its collection's schema; returns the entry or the problems found. */
function parseEntry(
  schema: z.ZodObject,
  { id, file, field, raw, body }: RawEntry,
  reasons?: Record<string, string>,
) {
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success)
    return { problems: schemaProblems(file, field, result.error.issues, reasons) };
  const entry: Entry = {
    id,
    file,
    field,
    data: result.data,
    body,
    references: findReferences(schema, result.data),
  };
  // zod drops fields it does not know; a misspelt one must not vanish without a word.
  return { entry, problems: unknownKeyProblems(file, field, raw, Object.keys(schema.shape)) };
}

interface RawEntry {
  id: string;
  file: string;
  field: string;
  raw: unknown;
  body: string;
}

/**
 * Reads one collection's entries. Ids of files that exist but could not be read or parsed go into
 * `failed`: their own problems are reported, and files that refer to them are not also told they
 * do not exist.
 */
function readCollection(
  root: string,
  name: CollectionKey,
  problems: Problem[],
  failed: string[],
): Entry[] {
  const source = collectionSources[name];
  const raws: RawEntry[] = [];
  if (source.layout === 'entries') {
    const files = globSync(source.pattern ?? '*', { cwd: join(root, source.path) }).sort();
    for (const relative of files) {
      const file = `${source.path}/${relative}`;
      try {
        const { raw, body, bodyProblems } = readFile(root, file);
        raws.push({ id: entryIdFromPath(relative), file, field: '', raw, body });
        problems.push(...bodyProblems);
      } catch (cause) {
        problems.push(unreadable(file, cause));
        failed.push(entryIdFromPath(relative));
      }
    }
  } else if (existsSync(join(root, source.path))) {
    try {
      const list = readFile(root, source.path).raw;
      const items = Array.isArray(list) ? list : [];
      items.forEach((item: Record<string, unknown>, i) => {
        const { id, ...raw } = item ?? {};
        raws.push({
          id: typeof id === 'string' ? id : '',
          file: source.path,
          field: `[${i}]`,
          raw,
          body: '',
        });
      });
    } catch (cause) {
      problems.push(unreadable(source.path, cause));
    }
  }
  // Built once per collection: building a schema costs far more than using it.
  const schema: z.ZodObject = schemaFactories[name](validatorHelpers);
  const entries: Entry[] = [];
  for (const item of raws) {
    const { id, file, field } = item;
    if (!id) {
      problems.push(
        error({
          rule: 'schema',
          file,
          field: `${field}.id`,
          message: 'This item has no `id`.',
          fix: 'Give every item in the list an `id:` line.',
        }),
      );
      continue;
    }
    const parsed = parseEntry(schema, item, fieldReasons[name]);
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
    else failed.push(id);
  }
  return entries;
}

interface SingleFile<T> {
  file: string;
  schema: z.ZodType<T>;
  /** What to use when the file is absent; without one, a missing file is an error. */
  fallback?: T;
  /** Why particular fields are required, added to their messages. */
  reasons?: Record<string, string>;
}

/** Reads a file that holds one object (the school's details, the coverage plan). */
function readSingle<T>(
  root: string,
  { file, schema, fallback, reasons }: SingleFile<T>,
  problems: Problem[],
) {
  if (!existsSync(join(root, file))) {
    if (fallback !== undefined) return fallback;
    problems.push(
      error({
        rule: 'schema',
        file,
        field: '(whole file)',
        message: 'This file is missing.',
        fix: `Create ${file} (copy it from the Horizons repository and edit it).`,
      }),
    );
    return undefined;
  }
  let raw: unknown;
  try {
    raw = readFile(root, file).raw;
  } catch (cause) {
    problems.push(unreadable(file, cause));
    return fallback;
  }
  const result = schema.safeParse(raw ?? {}, { reportInput: true });
  if ('shape' in schema && schema.shape && typeof schema.shape === 'object') {
    problems.push(...unknownKeyProblems(file, '', raw, Object.keys(schema.shape)));
  }
  if (result.success) return result.data;
  problems.push(...schemaProblems(file, '', result.error.issues, reasons));
  return fallback;
}

/** A delivery record's text and data; undefined, with the problem reported, if it can't be read. */
function readDeliveryFile(root: string, file: string, problems: Problem[]) {
  try {
    return { text: readUtf8(join(root, file)), raw: readFile(root, file).raw };
  } catch (cause) {
    problems.push(unreadable(file, cause));
    return undefined;
  }
}

/** Reads and parses every content file under `root`, exactly as the site's loaders would. */
export function readContent(root: string): ContentSnapshot {
  const readProblems: Problem[] = [];
  const names = Object.keys(collectionSources) as CollectionKey[];
  const failed: ContentSnapshot['leftOut'] = {};
  // The one place entry data is typed: each list was parsed by its own collection's schema
  // (`schemaFactories[n]` with the plain helpers), which is what `SnapshotEntries` names, but a
  // loop over the names cannot show TypeScript that pairing.
  const entries = Object.fromEntries(
    names.map((n) => [n, readCollection(root, n, readProblems, (failed[n] = []))]),
  ) as SnapshotEntries;
  const school: School | undefined = readSingle(
    root,
    { file: schoolFile, schema: schoolSchema(), reasons: statutoryReasons },
    readProblems,
  );
  const emptyPlan: CoveragePlan = { planned: [] };
  const coveragePlan =
    readSingle(
      root,
      { file: coveragePlanFile, schema: coveragePlanSchema, fallback: emptyPlan },
      readProblems,
    ) ?? emptyPlan;
  // Optional: a school without a self-assessment leaves the file out.
  const gatsbyAssessment = existsSync(join(root, gatsbyAssessmentFile))
    ? readSingle(
        root,
        { file: gatsbyAssessmentFile, schema: gatsbyAssessmentSchema(validatorHelpers) },
        readProblems,
      )
    : undefined;
  const delivery = readDeliveryRecords(
    root,
    (file) => readDeliveryFile(root, file, readProblems),
    readProblems,
  );
  const single = { coveragePlan, gatsbyAssessment, delivery };
  if (!school) return { root, entries, school, ...single, readProblems, leftOut: failed };
  const published = withoutExcluded(entries, school);
  const leftOut = Object.fromEntries(
    names.map((n) => [n, [...(failed[n] ?? []), ...(published.leftOut[n] ?? [])]]),
  );
  return {
    root,
    entries: published.entries,
    school,
    ...single,
    readProblems: [...readProblems, ...published.problems],
    leftOut,
  };
}
