import { slide, type Slide } from './slide.ts';

/** What a CPD session's slides are made from. */
export interface CpdSlidesInput {
  title: string;
  audience: string;
  duration: number;
  summary: string;
  objectives: readonly string[];
  agenda: readonly { title: string; minutes: number; detail: string }[];
  caseStudies: readonly {
    title: string;
    context: string;
    reflectionQuestions: readonly string[];
  }[];
  prompts: readonly string[];
  followUp: readonly string[];
}

/** A staff session as slides: objectives, the agenda, its case studies, prompts and next steps. */
export function cpdSlides(session: CpdSlidesInput): Slide[] {
  const list = (heading: string, points: readonly string[]) =>
    points.length > 0 ? [slide({ kind: 'points', heading, points: [...points] })] : [];
  return [
    slide({
      kind: 'title',
      heading: session.title,
      label: `${session.audience} · ${session.duration} minutes`,
      points: [session.summary],
    }),
    ...list('What we will be able to do', session.objectives),
    ...session.agenda.map((item) =>
      slide({
        kind: 'points',
        heading: item.title,
        label: `${item.minutes} minutes`,
        points: [item.detail],
      }),
    ),
    ...session.caseStudies.map((c) =>
      slide({
        kind: 'points',
        heading: `Case study: ${c.title}`,
        points: [c.context, ...c.reflectionQuestions],
      }),
    ),
    ...list('To discuss', session.prompts),
    ...list('Next steps', session.followUp),
  ];
}
