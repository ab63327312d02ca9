import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Two entries of one collection with the same id: the site would silently show only one. */
export function checkDuplicateIds({ entries }: ContentSnapshot): Problem[] {
  return Object.entries(entries).flatMap(([collection, list]) => {
    const firstById = new Map<string, string>();
    return list.flatMap((entry) => {
      const first = firstById.get(entry.id);
      if (first === undefined) {
        firstById.set(entry.id, entry.field ? `${entry.file} ${entry.field}` : entry.file);
        return [];
      }
      return [
        error({
          rule: 'duplicate-id',
          file: entry.file,
          field: entry.field ? `${entry.field}.id` : '(file name)',
          message: `Another entry in ${collection} already has the id "${entry.id}" (${first}).`,
          fix: entry.field
            ? 'Give this item a different `id`.'
            : 'Rename one of the two files: the id is the file name.',
        }),
      ];
    });
  });
}
