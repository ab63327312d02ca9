import { contrastRatio } from '../../lib/contrast.ts';
import { schoolFile } from '../../lib/collection-sources.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** WCAG 2.2 AA: normal text needs a contrast ratio of at least 4.5:1. */
const minimum = 4.5;

/** The header shows white text on the primary colour; the accent marks text on white. */
export function checkSchoolColours({ school }: ContentSnapshot): Problem[] {
  if (!school) return [];
  const pairs = [
    { field: 'colours.primary', colour: school.colours.primary, use: 'white header text on it' },
    { field: 'colours.accent', colour: school.colours.accent, use: 'it on a white page' },
  ];
  return pairs.flatMap(({ field, colour, use }) => {
    const ratio = contrastRatio(colour, '#ffffff');
    if (ratio >= minimum) return [];
    return [
      error({
        rule: 'school-colours',
        file: schoolFile,
        field,
        message: `${colour} is too light: ${use} has a contrast ratio of ${ratio.toFixed(2)}:1, below the ${minimum}:1 that WCAG AA needs for text.`,
        fix: `Choose a darker shade of ${colour} (check it with any WCAG contrast checker against white).`,
      }),
    ];
  });
}
