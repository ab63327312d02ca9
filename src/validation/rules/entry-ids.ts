import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Ids that carry meaning (outcome codes, principle and benchmark numbers) must agree with it. */
export function checkEntryIds({ entries }: ContentSnapshot): Problem[] {
  const principles = new Set(entries.principles.map((p) => p.id));
  const problems: Problem[] = [];
  for (const outcome of entries.outcomes) {
    const principle = outcome.id.split('.')[0] ?? '';
    if (!/^[1-6]\.\d{1,2}$/.test(outcome.id)) {
      problems.push(
        error({
          rule: 'unknown-id',
          file: outcome.file,
          field: '(file name)',
          message: `"${outcome.id}" is not an outcome code.`,
          fix: 'Name the file after its statutory code, e.g. 5.4.yaml.',
        }),
      );
    } else if (!principles.has(principle)) {
      problems.push(
        error({
          rule: 'unknown-id',
          file: outcome.file,
          field: '(file name)',
          message: `Outcome ${outcome.id} belongs to Principle ${principle}, which does not exist.`,
          fix: `Add content/principles/${principle}.yaml or correct the outcome's file name.`,
        }),
      );
    }
  }
  for (const principle of entries.principles) {
    if (String(principle.data.number) !== principle.id) {
      problems.push(
        error({
          rule: 'unknown-id',
          file: principle.file,
          field: 'number',
          message: `The file is named ${principle.id} but says it is Principle ${String(principle.data.number)}.`,
          fix: 'Make the file name and `number` agree.',
        }),
      );
    }
  }
  for (const overview of entries.years) {
    if (String(overview.data.year) !== overview.id) {
      problems.push(
        error({
          rule: 'unknown-id',
          file: overview.file,
          field: 'year',
          message: `The file is named ${overview.id}.yaml but says year: ${String(overview.data.year)}.`,
          fix: 'Make the file name and `year` agree.',
        }),
      );
    }
  }
  for (const benchmark of entries.gatsby) {
    if (`gb${String(benchmark.data.number)}` !== benchmark.id) {
      problems.push(
        error({
          rule: 'unknown-id',
          file: benchmark.file,
          field: `${benchmark.field}.id`,
          message: `Benchmark ${String(benchmark.data.number)} has the id "${benchmark.id}".`,
          fix: `Use the id gb${String(benchmark.data.number)}.`,
        }),
      );
    }
  }
  return problems;
}
