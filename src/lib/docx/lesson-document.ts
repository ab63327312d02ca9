import { bodyBlocks, sharedBodyBlocks } from '../body/body-blocks.ts';
import { BodyWriter } from './body-writer.ts';
import type { QuizQuestion } from '../../schemas/quiz.ts';
import { nameAndDateLine } from '../format.ts';
import { wordPackage } from './package-parts.ts';
import { quizAnswersPage, quizSheet } from './quiz-pages.ts';
import { bullet, heading, labelled, paragraph } from './wordml.ts';
import { zipFiles } from './zip.ts';

/** What a lesson's Word document needs, as plain data (see `lessonDocInput`). */
export interface LessonDocInput {
  title: string;
  facts: string;
  summary: string;
  pupilOutcomes: string[];
  outcomes: { id: string; statement: string }[];
  keywords: { term: string; definition: string }[];
  /** The facts register's entries the lesson cites, each as one line with source and date. */
  checkedFacts: string[];
  resources: string[];
  steps: { title: string; minutes: number; teacher: string; pupils: string; expected: string }[];
  misconceptions: { idea: string; response: string }[];
  support: string;
  stretch: string;
  send: string[];
  challengesStereotypes: string;
  sensitive: { moment: string; guidance: string }[];
  assessment: string;
  homeLink: string;
  notesMarkdown: string;
  handouts: { title: string; markdown: string }[];
  starterQuiz: readonly QuizQuestion[];
  exitQuiz: readonly QuizQuestion[];
  source: string;
}

function section(title: string, children: string[]): string[] {
  return children.length > 0 ? [heading(title), ...children] : [];
}

/** The lesson as an editable Word document: the same sections as the page, handouts on new pages. */
export function lessonDocumentParts(lesson: LessonDocInput): {
  body: string;
  numberedListStarts: number[];
} {
  const writer = new BodyWriter();
  const quizzes = [
    { name: 'Starter quiz', questions: lesson.starterQuiz },
    { name: 'Exit quiz', questions: lesson.exitQuiz },
  ];
  const plan: string[] = [
    heading(lesson.title, 1),
    paragraph(lesson.facts),
    paragraph(lesson.summary),
    ...section('By the end, pupils can say', lesson.pupilOutcomes.map(bullet)),
    ...section(
      'Outcome statements covered',
      lesson.outcomes.map((o) => bullet(`${o.id}: young people ${o.statement}`)),
    ),
    ...section(
      'Key words',
      lesson.keywords.map((k) => labelled(k.term, k.definition)),
    ),
    ...section('Facts to check', lesson.checkedFacts.map(bullet)),
    ...section('Resources', lesson.resources.map(bullet)),
    heading('Lesson plan'),
    ...lesson.steps.flatMap((step) => [
      heading(`${step.title} (${step.minutes} min)`, 3),
      labelled('Teacher', step.teacher),
      labelled('Pupils', step.pupils),
      ...(step.expected ? [labelled('Expect to hear', step.expected)] : []),
    ]),
    ...section(
      'Misconceptions to listen for',
      lesson.misconceptions.map((m) => labelled(m.idea, m.response)),
    ),
    heading('Differentiation and SEND'),
    labelled('More support', lesson.support),
    labelled('More challenge', lesson.stretch),
    ...lesson.send.map((s) => bullet(`SEND: ${s}`)),
    heading('How this lesson challenges stereotypes'),
    paragraph(lesson.challengesStereotypes),
    ...section(
      'Sensitive moments',
      lesson.sensitive.map((s) => labelled(s.moment, s.guidance)),
    ),
    heading('Checking learning'),
    paragraph(lesson.assessment),
    heading('At home with parents and carers'),
    paragraph(lesson.homeLink),
    heading('Teacher notes'),
    ...writer.write(bodyBlocks(lesson.notesMarkdown), 3),
    ...quizzes.flatMap(quizSheet),
    ...lesson.handouts.flatMap((h) => [
      heading(h.title, 1, true),
      paragraph(nameAndDateLine),
      ...writer.write(sharedBodyBlocks(h.markdown), 2),
    ]),
    ...quizAnswersPage(quizzes),
    paragraph([{ text: lesson.source, italic: true }]),
  ];
  return { body: plan.join(''), numberedListStarts: writer.numberedListStarts };
}

/** The lesson as the bytes of a .docx file (A4, Word's built-in styles). */
export function lessonDocxBytes(lesson: LessonDocInput): Buffer {
  const { body, numberedListStarts } = lessonDocumentParts(lesson);
  return zipFiles(
    wordPackage(body, { title: lesson.title, creator: 'Horizons' }, numberedListStarts),
  );
}
