import { citersOfFacts } from '../../lib/fact-citations.ts';
import { formatDate } from '../../lib/format.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Every file that cites each fact, by fact id, in the order the content was read. */
export function filesCitingFacts({ entries }: ContentSnapshot): Map<string, string[]> {
  const citers = Object.values(entries)
    .flat()
    .map((entry) => ({
      file: entry.file,
      facts: entry.references.filter((ref) => ref.collection === 'facts'),
    }));
  // Entries of one list file (the Gatsby Benchmarks) share a file: name it once.
  return new Map(
    [...citersOfFacts(citers)].map(([id, list]) => [id, [...new Set(list.map((c) => c.file))]]),
  );
}

/**
 * A fact is only as good as its last check: one past its review date is reported with every page
 * that repeats it, so the school knows what to re-read; dates in the wrong order are mistakes.
 */
export function checkFacts(snapshot: ContentSnapshot, today: Date): Problem[] {
  const citing = filesCitingFacts(snapshot);
  return snapshot.entries.facts.flatMap((entry) => {
    const { data, file } = entry;
    if (data.checked > today) {
      return [
        error({
          rule: 'fact-dates',
          file,
          field: 'checked',
          message: `The date this fact was checked, ${formatDate(data.checked)}, is in the future.`,
          fix: 'Set `checked` to the day you last read the source, in the form YYYY-MM-DD.',
        }),
      ];
    }
    if (data.reviewBy <= data.checked) {
      return [
        error({
          rule: 'fact-dates',
          file,
          field: 'reviewBy',
          message: `The review date, ${formatDate(data.reviewBy)}, is not after the date the fact was checked.`,
          fix: 'Set `reviewBy` to the date by which the fact must be checked again, after `checked`.',
        }),
      ];
    }
    if (new URL(data.source.url).pathname === '/') {
      return [
        warning({
          rule: 'fact-source',
          file,
          field: 'source.url',
          message: `The source is a whole website (${data.source.url}), not the page the fact was checked on.`,
          fix: 'Give the exact address of the page that states the fact, so the next person can check it quickly.',
        }),
      ];
    }
    if (data.reviewBy >= today) return [];
    const pages = citing.get(entry.id) ?? [];
    return [
      warning({
        rule: 'fact-review',
        file,
        field: 'reviewBy',
        message: `This fact was due to be checked again by ${formatDate(data.reviewBy)}. ${
          pages.length > 0 ? `Pages that cite it: ${pages.join(', ')}.` : 'No page cites it.'
        }`,
        fix: `Read the source again (${data.source.url}), correct \`statement\` and \`value\` if they have changed, then set \`checked\` to today and \`reviewBy\` to the next check.`,
      }),
    ];
  });
}
