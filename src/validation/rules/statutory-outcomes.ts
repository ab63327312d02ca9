import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { collectionSources, coveragePlanFile } from '../../lib/collection-sources.ts';
import { compareOutcomeCodes } from '../../lib/coverage.ts';
import { entryIdFromPath } from '../../lib/entry-id.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** How many outcome statements each of the six Principles has in the 2009 guidance. */
const outcomesPerPrinciple = [6, 6, 11, 7, 6, 9];

/** The 45 outcome codes of the 2009 guidance, 1.1 to 6.9, in order. */
export const statutoryOutcomeCodes: readonly string[] = outcomesPerPrinciple.flatMap(
  (count, principle) => Array.from({ length: count }, (_, i) => `${principle + 1}.${i + 1}`),
);

/** The codes as a school would read them: "1.1 to 1.6, 2.1 to 2.6, …". */
const codeRanges = outcomesPerPrinciple
  .map((count, principle) => `${principle + 1}.1 to ${principle + 1}.${count}`)
  .join(', ');

/**
 * content/outcomes/ holds exactly the 45 statutory outcomes. Coverage is checked against the
 * files there, so deleting one would quietly drop a duty, and an extra one would be published
 * as statutory. Read from the folder, so an outcome whose file has a mistake is not also
 * reported missing. File names that are not codes at all are reported by the entry-id rule.
 */
export function checkStatutoryOutcomes({ root }: ContentSnapshot): Problem[] {
  const { path, pattern } = collectionSources.outcomes;
  const present = new Set(globSync(pattern ?? '*', { cwd: join(root, path) }).map(entryIdFromPath));
  const statutory = new Set(statutoryOutcomeCodes);
  const missing = statutoryOutcomeCodes
    .filter((code) => !present.has(code))
    .map((code) =>
      error({
        rule: 'statutory-outcomes',
        file: `${path}/${code}.yaml`,
        field: '(whole file)',
        message: `Outcome ${code} is missing. The 2009 guidance has 45 outcome statements (${codeRanges}), and the site must publish every one.`,
        fix: `Put ${path}/${code}.yaml back from the Horizons repository. If your programme does not cover it yet, list it in ${coveragePlanFile} with a reason and a target date instead.`,
      }),
    );
  const extra = [...present]
    .filter((code) => /^[1-6]\.\d{1,2}$/.test(code) && !statutory.has(code))
    .sort(compareOutcomeCodes)
    .map((code) =>
      error({
        rule: 'statutory-outcomes',
        file: `${path}/${code}.yaml`,
        field: '(file name)',
        message: `There is no outcome ${code} in the 2009 guidance: its 45 outcomes are ${codeRanges}.`,
        fix: 'Delete this file, or rename it to the code of the outcome it describes.',
      }),
    );
  return [...missing, ...extra];
}
