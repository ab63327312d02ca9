import { routeLine } from '../route-labels.ts';
import type { Starter } from '../../schemas/starter.ts';
import { slide, type Slide } from './slide.ts';

/** What a starter's slides are made from: its own fields, with names in place of ids. */
export type StarterSlidesInput = Pick<
  Starter,
  'title' | 'year' | 'topic' | 'say' | 'questions' | 'task' | 'jobs' | 'routes' | 'minutes'
> & {
  subjectName: string;
  /** The role models it points to, by name and job. */
  roleModels: readonly string[];
};

/**
 * A ten-minute starter as two slides: the questions to put to the class, then the task with the
 * jobs and routes it opens. What the teacher says and the answers to expect go in the notes, so
 * the class thinks before it sees them.
 */
export function starterSlides(starter: StarterSlidesInput): Slide[] {
  const label = `${starter.subjectName} · Year ${starter.year} · ${starter.topic} · ${starter.minutes} minutes`;
  return [
    slide({
      kind: 'points',
      heading: starter.title,
      label,
      points: starter.questions.map((q) => q.ask),
      notes: [
        `Say: ${starter.say}`,
        ...starter.questions.map((q) => `Expect for "${q.ask}": ${q.expect.join('; ')}`),
      ],
    }),
    slide({
      kind: 'points',
      heading: 'Your task, and where it leads',
      label,
      points: [starter.task, `Jobs: ${starter.jobs.join(', ')}`, ...starter.routes.map(routeLine)],
      notes:
        starter.roleModels.length > 0
          ? [`Role models to mention: ${starter.roleModels.join('; ')}`]
          : [],
    }),
  ];
}
