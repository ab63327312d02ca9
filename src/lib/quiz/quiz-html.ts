import type { QuizQuestion } from '../../schemas/quiz.ts';
import { escapeHtml } from '../escape-html.ts';
import { nameAndDateLine } from '../format.ts';
import { questionView, type LabelledChoice } from './quiz-view.ts';

/** A quiz as the lesson page, its print view and the year packs show it. */
export interface QuizSection {
  /** "Starter quiz" or "Exit quiz". */
  name: string;
  questions: readonly QuizQuestion[];
  /** The heading's id, for on-this-page links. */
  id: string;
}

const NAME_LINE = `<p class="handout__name">${nameAndDateLine}</p>`;

/** Lettered or numbered choices, each with `before` and `after` it (the blanks pupils fill). */
const choiceList = (choices: readonly LabelledChoice[], before = '', after = '') =>
  `<ul class="quiz-sheet__choices">${choices
    .map((c) => `<li>${before}${escapeHtml(c.label)}. ${escapeHtml(c.text)}${after}</li>`)
    .join('')}</ul>`;

function questionHtml(question: QuizQuestion): string {
  const view = questionView(question);
  let answerSpace = '';
  if (view.matchFrom.length > 0) {
    answerSpace = `<div class="quiz-sheet__match">${choiceList(view.matchFrom, '', ' → ____')}${choiceList(view.choices)}</div>`;
  } else if (view.choices.length > 0) {
    answerSpace = choiceList(view.choices, question.type === 'order' ? '____ ' : '');
  } else if (question.type === 'true-false') {
    answerSpace = '<p class="quiz-sheet__choices">True / False</p>';
  }
  return `<li><p class="quiz-sheet__prompt">${escapeHtml(view.prompt)}</p><p class="quiz-sheet__instruction">${escapeHtml(view.instruction)}</p>${answerSpace}</li>`;
}

/**
 * A quiz as a pupil sheet (no answers), as HTML. Written as a string, like the slides: every
 * lesson page and every year pack shows two, and as components they were a second of a
 * 1,000-lesson build.
 */
export const quizSheetHtml = ({ name, questions, id }: QuizSection): string =>
  `<article class="handout quiz-sheet"><h3 id="${escapeHtml(id)}">${escapeHtml(name)}</h3>${NAME_LINE}<ol class="quiz-sheet__questions">${questions.map(questionHtml).join('')}</ol></article>`;

/** The answers to a lesson's quizzes, on a sheet of their own for the teacher. */
export const quizAnswersHtml = (quizzes: readonly QuizSection[], id: string): string =>
  `<article class="handout quiz-answers"><h3 id="${escapeHtml(id)}">Quiz answers (for the teacher)</h3>${quizzes
    .map(
      ({ name, questions }) =>
        `<h4>${escapeHtml(name)}</h4><ol>${questions
          .map((question) => {
            const view = questionView(question);
            return `<li><strong>${escapeHtml(view.answer)}</strong> — ${escapeHtml(view.explanation)}</li>`;
          })
          .join('')}</ol>`,
    )
    .join('')}</article>`;
