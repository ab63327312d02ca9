import { describe, expect, it } from 'vitest';
import { templates, type NewKind } from '../../scripts/new/templates.ts';
import { findPlaceholders, placeholder } from '../../src/validation/placeholders.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkTemplatePlaceholders } from '../../src/validation/rules/template-placeholders.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { fixtureWith, projectRoot, today } from '../helpers/fixture.ts';

/** Where each kind's new file goes in the valid fixture (which has a year-7 folder only). */
const paths: Record<NewKind, string> = {
  lesson: 'lessons/year-7/careers-in-science.mdx',
  activity: 'content/activities/careers-in-science.mdx',
  'role-model': 'content/role-models/careers-in-science.mdx',
  'case-study': 'case-studies/careers-in-science.mdx',
  fact: 'content/facts/careers-in-science.yaml',
  starter: 'content/starters/careers-in-science.yaml',
};

/** Fields that must be reported in each kind's untouched template, among others. */
const someFields: Record<NewKind, string[]> = {
  lesson: [
    'summary',
    'pupilOutcomes[0]',
    'keywords[1].definition',
    'resources[0].name',
    'steps[2].teacher',
    'misconceptions[0].idea',
    'sensitive[1].guidance',
    'starterQuiz[0].options[2]',
    'starterQuiz[3].pairs[0].right',
    'exitQuiz[2].items[0]',
    'exitQuiz[4].answer',
    'assessment',
    'body',
  ],
  activity: ['summary', 'when', 'staffing', 'evaluation', 'body'],
  'role-model': ['occupation', 'summary', 'quote', 'adviceToYear9Self', 'body'],
  'case-study': [
    'source.section',
    'institution',
    'whatTheyDid[1]',
    'impact',
    'reflectionQuestions[2]',
    'body',
  ],
  fact: ['statement', 'value', 'source.publisher', 'source.title', 'source.url'],
  starter: ['topic', 'say', 'questions[0].expect[0]', 'task', 'jobs[1]', 'routes[1].name'],
};

const kinds = Object.keys(templates) as NewKind[];
const untouched = (kind: NewKind) =>
  templates[kind]({ title: 'Careers in science', year: 7, today: '2026-11-23' });
/** The template as an author who kept every example's words but removed every marker would leave it. */
const filledIn = (kind: NewKind) => untouched(kind).replace(/\[EDIT ME: ([^\]]*)\]/g, '$1');
const snapshotWith = (kind: NewKind, text: string) =>
  readContent(fixtureWith({ [paths[kind]]: text }));

describe('placeholders', () => {
  it('are found exactly, with or without their brackets', () => {
    const text = `Intro ${placeholder('I can name a job.')} and EDIT ME: a stray one`;
    expect(findPlaceholders(text)).toEqual([
      '[EDIT ME: I can name a job.]',
      'EDIT ME: a stray one',
    ]);
  });

  it('never match ordinary text', () => {
    const text = 'Edit me later. [Note: check this] Pupils edit their CVs; "EDIT" me.';
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe('checkTemplatePlaceholders', () => {
  it.each(kinds)('reports every placeholder in an untouched %s, naming its field', (kind) => {
    const text = untouched(kind);
    const snapshot = snapshotWith(kind, text);
    expect(snapshot.readProblems).toEqual([]);
    const problems = checkTemplatePlaceholders(snapshot);
    const outsideComments = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    expect(problems).toHaveLength(outsideComments.split('[EDIT ME:').length - 1);
    for (const problem of problems) {
      expect(problem).toMatchObject({
        severity: 'error',
        rule: 'template-placeholder',
        file: paths[kind],
      });
      expect(problem.message).toMatch(
        /^`[^`]+` still holds example text from `npm run new`: \[EDIT ME: /,
      );
      expect(problem.message).toContain(problem.field);
      expect(problem.fix).toMatch(
        /^Write .+ in place of the whole "\[EDIT ME: …\]", brackets included\./,
      );
    }
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(someFields[kind]));
  });

  it('says what to write in the field', () => {
    const problems = checkTemplatePlaceholders(snapshotWith('lesson', untouched('lesson')));
    const fixFor = (field: string) => problems.find((p) => p.field === field)?.fix;
    expect(fixFor('pupilOutcomes[0]')).toContain('an "I can" statement');
    expect(fixFor('keywords[0].term')).toContain('a key word pupils meet');
    expect(fixFor('starterQuiz[0].answer')).toContain('copied exactly from `options`');
  });

  it.each(kinds)('passes a filled-in %s', (kind) => {
    const snapshot = snapshotWith(kind, filledIn(kind));
    expect(snapshot.readProblems).toEqual([]);
    expect(checkTemplatePlaceholders(snapshot)).toEqual([]);
  });

  it('runs with every other rule, so an untouched template fails validation', () => {
    const result = validateSnapshot(snapshotWith('fact', untouched('fact')), today);
    expect(result.problems.filter((p) => p.rule === 'template-placeholder')).toHaveLength(5);
    expect(result.errors).toBeGreaterThanOrEqual(5);
  });

  it('finds none in the real content', () => {
    expect(checkTemplatePlaceholders(readContent(projectRoot))).toEqual([]);
  });
});
