import type { QuizQuestion } from '../../src/schemas/quiz.ts';

/** One question of each type, with characters XML and HTML must escape, for export tests. */
export const sampleQuestions = {
  choice: {
    type: 'choice',
    question: 'Which is a fixed cost?',
    options: ['Rent', 'A treat', 'A gift'],
    answer: 'Rent',
    explanation: 'Rent is the same each month.',
  },
  order: {
    type: 'order',
    question: 'Order the "steps" <first to last>',
    items: ['Earn', 'Budget', 'Save'],
    explanation: 'Earn & then plan.',
  },
  match: {
    type: 'match',
    question: 'Match each cost.',
    pairs: [
      { left: 'Rent', right: 'Home' },
      { left: 'Fare', right: 'Travel' },
      { left: 'Food', right: 'Shopping' },
    ],
    explanation: 'Costs fall into groups.',
  },
} satisfies Record<string, QuizQuestion>;
