import { fieldPath } from './problem.ts';

/**
 * Finds what looks like personal data in a file that is published, such as a delivery record:
 * fields meant for a person's name or details, email addresses, staff written as "Mr Khan", and
 * unique pupil numbers. It works on the file as written (the YAML before any checking drops a
 * field), so a `pupil:` line is found even though no schema has such a field.
 */

/** What was found, and where. */
export interface PersonalDataFinding {
  /** Where it is: a field path such as `entries[2].pupil`, or `(line 7)` for a comment. */
  field: string;
  kind: 'name-field' | 'pupil-list' | 'email' | 'titled-name' | 'pupil-number';
  /** The key or the text that gave it away. */
  found: string;
}

/** A field name as written, reduced to letters and digits: "Pupil name" and "pupil_name" → "pupilname". */
const normalised = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Field names that hold a person's name, contact details or an identifier, whole. */
const personalKeys = new Set([
  'name',
  'names',
  'initials',
  'dob',
  'dateofbirth',
  'birthdate',
  'birthday',
  'upn',
  'uln',
  'uci',
  'candidatenumber',
  'admissionnumber',
  'email',
  'emailaddress',
  'mail',
  'phone',
  'telephone',
  'mobile',
  'address',
  'postcode',
  'photo',
  'ledby',
  'deliveredby',
  'taughtby',
  'runby',
  'presenter',
]);

/** Words for people, alone or with a detail after them: "pupil", "studentName", "staffEmail". */
const personWithDetail =
  /^(pupil|student|child|learner|teacher|staff|tutor|leader|visitor|speaker|contact|adviser|advisor)s?(name|names|id|email|dob|initials|upn|number|member|members)?$/;

/** Any kind of name: "firstName", "surname", "preferred_name", "names". */
const kindOfName = /names?$/;

/** The delivery record's own count of pupils, which is not a name field. */
const pupilCount = 'pupils';

/** Whether a field name looks like a place for a person's name or details. */
export function isPersonalKey(key: string): boolean {
  const word = normalised(key);
  if (word === pupilCount) return false;
  return personalKeys.has(word) || personWithDetail.test(word) || kindOfName.test(word);
}

const emailAddress = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
/** A member of staff as pupils name them: "Mr Khan", "Mrs. O'Neill", "Dr Adeyemi". */
const titledName = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? +[A-Z][\p{L}-]*(?:['’][A-Z][\p{L}-]*)?/gu;
/** A unique pupil number: a letter, 11 digits and a digit or letter. */
const pupilNumber = /\b[A-Z]\d{11}[0-9A-Z]\b/g;

/** Personal details written inside a piece of text. */
function inText(
  text: string,
  allowedEmail: string,
): { kind: PersonalDataFinding['kind']; found: string }[] {
  const emails = [...text.matchAll(emailAddress)]
    .map(([found]) => found)
    .filter((found) => found.toLowerCase() !== allowedEmail);
  return [
    ...emails.map((found) => ({ kind: 'email' as const, found })),
    ...[...text.matchAll(titledName)].map(([found]) => ({ kind: 'titled-name' as const, found })),
    ...[...text.matchAll(pupilNumber)].map(([found]) => ({ kind: 'pupil-number' as const, found })),
  ];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** `pupils:` holding words or a list rather than a number: most likely the pupils' names. */
const looksLikeNames = (value: unknown) =>
  Array.isArray(value) || (typeof value === 'string' && /\p{L}/u.test(value));

/**
 * Walks the file's data, finding personal fields and personal details in its text. What is inside
 * a field already found (the address in `email: …`) goes into `covered`: deleting the field deals
 * with it, so it is not reported again.
 */
function walk(
  value: unknown,
  path: PropertyKey[],
  allowedEmail: string,
  found: PersonalDataFinding[],
  covered: PersonalDataFinding[],
): void {
  if (typeof value === 'string') {
    for (const hit of inText(value, allowedEmail)) found.push({ field: fieldPath(path), ...hit });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], allowedEmail, found, covered));
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = fieldPath([...path, key]);
      const personal = isPersonalKey(key)
        ? 'name-field'
        : key === pupilCount && looksLikeNames(child)
          ? 'pupil-list'
          : undefined;
      if (personal) {
        found.push({ field, kind: personal, found: key });
        walk(child, [...path, key], allowedEmail, covered, covered);
      } else walk(child, [...path, key], allowedEmail, found, covered);
    }
  }
}

/**
 * Everything in a file that looks like personal data. `raw` is the file's data as written, `text`
 * the whole file, so details in comments are found too (reported by line); `allowedEmail` is the
 * one address that may appear, the careers leader's own.
 */
export function findPersonalData(
  raw: unknown,
  text: string,
  allowedEmail = '',
): PersonalDataFinding[] {
  const allowed = allowedEmail.trim().toLowerCase();
  const found: PersonalDataFinding[] = [];
  const covered: PersonalDataFinding[] = [];
  walk(raw, [], allowed, found, covered);
  // Comments (and anything else only the text holds) are read line by line; what the data
  // already showed is not reported twice.
  const seen = new Set([...found, ...covered].map((f) => f.found));
  text.split('\n').forEach((line, i) => {
    for (const hit of inText(line, allowed)) {
      if (seen.has(hit.found)) continue;
      seen.add(hit.found);
      found.push({ field: `(line ${i + 1})`, ...hit });
    }
  });
  return found;
}

/**
 * The fields whose whole value is personal (a `pupil:` line, `pupils:` holding names). Reading the
 * file leaves them to the personal-data rule, so one mistake gives one error, not also "a field
 * Horizons does not use".
 */
export const personalFields = (raw: unknown): string[] =>
  findPersonalData(raw, '')
    .filter((f) => f.kind === 'name-field' || f.kind === 'pupil-list')
    .map((f) => f.field);
