import type { z } from 'astro/zod';
import { error, fieldPath, type Problem } from './problem.ts';
import { whereToSeeShape } from './shape-hints.ts';

/** The last part of a field path, as it is written in the file: `consent.date` → `date`. */
const lastPart = (field: string) =>
  field
    .split('.')
    .pop()
    ?.replace(/\[\d+\]$/, '') ?? field;

/** What a kind of value is, in words for someone editing a content file. */
const kindOfValue: Record<string, string> = {
  number: 'a number, e.g. 60',
  int: 'a whole number, e.g. 60',
  boolean: 'true or false',
  array: 'a list, one item per line starting with "- "',
  object: 'a group of fields, each on its own line indented under it',
  string: 'text',
  date: 'a date written YYYY-MM-DD, e.g. 2027-07-15',
};

/** What a format means, in words: `email` → an email address. */
const formatWords: Record<string, string> = {
  email: 'an email address, e.g. careers@your-school.sch.uk',
  url: 'a full web address starting https://',
  regex: 'the form shown in the field’s example',
};

/** zod's own wording starts like this; a schema's own message does not, and is kept. */
const zodWording = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

/** Says what is wrong with one schema issue, without zod's words for types. */
function whatIsWrong(issue: z.core.$ZodIssue, field: string): string {
  if (!zodWording.test(issue.message)) return `\`${field}\`: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return `\`${field}\` should be ${kindOfValue[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return `\`${field}\` must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array')
        return `\`${field}\` needs at least ${String(issue.minimum)} item(s).`;
      if (issue.origin === 'string') return `\`${field}\` is empty or too short.`;
      return `\`${field}\` must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `\`${field}\` can have at most ${String(issue.maximum)} item(s).`
        : `\`${field}\` must be at most ${String(issue.maximum)}.`;
    case 'invalid_format':
      return `\`${field}\` should be ${formatWords[issue.format] ?? `written as a ${issue.format}`}.`;
    case 'unrecognized_keys':
      return `\`${field}\` has ${issue.keys.map((k) => `\`${k}\``).join(', ')}, which Horizons does not use here.`;
    case 'invalid_union':
      return `\`${field}\` is not written in any of the forms Horizons accepts here.`;
    default:
      return `\`${field}\` is not right.`;
  }
}

/** Says how to fix one schema issue in `file`, in words for someone editing a content file. */
function fixFor(issue: z.core.$ZodIssue, field: string, file: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `Add the field \`${field}:\` (to see its shape, ${whereToSeeShape(file)}).`;
      if (issue.expected === 'date')
        return `Write \`${field}\` as year-month-day with a real day of the month, e.g. \`${lastPart(field)}: 2027-07-15\`.`;
      if (issue.expected === 'string' && issue.input === null)
        return `Write the text after \`${lastPart(field)}:\`; it is empty.`;
      // Unquoted, 01632960000 is read as a number and yes as true.
      if (issue.expected === 'string')
        return `Put the value of \`${field}\` in double quotes, so it is read as it is written.`;
      return `Give \`${field}\` ${kindOfValue[issue.expected] ?? 'a value like the one in a similar file'}.`;
    case 'invalid_value': {
      const choices = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.input === undefined
        ? `Add \`${field}:\` with one of: ${choices}.`
        : `Change \`${field}\` to one of: ${choices}.`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `List at least ${String(issue.minimum)} item(s) under \`${field}\`.`
        : `Make \`${field}\` at least ${String(issue.minimum)}${issue.origin === 'string' ? ' character(s) long' : ''}.`;
    case 'too_big':
      return `Make \`${field}\` at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return `Remove or correct ${issue.keys.map((k) => `\`${k}\``).join(', ')} under \`${field}\`. If it is part of a piece of text (text with a comma inside \`{ … }\`), put the whole text in double quotes.`;
    case 'invalid_format':
      return `Write \`${field}\` as ${formatWords[issue.format] ?? 'in similar files'}.`;
    case 'custom':
      // A schema's own check can say how to put it right (`params: { fix }`).
      return typeof issue.params?.['fix'] === 'string'
        ? issue.params['fix']
        : `Correct \`${field}\` and run \`npm run validate\` again.`;
    default:
      return `Correct \`${field}\` and run \`npm run validate\` again.`;
  }
}

/** Turns a failed schema parse into problems naming the file, the field and the fix. */
export function schemaProblems(
  file: string,
  prefix: string,
  issues: readonly z.core.$ZodIssue[],
  reasons: Record<string, string> = {},
): Problem[] {
  return issues.map((issue) => {
    const inner = fieldPath(issue.path);
    const field = prefix && inner ? `${prefix}.${inner}` : prefix || inner || '(whole file)';
    // A missing choice (an enum) is missing too, not a wrong choice.
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      issue.input === undefined;
    const what = missing
      ? `The required field \`${field}\` is missing.`
      : whatIsWrong(issue, field);
    const why = reasons[field];
    return error({
      rule: 'schema',
      file,
      field,
      message: why ? `${what} ${why}` : what,
      fix: fixFor(issue, field, file),
    });
  });
}
