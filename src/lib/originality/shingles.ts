import { createHash } from 'node:crypto';

/** How many words in a row count as copying (CONTENT-RULES.md: "no run of a dozen words"). */
export const SHINGLE_WORDS = 12;

/** Lower-case words only, so punctuation and line breaks do not hide a copied run. */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);

/** Removes quotations, which may be copied when short and attributed. */
export const withoutQuotations = (text: string): string =>
  text
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/(^|[\s(])'[^'\n]{20,}?'(?=[\s.,;:)]|$)/g, ' ');

/** A short fingerprint of one run of words: the sources are stored as these, never as text. */
export const fingerprint = (run: string): string =>
  createHash('sha1').update(run).digest('base64url').slice(0, 10);

/** Every run of SHINGLE_WORDS words in a text, with its fingerprint. */
export function shingles(text: string): { run: string; hash: string }[] {
  const list = words(text);
  const out: { run: string; hash: string }[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    const run = list.slice(i, i + SHINGLE_WORDS).join(' ');
    out.push({ run, hash: fingerprint(run) });
  }
  return out;
}
