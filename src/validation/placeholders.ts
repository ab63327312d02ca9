// The mark `npm run new` puts on every piece of example text, so the validator can tell text an
// author has not yet replaced from real content. Shared by scripts/new/templates.ts and
// rules/template-placeholders.ts; nothing else should write it.

/** The words that open every placeholder. No real content contains them. */
export const placeholderMarker = 'EDIT ME:';

/** Wraps example text as a placeholder: `[EDIT ME: I can name three jobs…]`. */
export const placeholder = (example: string): string => `[${placeholderMarker} ${example}]`;

const escaped = placeholderMarker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A placeholder in a piece of text: from the marker (and its opening bracket, if still there) to
 * the closing bracket, or to the end of the line if the bracket has gone.
 */
const placeholderPattern = new RegExp(`\\[?${escaped}[^\\]\\n]*\\]?`, 'g');

/** Every placeholder still in `text`, as written there; empty when there is none. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[0].trim());
}
