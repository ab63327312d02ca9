import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** The Provider Access Legislation's three phases, each needing two encounters. */
const phases = [
  { years: [8, 9], label: 'Years 8–9', sixthFormOnly: false },
  { years: [10, 11], label: 'Years 10–11', sixthFormOnly: false },
  { years: [12, 13], label: 'Years 12–13', sixthFormOnly: true },
];

/**
 * Pupils must meet providers of technical education and apprenticeships at least twice in each
 * phase. A school without a sixth form is not held to the Years 12–13 pair.
 */
export function checkProviderAccess({ entries, school }: ContentSnapshot): Problem[] {
  if (!school || school.phase === 'primary') return [];
  const encounters = entries.activities.filter((a) => a.data.providerAccess);
  return phases
    .filter((phase) => school.sixthForm || !phase.sixthFormOnly)
    .flatMap((phase) => {
      const inPhase = encounters.filter((a) => a.data.years.some((y) => phase.years.includes(y)));
      if (inPhase.length >= 2) return [];
      return [
        error({
          rule: 'provider-access',
          file: 'content/activities/',
          field: 'providerAccess',
          message: `The programme has ${inPhase.length} provider-access encounter${inPhase.length === 1 ? '' : 's'} in ${phase.label}; the Provider Access Legislation needs at least 2.`,
          fix: `Add activities for ${phase.label} with \`providerAccess: true\`${phase.sixthFormOnly ? ', or set `sixthForm: false` in content/school.yaml if the school has no sixth form' : ''}.`,
        }),
      ];
    });
}
