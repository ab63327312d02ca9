import { error, type Problem } from './problem.ts';

/** How many single-letter edits turn `a` into `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known field closest to a mistyped one, if it is close enough to be what was meant. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  // A third of the word, at least two letters: "excludes" → "exclude", "lastreviewed" → "lastReviewed".
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}

/**
 * Fields a file has that its kind of entry does not: almost always a misspelling, which would
 * otherwise be dropped without a word (a misspelt `exclude:` publishes everything).
 */
export function unknownKeyProblems(
  file: string,
  field: string,
  raw: unknown,
  known: readonly string[],
): Problem[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = closestKey(key, known);
      return error({
        rule: 'unknown-field',
        file,
        field: field ? `${field}.${key}` : key,
        message: `This file has a field \`${key}\` that Horizons does not use, so what it says would be ignored.`,
        fix: suggestion
          ? `Did you mean \`${suggestion}\`? Rename it, keeping the spaces before it as they are.`
          : `Check the spelling against a similar file, or delete the line if it is not needed.`,
      });
    });
}
