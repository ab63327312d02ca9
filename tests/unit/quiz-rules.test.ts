import { describe, expect, it } from 'vitest';
import { checkQuizzes } from '../../src/validation/rules/quizzes.ts';
import { lessonSchema, plainHelpers } from '../../src/schemas/index.ts';
import { validSnapshot } from '../helpers/fixture.ts';
import type { Term } from '../../src/schemas/common.ts';

/** The fixture's lesson, with its data and a way to reach its quizzes' questions. */
function fixture() {
  const snapshot = validSnapshot();
  const [lesson] = snapshot.entries.lessons;
  if (!lesson) throw new Error('The valid fixture has a lesson.');
  const quiz = (name: 'starterQuiz' | 'exitQuiz') => lesson.data[name] as Record<string, unknown>[];
  return { snapshot, lesson, quiz };
}

const fieldsOf = (problems: ReturnType<typeof checkQuizzes>) => problems.map((p) => p.field);

describe('the lesson schema', () => {
  const schema = lessonSchema(plainHelpers);
  const { lesson } = fixture();

  it('refuses a quiz of three questions or seven', () => {
    for (const length of [3, 7]) {
      const exitQuiz = Array.from({ length }, () => (lesson.data['exitQuiz'] as unknown[])[0]);
      const result = schema.safeParse({ ...lesson.data, exitQuiz });
      expect(result.error?.issues[0]?.path).toEqual(['exitQuiz']);
    }
  });

  it('refuses a multiple-choice question with two options, or a match with two pairs', () => {
    const starterQuiz = structuredClone(lesson.data['starterQuiz']) as Record<string, unknown>[];
    (starterQuiz[0] as { options: string[] }).options = ['Nurse', 'Tuesday'];
    (starterQuiz[3] as { pairs: unknown[] }).pairs.pop();
    const result = schema.safeParse({ ...lesson.data, starterQuiz });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'starterQuiz.0.options',
      'starterQuiz.3.pairs',
    ]);
  });

  it('refuses a question of an unknown type, and an exit question that checks nothing', () => {
    const exitQuiz = structuredClone(lesson.data['exitQuiz']) as Record<string, unknown>[];
    (exitQuiz[0] as { type: string }).type = 'essay';
    delete exitQuiz[1]?.['checks'];
    const result = schema.safeParse({ ...lesson.data, exitQuiz });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'exitQuiz.0.type',
      'exitQuiz.1.checks',
    ]);
  });
});

describe('checkQuizzes', () => {
  it('finds nothing wrong with the fixture', () => {
    expect(checkQuizzes(fixture().snapshot)).toEqual([]);
  });

  it('reports a multiple-choice answer that is not one of the options', () => {
    const { snapshot, quiz } = fixture();
    (quiz('starterQuiz')[0] as { answer: string }).answer = 'Doctor';
    const [problem] = checkQuizzes(snapshot);
    expect(problem).toMatchObject({
      severity: 'error',
      file: 'lessons/year-7/fixture-lesson.mdx',
      field: 'starterQuiz[0].answer',
    });
    expect(problem?.message).toContain('"Doctor" is not one of the options');
    expect(problem?.fix).toContain('exactly as it is written under `options`');
  });

  it('reports two options that are the same, so two could be right', () => {
    const { snapshot, quiz } = fixture();
    (quiz('starterQuiz')[0] as { options: string[] }).options = ['Nurse', 'nurse ', 'Blue'];
    expect(fieldsOf(checkQuizzes(snapshot))).toEqual(['starterQuiz[0].options']);
  });

  it('reports repeated items to order and repeated pairs to match', () => {
    const { snapshot, quiz } = fixture();
    (quiz('starterQuiz')[2] as { items: string[] }).items = ['Year 5', 'Year 6', 'Year 5'];
    const pairs = (quiz('starterQuiz')[3] as { pairs: { left: string; right: string }[] }).pairs;
    pairs[1] = { left: 'Nurse', right: 'Garage' };
    expect(fieldsOf(checkQuizzes(snapshot))).toEqual([
      'starterQuiz[2].items',
      'starterQuiz[3].pairs',
    ]);
  });

  it('reports an explanation longer than one line', () => {
    const { snapshot, quiz } = fixture();
    (quiz('exitQuiz')[0] as { explanation: string }).explanation = 'Because. '.repeat(30);
    const [problem] = checkQuizzes(snapshot);
    expect(problem?.field).toBe('exitQuiz[0].explanation');
    expect(problem?.fix).toContain('under 200 characters');
  });

  it('reports an exit question that checks an "I can" statement or outcome the lesson lacks', () => {
    const { snapshot, quiz } = fixture();
    (quiz('exitQuiz')[0] as { checks: number }).checks = 3;
    (quiz('exitQuiz')[2] as { checks: string }).checks = '5.4';
    const problems = checkQuizzes(snapshot);
    expect(fieldsOf(problems)).toEqual(['exitQuiz[0].checks', 'exitQuiz[2].checks']);
    expect(problems[0]?.message).toContain('the lesson has 1');
    expect(problems[1]?.message).toContain("not one of this lesson's outcomes (1.1)");
  });

  it('warns when no exit question checks an "I can" statement', () => {
    const { snapshot, lesson, quiz } = fixture();
    (lesson.data['pupilOutcomes'] as string[]).push('I can name two sources.');
    const [problem] = checkQuizzes(snapshot);
    expect(problem).toMatchObject({ severity: 'warning', field: 'pupilOutcomes[1]' });
    expect(problem?.fix).toContain('`checks: 2`');
    (quiz('exitQuiz')[3] as { checks: number }).checks = 2;
    expect(checkQuizzes(snapshot)).toEqual([]);
  });

  it('accepts a recalled lesson from an earlier year or half term, and refuses one that is not earlier', () => {
    const { snapshot, lesson, quiz } = fixture();
    const other = (year: number, term: Term, halfTerm: 1 | 2 = 1): typeof lesson => ({
      ...lesson,
      id: 'other',
      file: `lessons/year-${year}/other.mdx`,
      data: { ...lesson.data, year, term, halfTerm, starterQuiz: [] },
    });
    (quiz('starterQuiz')[0] as { recalls: string }).recalls = 'other';
    // Only this lesson and the one it recalls.
    snapshot.entries.lessons.splice(1);
    snapshot.entries.lessons.push(other(6, 'summer', 2));
    expect(checkQuizzes(snapshot)).toEqual([]);
    snapshot.entries.lessons[1] = other(7, 'autumn');
    const [problem] = checkQuizzes(snapshot);
    expect(problem?.field).toBe('starterQuiz[0].recalls');
    expect(problem?.message).toContain(
      '(Year 7, Autumn 1) does not come before this lesson (Year 7, Autumn 1)',
    );
    snapshot.entries.lessons[1] = other(8, 'autumn');
    expect(fieldsOf(checkQuizzes(snapshot))).toEqual(['starterQuiz[0].recalls']);
    // The first half of a term comes before the second.
    snapshot.entries.lessons[0] = { ...lesson, data: { ...lesson.data, halfTerm: 2 } };
    snapshot.entries.lessons[1] = other(7, 'autumn', 1);
    expect(checkQuizzes(snapshot)).toEqual([]);
  });
});

describe('quiz questions read from YAML', () => {
  it('report a comma that cut a match pair short, and say to quote the text', async () => {
    const { parse } = await import('yaml');
    const { schemaProblems } = await import('../../src/validation/schema-problems.ts');
    const { lesson } = fixture();
    const starterQuiz = structuredClone(lesson.data['starterQuiz']) as Record<string, unknown>[];
    const [pair] = parse('[{ left: Nurse, doctor, right: Hospital }]') as Record<string, unknown>[];
    (starterQuiz[3] as { pairs: unknown[] }).pairs[0] = pair;
    const result = lessonSchema(plainHelpers).safeParse({ ...lesson.data, starterQuiz });
    const [problem] = schemaProblems(
      'lessons/year-7/fixture-lesson.mdx',
      '',
      result.error?.issues ?? [],
    );
    expect(problem?.field).toBe('starterQuiz[3].pairs[0]');
    expect(problem?.fix).toContain('`doctor`');
    expect(problem?.fix).toContain('put the whole text in double quotes');
  });
});

describe('a starter question that recalls a lesson', () => {
  it('is a reference the validator follows, so a misspelt lesson id is reported', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { fixtureWith, validFixture, today } = await import('../helpers/fixture.ts');
    const { validateProject } = await import('../../src/validation/index.ts');
    const file = 'lessons/year-7/fixture-lesson.mdx';
    const text = readFileSync(join(validFixture, file), 'utf8').replace(
      'explanation: A nurse is paid to care for patients.',
      'explanation: A nurse is paid to care for patients.\n    recalls: jobs-peple-do',
    );
    const { problems } = validateProject(fixtureWith({ [file]: text }), today);
    expect(problems).toMatchObject([
      { rule: 'dangling-reference', file, field: 'starterQuiz[0].recalls' },
    ]);
    expect(problems[0]?.message).toContain('There is no lesson "jobs-peple-do"');
  });
});
