import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/lib/coverage.ts';
import {
  subjectPackBody,
  type SubjectPackInput,
} from '../../src/lib/docx/subject-pack-document.ts';
import { groupByKeyStage, keyStageOfYear } from '../../src/lib/key-stages.ts';
import { starterSlides } from '../../src/lib/slides/starter-slides.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkSubjects, startersRequired } from '../../src/validation/rules/subjects.ts';
import { fixtureWith, today, validSnapshot } from '../helpers/fixture.ts';
import { xmlFault } from '../helpers/xml-well-formed.ts';

const subjectFile = 'content/subjects/fixture-subject.yaml';
const ks3Starter = 'content/starters/fixture-subject-ks3.yaml';

/** The valid fixture with some files changed, read as the validator reads it. */
function snapshotWith(files: Record<string, (text: string) => string>) {
  const root = fixtureWith();
  for (const [path, change] of Object.entries(files)) {
    const file = `${root}/${path}`;
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
  return readContent(root);
}

const problemsOf = (snapshot: ReturnType<typeof readContent>) =>
  validateSnapshot(snapshot, today).problems.filter((p) => p.severity === 'error');

describe('subjects and their starters', () => {
  it('need a starter for each Key Stage the school teaches, up to three', () => {
    expect(startersRequired([7, 8, 9, 10, 11, 12, 13])).toBe(3);
    expect(startersRequired([7, 8, 9, 10, 11])).toBe(2);
    expect(startersRequired([5, 6])).toBe(0);
    expect(keyStageOfYear(11)?.label).toBe('Key Stage 4');
    expect(keyStageOfYear(6)).toBeUndefined();
  });

  it('are valid in the fixture: an 11–16 school with two starters and two role models', () => {
    const snapshot = validSnapshot();
    expect(snapshot.entries.subjects.map((s) => s.id)).toEqual(['fixture-subject']);
    expect(snapshot.entries.starters).toHaveLength(2);
    expect(checkSubjects(snapshot)).toEqual([]);
    expect(problemsOf(snapshot)).toEqual([]);
  });

  it('report a subject with too few starters for a school with a sixth form', () => {
    const snapshot = snapshotWith({
      'content/school.yaml': (t) => t.replace(/^sixthForm: .*$/m, 'sixthForm: true'),
    });
    const [problem] = checkSubjects(snapshot);
    expect(problem).toMatchObject({ rule: 'subject-starters', file: subjectFile });
    expect(problem?.message).toContain('has 2 ten-minute starters');
    expect(problem?.message).toContain('at least 3');
    expect(problem?.fix).toContain('`subject: fixture-subject`');
  });

  it('report a subject with one role model, or one the school does not publish', () => {
    const one = snapshotWith({
      [subjectFile]: (t) => t.replace('[fixture-person, fixture-other-person]', '[fixture-person]'),
    });
    expect(checkSubjects(one)).toMatchObject([
      { rule: 'subject-role-models', file: subjectFile, field: 'roleModels' },
    ]);
    const excluded = snapshotWith({
      'content/school.yaml': (t) =>
        t.includes('roleModels: []')
          ? t.replace('roleModels: []', 'roleModels: [fixture-other-person]')
          : `${t}\nexclude:\n  roleModels: [fixture-other-person]\n`,
    });
    expect(checkSubjects(excluded).map((p) => p.rule)).toEqual(['subject-role-models']);
  });

  it('report a misspelt role model once, as a missing profile', () => {
    const snapshot = snapshotWith({
      [subjectFile]: (t) => t.replace('fixture-other-person]', 'fixture-other-persn]'),
    });
    expect(problemsOf(snapshot).map((p) => [p.rule, p.field])).toEqual([
      ['dangling-reference', 'roleModels[1]'],
    ]);
  });

  it('report a starter that names a subject or role model that does not exist', () => {
    const snapshot = snapshotWith({
      [ks3Starter]: (t) =>
        t
          .replace('subject: fixture-subject', 'subject: fixture-subjct')
          .replace('roleModels: [fixture-person]', 'roleModels: [nobody]'),
    });
    const dangling = problemsOf(snapshot).filter((p) => p.rule === 'dangling-reference');
    expect(dangling.map((p) => [p.file, p.field])).toEqual([
      [ks3Starter, 'subject'],
      [ks3Starter, 'roleModels[0]'],
    ]);
  });

  it('refuse a starter for a primary year, saying which years starters are for', () => {
    const snapshot = snapshotWith({ [ks3Starter]: (t) => t.replace('year: 8', 'year: 5') });
    const [problem] = snapshot.readProblems;
    expect(problem).toMatchObject({ file: ks3Starter, field: 'year' });
    expect(problem?.message).toContain('Years 7 to 13');
  });

  it('refuse a subject that leaves out a route, naming the field', () => {
    const snapshot = snapshotWith({
      [subjectFile]: (t) => t.replace('  degrees: [Chemistry]\n', ''),
    });
    expect(snapshot.readProblems.map((p) => [p.file, p.field])).toEqual([
      [subjectFile, 'leadsTo.degrees'],
    ]);
  });

  it('leave out starters for years an 11–16 school does not teach', () => {
    const snapshot = snapshotWith({ [ks3Starter]: (t) => t.replace('year: 8', 'year: 12') });
    expect(snapshot.leftOut.starters).toEqual(['fixture-subject-ks3']);
    expect(snapshot.entries.starters.map((s) => s.id)).toEqual(['fixture-subject-ks4']);
  });
});

describe('coverage by subject starters', () => {
  const outcomes = [
    { id: '1.1', kind: 'learning' as const },
    { id: '1.6', kind: 'feedback' as const },
  ];
  const starters = [{ id: 'maths-ratio', years: [8], outcomes: ['1.1', '1.6'] }];

  it('meets a feedback outcome, as an activity does, but not a learning outcome', () => {
    const [learning, feedback] = computeCoverage(outcomes, [], [], starters);
    expect(learning).toMatchObject({ covered: false, starters: ['maths-ratio'], years: [8] });
    expect(feedback).toMatchObject({ covered: true, starters: ['maths-ratio'] });
  });

  it('is named in the coverage error for a learning outcome only starters reach', () => {
    const snapshot = snapshotWith({
      [ks3Starter]: (t) => t.replace("outcomes: ['3.1']", "outcomes: ['3.1', '5.2']"),
    });
    snapshot.entries.lessons = [];
    const problem = problemsOf(snapshot).find(
      (p) => p.rule === 'coverage' && p.message.includes('5.2 '),
    );
    expect(problem?.message).toContain('only subject starters cover it (fixture-subject-ks3)');
  });
});

const starter = {
  title: 'Checking a dose with ratio',
  year: 8,
  topic: 'Ratio & proportion',
  say: 'Pharmacy technicians check doses.',
  questions: [{ ask: 'How much liquid holds 6 tablets?', expect: ['15 ml'] }],
  task: 'Write a dose question for a partner.',
  jobs: ['Pharmacy technician', 'Nurse'],
  routes: [{ route: 'apprenticeship' as const, name: 'Level 3 pharmacy technician' }],
  roleModels: ['Abena, chartered accountant'],
  minutes: 10,
};

describe('a starter on slides and in the department pack', () => {
  it('shows the questions before the answers, which stay in the notes', () => {
    const [ask, task] = starterSlides({ ...starter, subjectName: 'Maths' });
    expect(ask?.points).toEqual(['How much liquid holds 6 tablets?']);
    expect(ask?.label).toBe('Maths · Year 8 · Ratio & proportion · 10 minutes');
    expect(ask?.notes.join(' ')).toContain('15 ml');
    expect(JSON.stringify(ask?.points)).not.toContain('15 ml');
    expect(task?.points).toContain('Apprenticeship: Level 3 pharmacy technician');
    expect(task?.notes).toEqual(['Role models to mention: Abena, chartered accountant']);
  });

  it('groups starters by Key Stage in the pack, as well-formed Word XML', () => {
    const pack: SubjectPackInput = {
      name: 'Maths',
      summary: 'Maths & money.',
      leadsTo: {
        apprenticeships: [{ title: 'Data technician', level: 3 }],
        tLevels: [],
        collegeCourses: ['Level 3 course in accounting'],
        degrees: ['Mathematics'],
        jobsWithTraining: ['Trainee accounts assistant'],
      },
      jobFamilies: [{ name: 'Finance', roles: ['Accountant', 'Actuary'] }],
      roleModels: ['Abena, chartered accountant (degree)'],
      checkedFacts: [],
      starters: [
        { ...starter, year: 12, title: 'Sixth form starter', outcomes: [] },
        { ...starter, outcomes: [{ id: '3.3', statement: 'understand the work <opportunities>' }] },
      ],
      source: 'From Horizons.',
    };
    expect(groupByKeyStage(pack.starters).map((g) => g.keyStage.stage)).toEqual([3, 5]);
    const xml = subjectPackBody(pack);
    expect(xmlFault(`<w:body>${xml}</w:body>`)).toBeUndefined();
    expect(xml.indexOf('Key Stage 3 starters')).toBeLessThan(xml.indexOf('Key Stage 5 starters'));
    expect(xml).toContain('Data technician (level 3)');
    expect(xml).not.toContain('T Levels');
    expect(xml).toContain('Ratio &amp; proportion');
    expect(xml).toContain('Gatsby Benchmark 4');
  });
});
