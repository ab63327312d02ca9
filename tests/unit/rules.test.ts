import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../src/validation/rules/coverage.ts';
import { checkDanglingReferences } from '../../src/validation/rules/dangling-references.ts';
import { checkDuplicateIds } from '../../src/validation/rules/duplicate-ids.ts';
import { checkEntryIds } from '../../src/validation/rules/entry-ids.ts';
import { checkFeedbackSurveys } from '../../src/validation/rules/feedback-surveys.ts';
import { checkLessonYearFolder } from '../../src/validation/rules/lesson-year-folder.ts';
import { checkProviderAccess } from '../../src/validation/rules/provider-access.ts';
import { checkSchoolColours } from '../../src/validation/rules/school-colours.ts';
import { checkRoleModelConsent } from '../../src/validation/rules/role-model-consent.ts';
import { checkSchoolReview } from '../../src/validation/rules/school-review.ts';
import { checkTimedSteps } from '../../src/validation/rules/timed-steps.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { today, validSnapshot } from '../helpers/fixture.ts';

const first = <T>(list: T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error('fixture entry missing');
  return item;
};

describe('the valid fixture', () => {
  it('passes every rule', () => {
    const result = validateSnapshot(validSnapshot(), today);
    expect(result.problems).toEqual([]);
    expect(result.coverage.every((c) => c.covered)).toBe(true);
  });
});

describe('checkDuplicateIds', () => {
  it('reports a second entry with the same id and how to fix it', () => {
    const snapshot = validSnapshot();
    const lesson = first(snapshot.entries.lessons);
    snapshot.entries.lessons.push({ ...lesson, file: 'lessons/year-8/fixture-lesson.mdx' });
    const [problem] = checkDuplicateIds(snapshot);
    expect(problem).toMatchObject({
      rule: 'duplicate-id',
      file: 'lessons/year-8/fixture-lesson.mdx',
      severity: 'error',
    });
    expect(problem?.message).toContain('lessons/year-7/fixture-lesson.mdx');
    expect(problem?.fix).toMatch(/Rename/);
  });
});

describe('checkEntryIds', () => {
  it('rejects an outcome file name that is not a code', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.outcomes).id = 'one';
    expect(checkEntryIds(snapshot)[0]?.message).toBe('"one" is not an outcome code.');
  });

  it('rejects an outcome of a principle that does not exist', () => {
    const snapshot = validSnapshot();
    snapshot.entries.principles = snapshot.entries.principles.filter((p) => p.id !== '4');
    first(snapshot.entries.outcomes).id = '4.1';
    expect(checkEntryIds(snapshot)[0]?.message).toContain('Principle 4, which does not exist');
  });

  it('rejects a benchmark whose id and number disagree', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.gatsby).id = 'gb2';
    expect(checkEntryIds(snapshot)[0]).toMatchObject({
      file: 'content/frameworks/gatsby.yaml',
      field: '[0].id',
    });
  });
});

describe('checkDanglingReferences', () => {
  it('reports a lesson naming an outcome that does not exist, with the field', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.lessons).references.push({
      collection: 'outcomes',
      id: '9.9',
      field: 'outcomes[1]',
    });
    const [problem] = checkDanglingReferences(snapshot);
    expect(problem).toMatchObject({
      rule: 'dangling-reference',
      file: 'lessons/year-7/fixture-lesson.mdx',
      field: 'outcomes[1]',
    });
    expect(problem?.message).toBe('There is no outcome "9.9".');
  });

  it('checks references of every kind, including inside list files and nested fields', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.cpd).references.push({
      collection: 'caseStudies',
      id: 'missing',
      field: 'caseStudies[1]',
    });
    first(snapshot.entries.roleModels).references.push({
      collection: 'lessons',
      id: 'gone',
      field: 'relatedLessons[1]',
    });
    const messages = checkDanglingReferences(snapshot).map((p) => p.message);
    expect(messages.sort()).toEqual([
      'There is no case study "missing".',
      'There is no lesson "gone".',
    ]);
  });
});

describe('checkLessonYearFolder', () => {
  it('reports a lesson whose year does not match its folder', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.lessons).data['year'] = 9;
    const [problem] = checkLessonYearFolder(snapshot);
    expect(problem).toMatchObject({
      field: 'year',
      message: 'The lesson says year: 9 but is in the year-7 folder.',
    });
  });
});

describe('checkTimedSteps', () => {
  it('reports steps that do not add up to the duration', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.lessons).data['duration'] = 60;
    const [problem] = checkTimedSteps(snapshot);
    expect(problem?.message).toBe("The lesson's steps add up to 50 minutes but `duration` is 60.");
    expect(problem?.fix).toContain('add 10 minutes');
  });

  it('checks CPD agendas too', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.cpd).data['duration'] = 20;
    expect(checkTimedSteps(snapshot)[0]?.file).toBe('content/cpd/fixture-cpd.mdx');
  });
});

describe('checkCoverage', () => {
  const statement = '("are able to investigate opportunities for learning and work on their own")';
  const withoutLessonOutcomes = () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.lessons).data['outcomes'] = [];
    return snapshot;
  };

  it('reports an outcome no lesson covers', () => {
    const [problem] = checkCoverage(withoutLessonOutcomes(), today);
    expect(problem).toMatchObject({
      rule: 'coverage',
      file: 'content/outcomes/1.1.yaml',
      severity: 'error',
    });
    expect(problem?.message).toContain(`Outcome 1.1 ${statement}`);
  });

  it('quotes the statement of an outcome nothing covers', () => {
    const snapshot = withoutLessonOutcomes();
    for (const activity of snapshot.entries.activities) activity.data['outcomes'] = ['1.6'];
    expect(checkCoverage(snapshot, today)[0]?.message).toBe(
      `No lesson covers outcome 1.1 ${statement}.`,
    );
  });

  it('needs a lesson, not only an activity, for a learning outcome', () => {
    const snapshot = withoutLessonOutcomes();
    first(snapshot.entries.activities).data['outcomes'] = ['1.6', '1.1'];
    expect(checkCoverage(snapshot, today)[0]?.message).toBe(
      `Outcome 1.1 ${statement} is a learning outcome but only activities cover it (fixture-survey, provider-visit-a, provider-visit-b); it needs a lesson.`,
    );
  });

  it('accepts an activity for a feedback outcome', () => {
    expect(checkCoverage(validSnapshot(), today)).toEqual([]);
  });

  it('turns a planned gap into a warning until its date', () => {
    const snapshot = withoutLessonOutcomes();
    snapshot.coveragePlan.planned.push({
      outcome: '1.1',
      reason: 'being written',
      targetDate: new Date('2027-01-01'),
    });
    const problems = checkCoverage(snapshot, today);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.message).toContain(`Outcome 1.1 ${statement} is not covered yet`);
  });

  it('makes a planned gap an error once its date has passed', () => {
    const snapshot = withoutLessonOutcomes();
    snapshot.coveragePlan.planned.push({
      outcome: '1.1',
      reason: 'late',
      targetDate: new Date('2026-01-01'),
    });
    expect(checkCoverage(snapshot, today)[0]).toMatchObject({
      severity: 'error',
      field: 'planned[0].targetDate',
      message: `Outcome 1.1 ${statement} was due to be covered by 2026-01-01, and still is not.`,
    });
  });

  it('makes a plan entry for an outcome that is covered an error', () => {
    const snapshot = validSnapshot();
    snapshot.coveragePlan.planned.push({
      outcome: '1.1',
      reason: 'stale',
      targetDate: new Date('2027-01-01'),
    });
    expect(checkCoverage(snapshot, today)[0]?.message).toContain(
      `Outcome 1.1 ${statement} is planned but already covered`,
    );
  });

  it('makes a plan entry for an unknown outcome an error', () => {
    const snapshot = validSnapshot();
    snapshot.coveragePlan.planned.push({
      outcome: '7.1',
      reason: 'typo',
      targetDate: new Date('2027-01-01'),
    });
    expect(checkCoverage(snapshot, today)[0]?.message).toBe('There is no outcome "7.1".');
  });
});

describe('checkRoleModelConsent', () => {
  it('allows illustrative profiles without consent', () => {
    expect(checkRoleModelConsent(validSnapshot(), today)).toEqual([]);
  });

  it('needs consent and a review date for a real person', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.roleModels).data['kind'] = 'real';
    expect(checkRoleModelConsent(snapshot, today).map((p) => p.field)).toEqual([
      'consent',
      'reviewDate',
    ]);
  });

  it('warns when the review is near and errs when it has passed', () => {
    const snapshot = validSnapshot();
    const data = first(snapshot.entries.roleModels).data;
    Object.assign(data, {
      kind: 'real',
      consent: { date: today, recordHeldBy: 'Careers Leader' },
      reviewDate: new Date('2026-12-01'),
    });
    expect(checkRoleModelConsent(snapshot, today)[0]?.severity).toBe('warning');
    data['reviewDate'] = new Date('2026-11-01');
    expect(checkRoleModelConsent(snapshot, today)[0]?.severity).toBe('error');
  });
});

describe('checkSchoolReview', () => {
  it('warns within 60 days of the review and errs after it', () => {
    const snapshot = validSnapshot();
    if (!snapshot.school) throw new Error('fixture school missing');
    snapshot.school.nextReview = new Date('2027-01-10');
    expect(checkSchoolReview(snapshot, today)[0]?.severity).toBe('warning');
    snapshot.school.nextReview = new Date('2026-10-01');
    expect(checkSchoolReview(snapshot, today)[0]).toMatchObject({
      severity: 'error',
      field: 'nextReview',
    });
  });
});

describe('checkProviderAccess', () => {
  it('passes the fixture: two encounters in each phase, no sixth form', () => {
    expect(checkProviderAccess(validSnapshot())).toEqual([]);
  });

  it('needs two encounters in Years 8–9', () => {
    const snapshot = validSnapshot();
    snapshot.entries.activities = snapshot.entries.activities.filter(
      (a) => a.id !== 'provider-visit-a',
    );
    const problems = checkProviderAccess(snapshot);
    expect(problems.map((p) => p.message)).toEqual([
      'The programme has 1 provider-access encounter in Years 8–9; the Provider Access Legislation needs at least 2.',
      'The programme has 1 provider-access encounter in Years 10–11; the Provider Access Legislation needs at least 2.',
    ]);
  });

  it('needs the Years 12–13 pair only when the school has a sixth form', () => {
    const snapshot = validSnapshot();
    if (!snapshot.school) throw new Error('fixture school missing');
    snapshot.school.sixthForm = true;
    expect(checkProviderAccess(snapshot)[0]?.message).toContain(
      '0 provider-access encounters in Years 12–13',
    );
  });
});

describe('checkSchoolColours', () => {
  it('accepts the default colours and rejects a pale primary colour', () => {
    const snapshot = validSnapshot();
    expect(checkSchoolColours(snapshot)).toEqual([]);
    if (!snapshot.school) throw new Error('fixture school missing');
    snapshot.school.colours.primary = '#ffdd00';
    const [problem] = checkSchoolColours(snapshot);
    expect(problem).toMatchObject({
      rule: 'school-colours',
      field: 'colours.primary',
      severity: 'error',
    });
    expect(problem?.message).toMatch(/contrast ratio of 1\.\d\d:1/);
  });
});

describe('checkFeedbackSurveys', () => {
  it('needs survey questions for a feedback outcome', () => {
    const snapshot = validSnapshot();
    const feedback = snapshot.entries.outcomes.find((o) => o.id === '1.6');
    if (!feedback) throw new Error('fixture outcome missing');
    expect(checkFeedbackSurveys(snapshot)).toEqual([]);
    feedback.data['survey'] = [];
    expect(checkFeedbackSurveys(snapshot)[0]).toMatchObject({
      file: 'content/outcomes/1.6.yaml',
      field: 'survey',
    });
  });
});

describe('year overviews', () => {
  it('must be named after their year', () => {
    const snapshot = validSnapshot();
    first(snapshot.entries.years).data['year'] = 8;
    expect(checkEntryIds(snapshot)[0]?.message).toBe('The file is named 7.yaml but says year: 8.');
  });
});
