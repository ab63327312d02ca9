import {
  quizLength,
  type ExitQuestion,
  type QuizQuestion,
  type StarterQuestion,
} from '../../schemas/quiz.ts';
import { halfTermLabel, programmePosition } from '../../lib/programme-order.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot, Entry, PlainData } from '../snapshot.ts';

/** The longest explanation that still reads as one line on a slide or a sheet. */
export const explanationLimit = 200;

const normalise = (text: string) => text.trim().toLowerCase();

/** The first text that appears twice in `texts`, ignoring case and outer spaces. */
function firstRepeat(texts: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const text of texts) {
    if (seen.has(normalise(text))) return text;
    seen.add(normalise(text));
  }
  return undefined;
}

/** Problems in one question's own parts, whatever quiz it is in. */
function questionProblems(question: QuizQuestion, file: string, field: string): Problem[] {
  const problems: Problem[] = [];
  const at = (part: string) => `${field}.${part}`;
  const repeated = (part: string, texts: readonly string[], what: string) => {
    const repeat = firstRepeat(texts);
    if (repeat === undefined) return;
    problems.push(
      error({
        rule: 'quiz',
        file,
        field: at(part),
        message: `"${repeat}" appears twice in ${what}, so pupils can't tell which is meant.`,
        fix: `Make every item under \`${at(part)}\` different.`,
      }),
    );
  };
  if (question.type === 'choice') {
    repeated('options', question.options, 'the options');
    const matching = question.options.filter((o) => normalise(o) === normalise(question.answer));
    if (matching.length === 0) {
      problems.push(
        error({
          rule: 'quiz',
          file,
          field: at('answer'),
          message: `The answer "${question.answer}" is not one of the options, so no option is marked right.`,
          fix: `Copy the right option into \`answer\` exactly as it is written under \`options\`.`,
        }),
      );
    }
  } else if (question.type === 'order') {
    repeated('items', question.items, 'the items to order');
  } else if (question.type === 'match') {
    repeated(
      'pairs',
      question.pairs.map((p) => p.left),
      'the left-hand column',
    );
    repeated(
      'pairs',
      question.pairs.map((p) => p.right),
      'the right-hand column',
    );
  }
  if (question.explanation.length > explanationLimit || question.explanation.includes('\n')) {
    problems.push(
      error({
        rule: 'quiz',
        file,
        field: at('explanation'),
        message: `The explanation is ${question.explanation.length} characters; it should be one line a pupil can learn from.`,
        fix: `Shorten it to one sentence under ${explanationLimit} characters.`,
      }),
    );
  }
  return problems;
}

/** A lesson entry as its schema parsed it. */
type LessonEntry = Entry<PlainData<'lessons'>>;

function recallProblems(
  question: StarterQuestion,
  lesson: LessonEntry,
  lessons: ReadonlyMap<string, LessonEntry>,
  field: string,
): Problem[] {
  if (question.recalls === undefined) return [];
  const earlier = lessons.get(question.recalls);
  // A missing lesson is reported by the dangling-reference rule.
  if (!earlier) return [];
  if (programmePosition(earlier.data) < programmePosition(lesson.data)) return [];
  const slot = ({ data }: LessonEntry) => `Year ${data.year}, ${halfTermLabel(data)}`;
  return [
    error({
      rule: 'quiz',
      file: lesson.file,
      field: `${field}.recalls`,
      message: `"${question.recalls}" (${slot(earlier)}) does not come before this lesson (${slot(lesson)}), so pupils may not have met it yet.`,
      fix: 'Name a lesson from an earlier year or an earlier half term of this year, or remove `recalls`.',
    }),
  ];
}

function checksProblems(question: ExitQuestion, lesson: LessonEntry, field: string): Problem[] {
  const { pupilOutcomes: statements, outcomes } = lesson.data;
  const { checks } = question;
  if (typeof checks === 'number' ? checks <= statements.length : outcomes.includes(checks)) {
    return [];
  }
  return [
    error({
      rule: 'quiz',
      file: lesson.file,
      field: `${field}.checks`,
      message:
        typeof checks === 'number'
          ? `\`checks: ${checks}\` names "I can" statement ${checks}, but the lesson has ${statements.length}.`
          : `\`checks: "${checks}"\` is not one of this lesson's outcomes (${outcomes.join(', ')}).`,
      fix: `Use the number of an "I can" statement in \`pupilOutcomes\` (1 to ${statements.length}), or an outcome code from \`outcomes\` in quotes.`,
    }),
  ];
}

/** Warns about "I can" statements that no exit question checks. */
function uncheckedStatements(lesson: LessonEntry): Problem[] {
  const { pupilOutcomes: statements, exitQuiz: exit } = lesson.data;
  const checked = new Set(exit.map((q) => q.checks));
  return statements.flatMap((statement, i) =>
    checked.has(i + 1)
      ? []
      : [
          warning({
            rule: 'quiz',
            file: lesson.file,
            field: `pupilOutcomes[${i}]`,
            message: `No exit-quiz question checks "${statement}".`,
            fix: `Add or change an exit question with \`checks: ${i + 1}\` (the quiz may hold ${quizLength.max} questions).`,
          }),
        ],
  );
}

/** Quizzes a teacher can trust: one right answer, recall of what came before, checks of what was taught. */
export function checkQuizzes({ entries }: ContentSnapshot): Problem[] {
  const all = entries.lessons;
  const lessons = new Map(all.map((lesson) => [lesson.id, lesson]));
  return all.flatMap((lesson) => {
    const { starterQuiz: starter, exitQuiz: exit } = lesson.data;
    return [
      ...starter.flatMap((q, i) => [
        ...questionProblems(q, lesson.file, `starterQuiz[${i}]`),
        ...recallProblems(q, lesson, lessons, `starterQuiz[${i}]`),
      ]),
      ...exit.flatMap((q, i) => [
        ...questionProblems(q, lesson.file, `exitQuiz[${i}]`),
        ...checksProblems(q, lesson, `exitQuiz[${i}]`),
      ]),
      ...uncheckedStatements(lesson),
    ];
  });
}
