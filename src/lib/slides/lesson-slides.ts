import type { QuizQuestion } from '../../schemas/quiz.ts';
import { questionView } from '../quiz/quiz-view.ts';
import { slide, type Slide } from './slide.ts';

/** What a lesson's slides are made from: the lesson's fields, whatever reads them. */
export interface LessonSlidesInput {
  title: string;
  year: number;
  duration: number;
  pupilOutcomes: readonly string[];
  keywords: readonly { term: string; definition: string }[];
  steps: readonly {
    title: string;
    minutes: number;
    teacher: string;
    pupils: string;
    expected: string;
  }[];
  starterQuiz: readonly QuizQuestion[];
  exitQuiz: readonly QuizQuestion[];
  summary: string;
}

/** A fact from the register as a slide shows it: the statement, and its source for the notes. */
export interface SlideFact {
  statement: string;
  /** Where and when it was checked, e.g. "UCAS, Personal statements (https://…). Checked on 4 December 2026." */
  source: string;
}

/** A quiz's question slides, then one answer slide for each question. */
function quizSlides(name: string, questions: readonly QuizQuestion[]): Slide[] {
  const views = questions.map(questionView);
  const of = (i: number) => `${name} · question ${i + 1} of ${views.length}`;
  return [
    ...views.map((view, i) =>
      slide({
        kind: 'question',
        heading: view.prompt,
        label: of(i),
        question: view,
        notes: [`Answer: ${view.answer}.`, view.explanation],
      }),
    ),
    ...views.map((view, i) =>
      slide({
        kind: 'answer',
        heading: view.prompt,
        label: `${name} answers · ${i + 1} of ${views.length}`,
        question: view,
        notes: [view.explanation],
      }),
    ),
  ];
}

/**
 * The pupil-facing slides of a lesson: title and "I can" statements, key words, the starter quiz
 * and its answers, each step's task with its time, the exit quiz and its answers. The teacher's
 * "Say:" lines and expected answers go in the notes, never on the slide.
 */
export function lessonSlides(
  lesson: LessonSlidesInput,
  /** Extra notes for the first slide, such as the lesson's own teacher notes. */
  preparation: readonly string[] = [],
  /** Facts from the register the lesson cites, shown on a slide of their own. */
  facts: readonly SlideFact[] = [],
): Slide[] {
  return [
    slide({
      kind: 'title',
      heading: lesson.title,
      label: `Year ${lesson.year} · ${lesson.duration} minutes`,
      points: [...lesson.pupilOutcomes],
      notes: [lesson.summary, ...preparation],
    }),
    ...(lesson.keywords.length > 0
      ? [slide({ kind: 'keywords', heading: 'Key words', terms: [...lesson.keywords] })]
      : []),
    ...(facts.length > 0
      ? [
          slide({
            kind: 'points',
            heading: 'Facts to know',
            label: 'Checked against their sources',
            points: facts.map((f) => f.statement),
            notes: facts.map((f) => `Source: ${f.source}`),
          }),
        ]
      : []),
    ...quizSlides('Starter quiz', lesson.starterQuiz),
    ...lesson.steps.map((step) =>
      slide({
        kind: 'points',
        heading: step.title,
        label: `${step.minutes} minutes`,
        points: [step.pupils],
        notes: [step.teacher, ...(step.expected ? [`Expect: ${step.expected}`] : [])],
      }),
    ),
    ...quizSlides('Exit quiz', lesson.exitQuiz),
  ];
}
