/** A kind of content file: where it lives, how to make one, and what describes its fields. */
interface FileKind {
  /** The start of its path, relative to the project root. */
  prefix: string;
  /** What one is called, with its article: "a lesson". */
  noun: string;
  /** The `npm run new` command that writes a worked example of every field, if there is one. */
  starter?: string;
  /** The schema file whose comments describe every field. */
  schema: string;
}

const kinds: readonly FileKind[] = [
  {
    prefix: 'lessons/',
    noun: 'a lesson',
    starter: 'npm run new -- lesson --year 9 --title "Example"',
    schema: 'lesson.ts',
  },
  {
    prefix: 'content/activities/',
    noun: 'an activity',
    starter: 'npm run new -- activity --title "Example"',
    schema: 'activity.ts',
  },
  {
    prefix: 'content/role-models/',
    noun: 'a role model',
    starter: 'npm run new -- role-model --title "Example"',
    schema: 'role-model.ts',
  },
  {
    prefix: 'case-studies/',
    noun: 'a case study',
    starter: 'npm run new -- case-study --title "Example"',
    schema: 'case-study.ts',
  },
  {
    prefix: 'content/facts/',
    noun: 'a fact',
    starter: 'npm run new -- fact --title "Example"',
    schema: 'fact.ts',
  },
  { prefix: 'content/outcomes/', noun: 'an outcome', schema: 'outcome.ts' },
  { prefix: 'content/principles/', noun: 'a principle', schema: 'principle.ts' },
  { prefix: 'content/handouts/', noun: 'a handout', schema: 'handout.ts' },
  { prefix: 'content/cpd/', noun: 'a CPD session', schema: 'cpd.ts' },
  { prefix: 'content/years/', noun: 'a year overview', schema: 'year-overview.ts' },
  { prefix: 'content/frameworks/', noun: 'a framework entry', schema: 'frameworks.ts' },
];

/**
 * Where someone editing `file` can see the shape of a field it lacks, pointing only at things
 * that exist: a starting file `npm run new` writes, another file of the same kind, the schema
 * whose comments describe every field, or FORKING.md for the school's details.
 */
export function whereToSeeShape(file: string): string {
  if (file === 'content/school.yaml') {
    return 'copy it from content/school.yaml in the Horizons repository, which fills in every field; FORKING.md, section 2, says what they hold';
  }
  if (file === 'content/coverage-plan.yaml') {
    return 'see src/schemas/coverage-plan.ts, which describes every field';
  }
  const kind = kinds.find((k) => file.startsWith(k.prefix));
  if (!kind) return 'copy it from a similar file';
  const similar = `copy it from another ${kind.noun.replace(/^an? /, '')} in ${kind.prefix}`;
  return kind.starter
    ? `${similar}, or run \`${kind.starter}\` to see ${kind.noun} with a worked example of every field (then delete that file)`
    : `${similar}, or see src/schemas/${kind.schema}, which describes every field`;
}
