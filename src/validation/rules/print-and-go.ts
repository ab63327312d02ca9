import type { HandoutKind } from '../../schemas/handout.ts';
import { warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Handout kinds a teacher has to cut up before the lesson. */
const cutUpKinds: ReadonlySet<HandoutKind> = new Set(['card-sort', 'role-cards', 'scenario-cards']);

/** The heading that marks the version pupils complete on the printed sheet. */
export const printAndGoHeading = /^#{2,3}\s+Print and go\s*$/im;

/**
 * A teacher with ten minutes cannot cut up card sets, so every card handout also carries a
 * version done on the sheet itself.
 */
export function checkPrintAndGo({ entries }: ContentSnapshot): Problem[] {
  return entries.handouts
    .filter((h) => cutUpKinds.has(h.data.kind) && !printAndGoHeading.test(h.body))
    .map((h) =>
      warning({
        rule: 'print-and-go',
        file: h.file,
        field: '(body)',
        message:
          'This card set has no version pupils can do on the printed sheet, so it needs cutting up before every lesson.',
        fix: 'Add a section headed `## Print and go` at the end: the same task done on the sheet by numbering, circling, ticking or drawing lines.',
      }),
    );
}
