import { secondaryKeyStages } from '../../lib/key-stages.ts';
import { collectionSources } from '../../lib/collection-sources.ts';
import { yearsForSchool } from '../../lib/school-years.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** A subject page gives a department something to choose from: a starter for each Key Stage. */
const STARTERS_PER_SUBJECT = 3;

/** Pupils see a route taken by more than one person, so no single story stands for a subject. */
const ROLE_MODELS_PER_SUBJECT = 2;

/**
 * How many starters each subject needs on this school's site: three where it teaches Key Stages
 * 3 to 5, one for each Key Stage it teaches otherwise (an 11–16 school publishes no Year 12
 * starters, so two), none at a primary school, which publishes no subject pages.
 */
export function startersRequired(taught: readonly number[]): number {
  const stages = secondaryKeyStages.filter((ks) => ks.years.some((y) => taught.includes(y)));
  return Math.min(STARTERS_PER_SUBJECT, stages.length);
}

/**
 * Every subject has enough ten-minute starters for the years the school teaches, and at least two
 * published role models whose route uses it.
 */
export function checkSubjects({ entries, school }: ContentSnapshot): Problem[] {
  const required = startersRequired(school ? yearsForSchool(school) : [7, 12, 13]);
  if (required === 0) return [];
  // A profile the school leaves out does not count; one that does not exist is reported once, as
  // a missing reference, so it is counted here rather than reported twice.
  const excluded = new Set(school?.exclude.roleModels ?? []);
  return entries.subjects.flatMap((subject) => {
    const problems: Problem[] = [];
    const starters = entries.starters.filter((s) => s.data.subject === subject.id);
    if (starters.length < required) {
      problems.push(
        error({
          rule: 'subject-starters',
          file: subject.file,
          field: '(starters)',
          message: `${subject.data.name} has ${starters.length} ten-minute starter${starters.length === 1 ? '' : 's'} for the years this school teaches; a subject needs at least ${required}.`,
          fix: `Add a starter in ${collectionSources.starters.path}/ with \`subject: ${subject.id}\` (run \`npm run new -- starter\`), one for each Key Stage you teach.`,
        }),
      );
    }
    const linked = subject.data.roleModels.filter((id) => !excluded.has(id));
    if (linked.length < ROLE_MODELS_PER_SUBJECT) {
      problems.push(
        error({
          rule: 'subject-role-models',
          file: subject.file,
          field: 'roleModels',
          message: `${subject.data.name} links ${linked.length} published role model${linked.length === 1 ? '' : 's'}; a subject needs at least ${ROLE_MODELS_PER_SUBJECT}, so pupils see more than one person it led somewhere.`,
          fix: `Add to \`roleModels\` the file names of profiles in ${collectionSources.roleModels.path}/ whose route uses ${subject.data.name}, or write a new profile (\`npm run new -- role-model\`).`,
        }),
      );
    }
    return problems;
  });
}
