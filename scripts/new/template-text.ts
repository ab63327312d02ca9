// What every `npm run new` template shares: its input, and how it writes text into YAML.
import { placeholder, placeholderMarker } from '../../src/validation/placeholders.ts';

/** What the command line gives a template. */
export interface TemplateInput {
  /** The title given with --title, used as it is. */
  title: string;
  /** The year group given with --year (lessons only; 0 otherwise). */
  year: number;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** Writes text as a YAML double-quoted string (JSON's escapes are YAML's too). */
export const quote = (text: string): string => JSON.stringify(text);

/** Example text the author must replace, as a YAML string: `"[EDIT ME: …]"`. */
export const example = (text: string): string => quote(placeholder(text));

/** Example text for an MDX body, where it is written as it is. */
export const exampleBody = (text: string): string => placeholder(text);

/** The comment every template opens with, saying how placeholders work. */
export const howToEdit = (kind: string, schemaFile: string): string =>
  `# A new ${kind}, written as a worked example: every field is filled in to show its shape.
# Replace each "[${placeholderMarker} …]" with your own words, deleting the brackets and "${placeholderMarker}"
# too; \`npm run validate\` names every one still left, and fails until none is.
# Each field is explained in ${schemaFile}.`;

/** A year after \`today\` (YYYY-MM-DD): when a new fact or a real person's profile is next checked. */
export const aYearOn = (today: string): string =>
  `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
