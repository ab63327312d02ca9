import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseAcademicYear, type AcademicYear } from '../lib/academic-year.ts';
import { deliveryFolder } from '../lib/collection-sources.ts';
import { deliveryEntrySchema, deliverySchema, type DeliveryRecord } from '../schemas/delivery.ts';
import { plainHelpers } from '../schemas/common.ts';
import { personalFields } from './personal-data.ts';
import { error, type Problem } from './problem.ts';
import { findReferences, validatorHelpers } from './references.ts';
import { schemaProblems } from './schema-problems.ts';
import type { Reference } from './snapshot.ts';
import { unknownKeyProblems } from './unknown-keys.ts';

/** One file in content/delivery/, as read. */
export interface DeliveryRecordFile {
  /** Path from the project root, e.g. `content/delivery/2026-27.yaml`. */
  file: string;
  /** The school year the file's name gives; undefined when the name is not one, e.g. 2026-27. */
  academicYear: AcademicYear | undefined;
  /** The whole file as written, comments included; empty when it was not read. */
  text: string;
  /** The file's data as written, before checking drops any field the personal-data rule must see. */
  raw: unknown;
  /** The checked data; undefined when the file was not read or has a problem. */
  record: DeliveryRecord | undefined;
  /** Every reference its entries make, found from the schema. */
  references: Reference[];
}

/** A file's text and data, or undefined when it could not be read (its problem already reported). */
export type ReadYaml = (file: string) => { text: string; raw: unknown } | undefined;

/** Notes and what a computer adds beside files: not delivery records, and not reported. */
const isCompanion = (path: string) =>
  /(^|\/)readme(\.\w+)?$/i.test(path) || /(^|\/)(thumbs\.db|desktop\.ini)$/i.test(path);

// Built once: building a schema costs far more than using it.
const schema = deliverySchema(validatorHelpers);
const entryFields = Object.keys(deliveryEntrySchema(plainHelpers).shape);

/** Whether `field` is `under` or inside it. */
const within = (field: string, under: string) =>
  field === under || field.startsWith(`${under}.`) || field.startsWith(`${under}[`);

/** Checks one delivery record's data, reporting what is wrong in `problems`. */
function parseRecord(file: string, raw: unknown, problems: Problem[]) {
  if (Array.isArray(raw)) {
    problems.push(
      error({
        rule: 'schema',
        file,
        field: '(whole file)',
        message: 'The list of what ran is not under `entries:`, so none of it can be read.',
        fix: 'Add a line `entries:` at the top of the file, and indent the list under it by two spaces.',
      }),
    );
    return undefined;
  }
  // A `pupil:` line is the personal-data rule's to report (why, and what to do instead), not
  // also a field Horizons does not use.
  const personal = personalFields(raw);
  const own = (p: Problem) => !personal.some((field) => within(p.field, field));
  const entries = (raw as { entries?: unknown } | null)?.entries;
  problems.push(
    ...[
      ...unknownKeyProblems(file, '', raw, Object.keys(schema.shape)),
      ...(Array.isArray(entries) ? entries : []).flatMap((entry, i) =>
        unknownKeyProblems(file, `entries[${i}]`, entry, entryFields),
      ),
    ].filter(own),
  );
  const result = schema.safeParse(raw ?? {}, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...schemaProblems(file, '', result.error.issues).filter(own));
  return undefined;
}

/**
 * Reads every file in content/delivery/. Each is kept, whatever its name, so the delivery rules
 * can say what is wrong with a name; only YAML files directly in the folder are read.
 */
export function readDeliveryRecords(
  root: string,
  read: ReadYaml,
  problems: Problem[],
): DeliveryRecordFile[] {
  const files = globSync('**/*', { cwd: join(root, deliveryFolder) })
    .filter((path) => !isCompanion(path))
    .sort();
  return files.map((path) => {
    const file = `${deliveryFolder}/${path}`;
    const name = /^([^/]+)\.yaml$/.exec(path)?.[1];
    const found: DeliveryRecordFile = {
      file,
      academicYear: name === undefined ? undefined : parseAcademicYear(name),
      text: '',
      raw: undefined,
      record: undefined,
      references: [],
    };
    const content = /^[^/]+\.ya?ml$/i.test(path) ? read(file) : undefined;
    if (!content) return found;
    const record = parseRecord(file, content.raw, problems);
    return {
      ...found,
      ...content,
      record,
      references: record ? findReferences(schema, record) : [],
    };
  });
}
