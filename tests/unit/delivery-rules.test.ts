import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { developerJargon } from '../helpers/bad-content.ts';
import { fixtureWith, today, validFixture } from '../helpers/fixture.ts';

const record = 'content/delivery/2026-27.yaml';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The valid fixture with files written over it, including in folders it does not have. */
function treeWith(files: Record<string, string>): string {
  const dir = fixtureWith();
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every problem validate finds in a tree, on `day`. */
const problemsIn = (files: Record<string, string>, day = today): Problem[] =>
  validateSnapshot(readContent(treeWith(files)), day).problems;

/** The problems naming one file. */
const about = (file: string, problems: Problem[]) => problems.filter((p) => p.file === file);

/** A record whose entries are the given YAML items (each a block of `key: value` lines). */
const recordOf = (...items: string[]) =>
  `entries:\n${items.map((item) => `  - ${item.trim().split('\n').join('\n    ')}\n`).join('')}`;

const lessonEntry = 'lesson: fixture-lesson\nyear: 7\nhalfTerm: autumn 1\ngroups: 6';

describe('a delivery record', () => {
  it('that is right gives no problem, and is read with its references', () => {
    const dir = treeWith({
      [record]: recordOf(
        lessonEntry,
        'activity: provider-visit-a\nyear: 8\ndate: 2026-10-14\npupils: 170\nevaluation: Went well.',
      ),
    });
    const snapshot = readContent(dir);
    expect(validateSnapshot(snapshot, today).problems).toEqual([]);
    const [found] = snapshot.delivery;
    expect(found?.academicYear?.label).toBe('2026-27');
    expect(found?.record?.entries).toHaveLength(2);
    expect(found?.references).toContainEqual({
      collection: 'activities',
      id: 'provider-visit-a',
      field: 'entries[1].activity',
    });
  });

  it('reads "Autumn 1" as the half term autumn 1', () => {
    const dir = treeWith({ [record]: recordOf(lessonEntry.replace('autumn 1', 'Autumn  1')) });
    expect(readContent(dir).delivery[0]?.record?.entries[0]?.halfTerm).toBe('autumn 1');
  });

  it('names the file and field of a lesson that does not exist', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(lessonEntry.replace('fixture-lesson', 'no-such-lesson')) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'dangling-reference',
        field: 'entries[0].lesson',
        message: 'There is no lesson "no-such-lesson".',
      }),
    ]);
  });

  it('refuses a pupil’s name, once, saying why and what to do instead', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(`${lessonEntry}\npupil: Jane Smith`) }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      rule: 'personal-data',
      field: 'entries[0].pupil',
    });
    expect(problems[0]?.message).toMatch(/no names and nothing else that identifies a pupil/);
    expect(problems[0]?.fix).toMatch(/Delete the `pupil:` line/);
  });

  it('refuses other name fields, wherever they are and however they are written, once each', () => {
    const problems = about(
      record,
      problemsIn({
        [record]: `teacher: Mr Khan\n${recordOf(`${lessonEntry}\nFirst Name: Sam\nstudent_name: Sam\ndob: 2014-01-01\nemail: sam@gmail.com`)}`,
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['personal-data', 'teacher'],
      ['personal-data', 'entries[0].First Name'],
      ['personal-data', 'entries[0].student_name'],
      ['personal-data', 'entries[0].dob'],
      ['personal-data', 'entries[0].email'],
    ]);
  });

  it('refuses names given as the number of pupils', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(`${lessonEntry}\npupils: [Jane Smith, Tom Jones]`) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'personal-data', field: 'entries[0].pupils' }),
    ]);
  });

  it('refuses a member of staff named in a note', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(`${lessonEntry}\nevaluation: Mr Khan's group enjoyed it.`) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'personal-data', field: 'entries[0].evaluation' }),
    ]);
    expect(problems[0]?.message).toContain('"Mr Khan"');
  });

  it('refuses an email address that is not the careers leader’s, in text or in a comment', () => {
    const problems = about(
      record,
      problemsIn({
        [record]: `# Ask jo.bloggs@gmail.com\n${recordOf(`${lessonEntry}\nevaluation: Feedback from parent@example.com was good.`)}`,
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['personal-data', 'entries[0].evaluation'],
      ['personal-data', '(line 1)'],
    ]);
    expect(problems[0]?.message).toContain('parent@example.com');
    expect(problems[0]?.fix).toContain('careers@example.sch.uk');
  });

  it('allows the careers leader’s own email address', () => {
    const problems = problemsIn({
      [record]: `# Questions: Careers@Example.sch.uk\n${recordOf(`${lessonEntry}\nevaluation: Feedback to careers@example.sch.uk, please.`)}`,
    });
    expect(about(record, problems)).toEqual([]);
  });

  it('refuses an entry naming both a lesson and an activity', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(`${lessonEntry}\nactivity: provider-visit-a`) }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'entries[0].activity' });
    expect(problems[0]?.message).toContain('names a lesson and an activity');
    expect(problems[0]?.fix).toMatch(/Split it/);
  });

  it('needs when it ran and how many took part', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf('lesson: fixture-lesson\nyear: 7') }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '`entries[0]`: this entry does not say when it ran: give a `date:` or a `halfTerm:`.',
      '`entries[0]`: this entry does not say how many took part.',
    ]);
  });

  it('refuses a date outside the school year its file is named for', () => {
    const problems = about(
      record,
      problemsIn({
        [record]: recordOf(lessonEntry.replace('halfTerm: autumn 1', 'date: 2026-07-10')),
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'delivery-date',
        field: 'entries[0].date',
        severity: 'error',
      }),
    ]);
    expect(problems[0]?.message).toBe(
      '10 July 2026 is not in the 2026-27 school year (1 September 2026 to 31 August 2027) that this file records.',
    );
    expect(problems[0]?.fix).toContain('content/delivery/2025-26.yaml');
  });

  it('reports a misspelt field with a suggestion', () => {
    const problems = about(
      record,
      problemsIn({ [record]: recordOf(`${lessonEntry}\nevalution: Good.`) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'unknown-field', field: 'entries[0].evalution' }),
    ]);
    expect(problems[0]?.fix).toContain('`evaluation`');
  });

  it('says how to put a list that is not under `entries:` right', () => {
    const problems = about(
      record,
      problemsIn({ [record]: `- ${lessonEntry.split('\n').join('\n  ')}\n` }),
    );
    expect(problems).toEqual([expect.objectContaining({ field: '(whole file)' })]);
    expect(problems[0]?.fix).toContain('`entries:`');
  });
});

describe('every delivery problem', () => {
  it('is said in a teacher’s words', () => {
    const problems = about(
      record,
      problemsIn({
        [record]: recordOf(
          'lesson: nope\nactivity: provider-visit-a\nyear: 4\ndate: 14/10/2026\nhalfTerm: spring 3\npupils: lots\ngroups: 0\nevalution: x',
          'year: 7',
          `${lessonEntry}\nstudentName: Sam\nevaluation: ${'Long. '.repeat(60)} jo@x.org`,
        ),
      }),
    );
    expect(problems.length).toBeGreaterThan(6);
    for (const p of problems) expect(`${p.message} ${p.fix}`).not.toMatch(developerJargon);
  });
});

describe('a delivery record’s file name', () => {
  const named = (path: string) => {
    const problems = problemsIn({ [path]: recordOf(lessonEntry) });
    // unread-files leaves content/delivery/ to the delivery rules: one problem, not two.
    expect(problems.filter((p) => p.rule === 'unread-file')).toEqual([]);
    return about(path, problems);
  };

  it('is a school year such as 2026-27, or the fix gives the one meant', () => {
    const [problem] = named('content/delivery/2026-2027.yaml');
    expect(problem).toMatchObject({ rule: 'delivery-file-name', severity: 'error' });
    expect(problem?.message).toContain('"2026-2027" is not a school year');
    expect(problem?.fix).toBe('Rename it 2026-27.yaml.');
  });

  it('is one school year, not two', () => {
    const [problem] = named('content/delivery/2026-28.yaml');
    expect(problem?.message).toBe(
      '"2026-28" is not one school year: the part after the dash must be the year after 2026, e.g. 2026-27.',
    );
  });

  it('ends .yaml, and the file is directly in content/delivery/', () => {
    expect(named('content/delivery/2026-27.yml')[0]?.fix).toBe('Rename it 2026-27.yaml.');
    expect(named('content/delivery/old/2025-26.yaml')[0]?.message).toContain(
      'in a folder inside content/delivery/',
    );
  });

  it('still has its entries checked when the name is wrong', () => {
    const problems = problemsIn({
      'content/delivery/autumn.yaml': recordOf(`${lessonEntry}\nteacher: X`),
    });
    expect(about('content/delivery/autumn.yaml', problems).map((p) => p.rule)).toEqual([
      'delivery-file-name',
      'personal-data',
    ]);
  });
});

describe('provider encounters in the current year’s delivery record', () => {
  // provider-visit-a is for Years 8 and 10; planned here for the autumn term.
  const visitA = 'content/activities/provider-visit-a.mdx';
  const autumnVisit = readFileSync(join(validFixture, visitA), 'utf8').replace(
    'providerAccess: true',
    'providerAccess: true\nterms: [autumn]',
  );
  const afterAutumn = new Date('2027-01-04T09:00:00Z');
  const warnings = (files: Record<string, string>, day: Date) =>
    problemsIn({ [visitA]: autumnVisit, ...files }, day).filter(
      (p) => p.rule === 'delivered-provider-access',
    );

  it('warns, once the term has ended, for each year group with none recorded', () => {
    const found = warnings(
      { [record]: recordOf('activity: provider-visit-a\nyear: 8\nhalfTerm: autumn 2\ngroups: 6') },
      afterAutumn,
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', file: record, field: 'entries' }),
    ]);
    expect(found[0]?.message).toContain('Year 10’s provider encounter "Fixture provider visit a"');
    expect(found[0]?.fix).toContain('`activity: provider-visit-a`, `year: 10`');
  });

  it('does not warn before the term has ended', () => {
    expect(warnings({ [record]: recordOf(lessonEntry) }, new Date('2026-12-31T15:00:00Z'))).toEqual(
      [],
    );
  });

  it('does not warn when the current year has no record', () => {
    expect(warnings({ 'content/delivery/2025-26.yaml': 'entries: []\n' }, afterAutumn)).toEqual([]);
  });
});
