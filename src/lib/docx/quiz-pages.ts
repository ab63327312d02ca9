import type { QuizQuestion } from '../../schemas/quiz.ts';
import { questionView } from '../quiz/quiz-view.ts';
import { nameAndDateLine } from '../format.ts';
import { heading, labelled, paragraph } from './wordml.ts';

/** A quiz a teacher may give out. */
export interface QuizInput {
  name: string;
  questions: readonly QuizQuestion[];
}

const indented = (text: string) => paragraph(text, { style: 'ListParagraph' });

/** A quiz as a pupil sheet on a new page: questions and choices, no answers. */
export function quizSheet({ name, questions }: QuizInput): string[] {
  return [
    heading(name, 1, true),
    paragraph(nameAndDateLine),
    ...questions.flatMap((question, i) => {
      const view = questionView(question);
      // Pupils number order items in the blank before each.
      const blank = question.type === 'order' ? '____ ' : '';
      return [
        paragraph([{ text: `${i + 1}. ${view.prompt}`, bold: true }]),
        paragraph([{ text: view.instruction, italic: true }]),
        ...view.matchFrom.map((c) => indented(`${c.label}. ${c.text}   → ____`)),
        ...view.choices.map((c) => indented(`${blank}${c.label}. ${c.text}`)),
        ...(question.type === 'true-false' ? [indented('True  /  False')] : []),
        ...(question.type === 'choice' ? [indented('My answer: ____')] : []),
      ];
    }),
  ];
}

/** The answers to every quiz, on a page of their own so the pupil sheets can be handed out. */
export function quizAnswersPage(quizzes: readonly QuizInput[]): string[] {
  return [
    heading('Quiz answers (for the teacher)', 1, true),
    ...quizzes.flatMap(({ name, questions }) => [
      heading(name, 2),
      ...questions.map((question, i) => {
        const view = questionView(question);
        return labelled(`${i + 1}. ${view.answer}`, view.explanation);
      }),
    ]),
  ];
}
