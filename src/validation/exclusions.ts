import { schoolFile } from '../lib/collection-sources.ts';
import type { School } from '../schemas/school.ts';
import { error, type Problem } from './problem.ts';
import type { ContentSnapshot } from './snapshot.ts';

/**
 * Drops the built-in entries a school has chosen not to publish, so every rule (coverage above
 * all) judges the programme the school actually publishes. An id that matches nothing is
 * reported: it is almost always a typo, and the entry would otherwise stay published.
 */
export function withoutExcluded(entries: ContentSnapshot['entries'], school: School) {
  const result = { ...entries };
  const problems: Problem[] = [];
  for (const [collection, ids] of Object.entries(school.exclude) as [
    keyof School['exclude'],
    string[],
  ][]) {
    const known = new Set(entries[collection].map((entry) => entry.id));
    ids.forEach((id, i) => {
      if (known.has(id)) return;
      problems.push(
        error({
          rule: 'exclude',
          file: schoolFile,
          field: `exclude.${collection}[${i}]`,
          message: `There is no entry "${id}" to leave out of ${collection}.`,
          fix: 'Check the spelling: use the file name without its extension.',
        }),
      );
    });
    result[collection] = entries[collection].filter((entry) => !ids.includes(entry.id));
  }
  return { entries: result, problems };
}
