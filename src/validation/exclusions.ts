import { schoolFile } from '../lib/collection-sources.ts';
import { entryYears, forYearsTaught, yearsForSchool } from '../lib/school-years.ts';
import type { School } from '../schemas/school.ts';
import { error, type Problem } from './problem.ts';
import type {
  ContentSnapshot,
  Entry,
  EntryCollection,
  PlainData,
  SnapshotEntries,
} from './snapshot.ts';

/**
 * Drops the built-in entries a school does not publish: those it lists in `exclude`, and lessons,
 * activities and handouts for year groups it does not teach. Every rule (coverage above all) then
 * judges the programme the school actually publishes. An excluded id that matches nothing is
 * reported: it is almost always a typo, and the entry would otherwise stay published.
 */
export function withoutExcluded(entries: SnapshotEntries, school: School) {
  const result: SnapshotEntries = { ...entries };
  const problems: Problem[] = [];
  const leftOut: ContentSnapshot['leftOut'] = {};
  const leave = <K extends EntryCollection>(
    collection: K,
    keep: (entry: Entry<PlainData<K>>) => boolean,
  ) => {
    // Seen through `K` alone, so TypeScript knows the list written back is that collection's.
    const lists: { [C in K]: Entry<PlainData<C>>[] } = result;
    const [kept, dropped] = [
      lists[collection].filter(keep),
      lists[collection].filter((e) => !keep(e)),
    ];
    lists[collection] = kept;
    leftOut[collection] = [...(leftOut[collection] ?? []), ...dropped.map((e) => e.id)];
  };
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
    leave(collection, (entry) => !ids.includes(entry.id));
  }
  const taught = yearsForSchool(school);
  leave('lessons', (e) => forYearsTaught(entryYears.lessons(e.data), taught));
  leave('starters', (e) => forYearsTaught(entryYears.starters(e.data), taught));
  for (const collection of ['activities', 'handouts'] as const) {
    leave(collection, (e) => forYearsTaught(entryYears[collection](e.data), taught));
  }
  return { entries: result, problems, leftOut };
}
