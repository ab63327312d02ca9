import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot, Reference } from '../snapshot.ts';

/** Plain names for collections, for messages. */
const described: Record<string, { noun: string; where: string }> = {
  principles: { noun: 'principle', where: 'content/principles/ (use "1" to "6")' },
  outcomes: { noun: 'outcome', where: 'content/outcomes/ (codes such as "3.1")' },
  lessons: { noun: 'lesson', where: 'lessons/year-N/ (the file name without .mdx)' },
  handouts: { noun: 'handout', where: 'content/handouts/ (the file name without .mdx)' },
  activities: { noun: 'activity', where: 'content/activities/' },
  caseStudies: { noun: 'case study', where: 'case-studies/ (the file name without .mdx)' },
  roleModels: { noun: 'role model', where: 'content/role-models/ (the file name without .mdx)' },
  cpd: { noun: 'CPD session', where: 'content/cpd/' },
  gatsby: { noun: 'Gatsby Benchmark', where: 'content/frameworks/gatsby.yaml (gb1 to gb8)' },
  cdi: { noun: 'CDI learning area', where: 'content/frameworks/cdi.yaml' },
  facts: { noun: 'fact', where: 'content/facts/ (the file name without .yaml)' },
  subjects: { noun: 'subject', where: 'content/subjects/ (the file name without .yaml)' },
  starters: { noun: 'subject starter', where: 'content/starters/ (the file name without .yaml)' },
  readinessChecks: {
    noun: 'career-readiness check',
    where: 'content/readiness-checks/ (the file name without .yaml)',
  },
};

/** The error for a reference to an entry that does not exist, said the same way everywhere. */
export function missingReferenceProblem(file: string, field: string, ref: Reference): Problem {
  const { noun, where } = described[ref.collection] ?? {
    noun: ref.collection,
    where: ref.collection,
  };
  return error({
    rule: 'dangling-reference',
    file,
    field,
    message: `There is no ${noun} "${ref.id}".`,
    fix: `Check the spelling, or use an id that exists in ${where}.`,
  });
}

/** Every reference must point at an entry that exists; Astro itself only logs these. */
export function checkDanglingReferences({ entries, leftOut }: ContentSnapshot): Problem[] {
  // An entry the school left out still exists: a built-in profile that mentions it is not wrong,
  // and the site simply does not link to it.
  const ids = new Map(
    Object.entries(entries).map(([name, list]) => [
      name,
      new Set([...list.map((e) => e.id), ...(leftOut[name as keyof typeof leftOut] ?? [])]),
    ]),
  );
  return Object.values(entries).flatMap((list) =>
    list.flatMap((entry) =>
      entry.references
        .filter((ref) => !ids.get(ref.collection)?.has(ref.id))
        .map((ref) =>
          missingReferenceProblem(
            entry.file,
            entry.field ? `${entry.field}.${ref.field}` : ref.field,
            ref,
          ),
        ),
    ),
  );
}
