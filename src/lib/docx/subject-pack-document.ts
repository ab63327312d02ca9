import { groupByKeyStage } from '../key-stages.ts';
import { leadsToSections } from '../subject-routes.ts';
import { routeLine } from '../route-labels.ts';
import type { StarterSlidesInput } from '../slides/starter-slides.ts';
import type { Subject } from '../../schemas/subject.ts';
import { wordPackage } from './package-parts.ts';
import { bullet, heading, labelled, paragraph } from './wordml.ts';
import { zipFiles } from './zip.ts';

/** A starter as the department pack prints it. */
export type PackStarter = Omit<StarterSlidesInput, 'subjectName'> & {
  outcomes: readonly { id: string; statement: string }[];
};

/** What a subject's department pack needs, as plain data. */
export interface SubjectPackInput extends Pick<
  Subject,
  'name' | 'summary' | 'leadsTo' | 'jobFamilies'
> {
  /** Role models as "Name, job (route)". */
  roleModels: readonly string[];
  /** The facts register's entries the subject and its starters cite, one line each. */
  checkedFacts: readonly string[];
  starters: readonly PackStarter[];
  /** Where the pack came from and its licence. */
  source: string;
}

function starterParts(starter: PackStarter): string[] {
  return [
    heading(`${starter.title} (Year ${starter.year}, ${starter.minutes} minutes)`, 3),
    labelled('Topic', starter.topic),
    labelled('Say', starter.say),
    ...starter.questions.flatMap((q) => [
      labelled('Ask', q.ask),
      labelled('Expect', q.expect.join('; ')),
    ]),
    labelled('Pupils do', starter.task),
    labelled('Jobs', starter.jobs.join(', ')),
    ...starter.routes.map((r) => bullet(routeLine(r))),
    ...(starter.roleModels.length > 0
      ? [labelled('Role models', starter.roleModels.join('; '))]
      : []),
    labelled(
      'Outcomes',
      [...starter.outcomes.map((o) => `${o.id} (${o.statement})`), 'Gatsby Benchmark 4'].join('; '),
    ),
  ];
}

/** The pack as WordprocessingML body content: where the subject leads, then every starter. */
export function subjectPackBody(pack: SubjectPackInput): string {
  const list = (title: string, items: readonly string[]) =>
    items.length > 0 ? [heading(title), ...items.map((item) => bullet(item))] : [];
  return [
    heading(`${pack.name}: careers in the subject`, 1),
    paragraph(pack.summary),
    heading(`Where ${pack.name.toLowerCase()} can lead`),
    ...leadsToSections(pack).flatMap((s) => [
      heading(s.title, 3),
      ...s.items.map((i) => bullet(i)),
    ]),
    heading('Jobs that use it'),
    ...pack.jobFamilies.map((f) => labelled(f.name, f.roles.join(', '))),
    ...list('Role models', pack.roleModels),
    ...list('Facts to check', pack.checkedFacts),
    ...groupByKeyStage(pack.starters).flatMap(({ keyStage, items }) => [
      heading(`${keyStage.label} starters`, 2, true),
      ...items.flatMap(starterParts),
    ]),
    paragraph([{ text: pack.source, italic: true }]),
  ].join('');
}

/** The department pack as the bytes of a .docx file (A4, Word's built-in styles). */
export function subjectPackDocxBytes(pack: SubjectPackInput): Buffer {
  return zipFiles(
    wordPackage(
      subjectPackBody(pack),
      { title: `${pack.name}: careers in the subject`, creator: 'Horizons' },
      [],
    ),
  );
}
