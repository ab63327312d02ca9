import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** A portrait needs a text alternative, and its file must exist beside the profile. */
export function checkPortraits({ entries, root }: ContentSnapshot): Problem[] {
  return entries.roleModels.flatMap((profile) => {
    const portrait = profile.data.portrait;
    if (!portrait) return [];
    const problems: Problem[] = [];
    if (!profile.data.portraitAlt.trim()) {
      problems.push(
        error({
          rule: 'portrait',
          file: profile.file,
          field: 'portraitAlt',
          message: 'The portrait has no text alternative.',
          fix: 'Add `portraitAlt:` describing the illustration for people who cannot see it.',
        }),
      );
    }
    if (!existsSync(join(root, dirname(profile.file), portrait))) {
      problems.push(
        error({
          rule: 'portrait',
          file: profile.file,
          field: 'portrait',
          message: `The portrait file ${portrait} does not exist.`,
          fix: `Put the image next to the profile as ${portrait}, or correct the path.`,
        }),
      );
    }
    return problems;
  });
}
