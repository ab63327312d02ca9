import type { z } from 'astro/zod';
import { error, fieldPath, type Problem } from './problem.ts';
import { whereToSeeShape } from './shape-hints.ts';

/** Says how to fix one schema issue in `file`, in words for someone editing a content file. */
function fixFor(issue: z.core.$ZodIssue, field: string, file: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `Add the field \`${field}:\` (to see its shape, ${whereToSeeShape(file)}).`
        : `Give \`${field}\` a ${issue.expected} value.`;
    case 'invalid_value':
      return `Change \`${field}\` to one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `List at least ${String(issue.minimum)} item(s) under \`${field}\`.`
        : `Make \`${field}\` at least ${String(issue.minimum)}${issue.origin === 'string' ? ' character(s) long' : ''}.`;
    case 'too_big':
      return `Make \`${field}\` at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return `Remove or correct ${issue.keys.map((k) => `\`${k}\``).join(', ')} under \`${field}\`. If it is part of a piece of text (text with a comma inside \`{ … }\`), put the whole text in double quotes.`;
    case 'invalid_format':
      return `Write \`${field}\` as a valid ${issue.format}.`;
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
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const what = missing
      ? `The required field \`${field}\` is missing.`
      : `\`${field}\`: ${issue.message}`;
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
