import type { Subject } from '../schemas/subject.ts';

/** Each route the subject leads to, as headed lists; a route with nothing listed is left out. */
export function leadsToSections({ leadsTo }: Pick<Subject, 'leadsTo'>) {
  return [
    {
      title: 'Apprenticeships',
      items: leadsTo.apprenticeships.map((a) => `${a.title} (level ${a.level})`),
    },
    { title: 'T Levels', items: leadsTo.tLevels },
    { title: 'College courses', items: leadsTo.collegeCourses },
    { title: 'Degrees', items: leadsTo.degrees },
    { title: 'Jobs with training', items: leadsTo.jobsWithTraining },
  ].filter((section) => section.items.length > 0);
}
