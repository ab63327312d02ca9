import type { QuizQuestion } from '../../schemas/quiz.ts';
import { mixedOrder } from './mixed-order.ts';

/** A choice pupils pick or place, with the label they write: "A", "B"… */
export interface LabelledChoice {
  label: string;
  text: string;
}

/** A question as every view shows it: what pupils read, and what the teacher's answer page says. */
export interface QuestionView {
  /** The question or statement, with what to do for its type ("True or false?"). */
  prompt: string;
  /** An instruction for the type, e.g. "Number them 1 to 4, first to last." */
  instruction: string;
  /** Lettered choices (multiple choice, order), or the lettered right-hand column (match). */
  choices: LabelledChoice[];
  /** The numbered left-hand column of a match question; empty for other types. */
  matchFrom: LabelledChoice[];
  /** The answer, short enough for a slide: "B. An apprenticeship", "False", "C, A, B" (order), "1-C, 2-A, 3-B" (match). */
  answer: string;
  explanation: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** Lettered items in a fixed mixed-up order, and the letter each original position now has. */
function lettered(texts: readonly string[], seed: string) {
  const order = mixedOrder(texts.length, seed);
  const choices = order.map((from, i) => ({ label: letter(i), text: texts[from] ?? '' }));
  const letterOf = (original: number) => letter(order.indexOf(original));
  return { choices, letterOf };
}

/** How pupils see a question and how its answer is written, the same in every export. */
export function questionView(question: QuizQuestion): QuestionView {
  const base = { prompt: question.question, explanation: question.explanation, matchFrom: [] };
  switch (question.type) {
    case 'choice': {
      const choices = question.options.map((text, i) => ({ label: letter(i), text }));
      const right = choices.find(
        (c) => c.text.trim().toLowerCase() === question.answer.trim().toLowerCase(),
      );
      return {
        ...base,
        instruction: 'Choose one answer.',
        choices,
        answer: right ? `${right.label}. ${right.text}` : question.answer,
      };
    }
    case 'true-false':
      return {
        ...base,
        instruction: 'True or false?',
        choices: [],
        answer: question.answer ? 'True' : 'False',
      };
    case 'order': {
      const { choices, letterOf } = lettered(question.items, question.question);
      return {
        ...base,
        instruction: `Put these in order: number them 1 to ${question.items.length}.`,
        choices,
        answer: question.items.map((_, i) => letterOf(i)).join(', '),
      };
    }
    case 'match': {
      const { choices, letterOf } = lettered(
        question.pairs.map((p) => p.right),
        question.question,
      );
      return {
        ...base,
        instruction: 'Match each number to a letter.',
        matchFrom: question.pairs.map((p, i) => ({ label: String(i + 1), text: p.left })),
        choices,
        answer: question.pairs.map((_, i) => `${i + 1}-${letterOf(i)}`).join(', '),
      };
    }
  }
}
