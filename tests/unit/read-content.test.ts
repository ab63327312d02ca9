import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, validFixture, validSnapshot } from '../helpers/fixture.ts';

describe('readContent', () => {
  it('reads every collection of the valid fixture with no problems', () => {
    const snapshot = validSnapshot();
    expect(snapshot.readProblems).toEqual([]);
    expect(snapshot.entries.outcomes).toHaveLength(45);
    expect(snapshot.entries.gatsby.map((b) => b.id)).toEqual(['gb1']);
    expect(snapshot.school?.name).toBe('Fixture School');
  });

  it('finds references from the schemas, with their fields', () => {
    const lesson = validSnapshot().entries.lessons[0];
    expect(lesson?.references).toContainEqual({
      collection: 'outcomes',
      id: '1.1',
      field: 'outcomes[0]',
    });
    expect(lesson?.references).toContainEqual({
      collection: 'handouts',
      id: 'fixture-sheet',
      field: 'resources[0].handout',
    });
  });

  it('reports unreadable YAML as a syntax error naming the file', () => {
    const dir = fixtureWith({
      'content/outcomes/1.1.yaml': 'statement: [unclosed\nkind: learning\n',
    });
    const problems = readContent(dir).readProblems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      rule: 'syntax',
      file: 'content/outcomes/1.1.yaml',
      severity: 'error',
    });
    expect(problems[0]?.message).toMatch(/can't be read/);
  });

  it('reports schema errors with the field and a fix', () => {
    const dir = fixtureWith({
      'content/outcomes/1.1.yaml': 'statement: x\ngloss: y\ntoday: z\nkind: taught\n',
    });
    const [problem] = readContent(dir).readProblems;
    expect(problem).toMatchObject({
      rule: 'schema',
      file: 'content/outcomes/1.1.yaml',
      field: 'kind',
    });
    expect(problem?.fix).toContain('"learning", "feedback"');
  });

  it('says when a required field is missing', () => {
    const dir = fixtureWith({
      'content/outcomes/1.1.yaml': 'statement: x\ntoday: z\nkind: learning\n',
    });
    const [problem] = readContent(dir).readProblems;
    expect(problem?.field).toBe('gloss');
    expect(problem?.message).toBe('The required field `gloss` is missing.');
  });

  it('reports a missing school file', () => {
    const dir = fixtureWith();
    rmSync(join(dir, 'content/school.yaml'));
    expect(readContent(dir).readProblems[0]).toMatchObject({
      file: 'content/school.yaml',
      message: 'This file is missing.',
    });
  });

  it('gives a lesson the id of its file name, whatever its folder', () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, 'lessons/year-8'), { recursive: true });
    renameSync(
      join(dir, 'lessons/year-7/fixture-lesson.mdx'),
      join(dir, 'lessons/year-8/fixture-lesson.mdx'),
    );
    expect(readContent(dir).entries.lessons[0]).toMatchObject({
      id: 'fixture-lesson',
      file: 'lessons/year-8/fixture-lesson.mdx',
    });
  });
});

describe('a school leaving out built-in entries', () => {
  const schoolWith = (extra: string) =>
    fixtureWith({
      'content/school.yaml': `${readFileSync(join(validFixture, 'content/school.yaml'), 'utf8')}${extra}`,
    });

  it('drops them from the snapshot, so rules judge what is published', () => {
    const snapshot = readContent(schoolWith('exclude:\n  caseStudies: [fixture-case]\n'));
    expect(snapshot.entries.caseStudies).toEqual([]);
    expect(snapshot.readProblems).toEqual([]);
  });

  it('reports an id that matches nothing', () => {
    const [problem] = readContent(
      schoolWith('exclude:\n  lessons: [no-such-lesson]\n'),
    ).readProblems;
    expect(problem).toMatchObject({
      rule: 'exclude',
      field: 'exclude.lessons[0]',
      file: 'content/school.yaml',
    });
  });

  it('says why a statutory item is required when it is missing', () => {
    const text = readFileSync(join(validFixture, 'content/school.yaml'), 'utf8').replace(
      /^\s+email: .*$/m,
      '',
    );
    const [problem] = readContent(fixtureWith({ 'content/school.yaml': text })).readProblems;
    expect(problem?.field).toBe('careersLeader.email');
    expect(problem?.message).toContain(
      'Schools must publish an email address for their Careers Leader.',
    );
  });
});

describe('MDX bodies', () => {
  it('reports a stray brace in a lesson body with its line and a fix, before any build', () => {
    const lesson = readFileSync(join(validFixture, 'lessons/year-7/fixture-lesson.mdx'), 'utf8');
    const lines = lesson.split('\n').length;
    const dir = fixtureWith({
      'lessons/year-7/fixture-lesson.mdx': `${lesson}\nPupils score {10 out of 10.\n`,
    });
    const [problem] = readContent(dir).readProblems;
    expect(problem).toMatchObject({ rule: 'syntax', file: 'lessons/year-7/fixture-lesson.mdx' });
    expect(problem?.field).toBe(`body, line ${lines + 1}`);
    expect(problem?.fix).toContain('less than');
  });

  it('accepts plain Markdown, tables and a less-than sign followed by a space', () => {
    const dir = fixtureWith({
      'content/handouts/fixture-sheet.mdx':
        '---\ntitle: T\nkind: worksheet\nyears: [7]\nsummary: S\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nScores < 5 need help.\n',
    });
    expect(readContent(dir).readProblems).toEqual([]);
  });
});

describe('code in MDX bodies', () => {
  it('refuses an expression that compiles but would fail when the page is made', () => {
    const lesson = readFileSync(join(validFixture, 'lessons/year-7/fixture-lesson.mdx'), 'utf8');
    const dir = fixtureWith({ 'lessons/year-7/fixture-lesson.mdx': `${lesson}\nHello {name}.\n` });
    const [problem] = readContent(dir).readProblems;
    expect(problem?.message).toContain('contains code');
    expect(problem?.field).toBe(`body, line ${lesson.split('\n').length + 1}`);
  });
});

describe('one mistake, one error', () => {
  it('does not tell the files that refer to a broken lesson that it does not exist', async () => {
    const { validateProject } = await import('../../src/validation/index.ts');
    const lesson = 'lessons/year-7/fixture-lesson.mdx';
    const text = readFileSync(join(validFixture, lesson), 'utf8');
    const root = fixtureWith({ [lesson]: text.replace(/^duration: .*$/m, 'duration: lots') });
    const errors = validateProject(root, new Date('2026-11-23')).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors.map((p) => `${p.file} ${p.field}`)).toEqual([`${lesson} duration`]);
  });
});
