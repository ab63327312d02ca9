import type { CollectionEntry } from 'astro:content';
import { horizonsCredit } from './credit.ts';
import { factsCitedBy, getOutcomes, getRoleModels, startersOf } from './content.ts';
import type { PackStarter, SubjectPackInput } from './docx/subject-pack-document.ts';
import { factLine } from './fact-lines.ts';
import { routeLabels } from './route-labels.ts';

/** The facts a subject and its starters cite, each once, subject's first. */
export function subjectFactRefs(
  subject: CollectionEntry<'subjects'>,
  starters: readonly CollectionEntry<'starters'>[],
) {
  const refs = [...subject.data.facts, ...starters.flatMap((s) => s.data.facts)];
  return [...new Map(refs.map((ref) => [ref.id, ref])).values()];
}

/** A starter with its role models and outcomes named, as slides and packs show it. */
export async function packStarter(starter: CollectionEntry<'starters'>): Promise<PackStarter> {
  const [roleModels, outcomes] = await Promise.all([getRoleModels(), getOutcomes()]);
  const data = starter.data;
  return {
    ...data,
    roleModels: roleModels
      .filter((r) => data.roleModels.some((ref) => ref.id === r.id))
      .map((r) => `${r.data.name}, ${r.data.occupation.toLowerCase()}`),
    outcomes: outcomes
      .filter((o) => data.outcomes.some((ref) => ref.id === o.id))
      .map((o) => ({ id: o.id, statement: o.data.statement.trim() })),
  };
}

/** Everything a subject's department pack holds, for the Word and PowerPoint files. */
export async function subjectPackInput(
  subject: CollectionEntry<'subjects'>,
  site: URL | undefined,
): Promise<SubjectPackInput> {
  const starters = await startersOf(subject.id);
  const [roleModels, facts, packStarters] = await Promise.all([
    getRoleModels(),
    factsCitedBy(subjectFactRefs(subject, starters)),
    Promise.all(starters.map(packStarter)),
  ]);
  const { name, summary, leadsTo, jobFamilies } = subject.data;
  return {
    name,
    summary,
    leadsTo,
    jobFamilies,
    roleModels: roleModels
      .filter((r) => subject.data.roleModels.some((ref) => ref.id === r.id))
      .map(
        (r) =>
          `${r.data.name}, ${r.data.occupation.toLowerCase()} (${routeLabels[r.data.route].toLowerCase()})`,
      ),
    checkedFacts: facts.map((f) => factLine(f.data)),
    starters: packStarters,
    source: horizonsCredit(site?.host ?? ''),
  };
}
