import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkUnreadFiles } from '../../src/validation/rules/unread-files.ts';
import { fixtureWith, today, validSnapshot } from '../helpers/fixture.ts';

const lessonText = '---\ntitle: Careers fair\nyear: 8\n---\n\nNotes.\n';

/** The valid fixture with extra files written, in folders made as needed. */
function treeWith(files: Record<string, string>): string {
  const dir = fixtureWith();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The one problem the rule finds in the fixture with `file` added. */
function problemFor(file: string, text = lessonText) {
  const problems = checkUnreadFiles(readContent(treeWith({ [file]: text })));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ rule: 'unread-file', file, severity: 'error' });
  return problems[0];
}

describe('files the site would not read', () => {
  it('finds none in the valid fixture', () => {
    expect(checkUnreadFiles(validSnapshot())).toEqual([]);
  });

  it('names a lesson saved as .md and says to save it as .mdx in the same folder', () => {
    const problem = problemFor('lessons/year-8/careers-fair.md');
    expect(problem?.message).toBe('This lesson is not on the site: its name ends .md, not .mdx.');
    expect(problem?.fix).toBe('Save it as lessons/year-8/careers-fair.mdx.');
  });

  it('names a lesson whose ending is in capitals or .txt', () => {
    expect(problemFor('lessons/year-8/careers-fair.MDX')?.message).toContain('ends .MDX, not .mdx');
    expect(problemFor('lessons/year-8/careers-fair.txt')?.fix).toBe(
      'Save it as lessons/year-8/careers-fair.mdx.',
    );
  });

  it('moves a lesson from a folder called "Year 9" or "year9" to year-9', () => {
    for (const folder of ['Year 9', 'year9', 'Year_9']) {
      const problem = problemFor(`lessons/${folder}/careers-fair.mdx`);
      expect(problem?.message).toContain(`it is in "${folder}", not in a folder named year-N`);
      expect(problem?.fix).toBe('Save it as lessons/year-9/careers-fair.mdx.');
    }
  });

  it('takes the year from the lesson itself when its folder does not say', () => {
    const problem = problemFor('lessons/careers-fair.md');
    expect(problem?.message).toBe(
      'This lesson is not on the site: its name ends .md, not .mdx, and it is not in a year folder.',
    );
    expect(problem?.fix).toBe('Save it as lessons/year-8/careers-fair.mdx.');
    expect(problemFor('lessons/careers-fair.mdx', 'No year here.')?.fix).toBe(
      "Save it as lessons/year-N/careers-fair.mdx, where N is the lesson's year, e.g. lessons/year-9/careers-fair.mdx.",
    );
  });

  it('says when a file of the right name is already there', () => {
    expect(problemFor('lessons/year-7/fixture-lesson.md')?.fix).toContain(
      'a file of that name is already there, so keep the one you want and delete the other',
    );
  });

  it('names a lesson in a folder inside its year folder, or in content/lessons/', () => {
    expect(problemFor('lessons/year-8/drafts/careers-fair.mdx')?.fix).toBe(
      'Save it as lessons/year-8/careers-fair.mdx.',
    );
    const misplaced = problemFor('content/lessons/year-9/careers-fair.mdx');
    expect(misplaced?.message).toContain('Lessons go in lessons/, not content/lessons/.');
    expect(misplaced?.fix).toBe('Save it as lessons/year-9/careers-fair.mdx.');
  });

  it('says a document that is not a lesson does not belong in lessons/', () => {
    const problem = problemFor('lessons/year-8/careers-fair.docx', 'binary');
    expect(problem?.message).toContain('lessons/ holds only lessons');
    expect(problem?.fix).toMatch(/^Move it out of lessons\/\./);
  });

  it('checks every collection with its own ending', () => {
    expect(problemFor('case-studies/new-case.md')?.fix).toBe(
      'Save it as case-studies/new-case.mdx.',
    );
    const fact = problemFor('content/facts/new-fact.yml', 'statement: x\n');
    expect(fact?.message).toBe('This fact is not on the site: its name ends .yml, not .yaml.');
    expect(fact?.fix).toBe('Save it as content/facts/new-fact.yaml.');
    expect(problemFor('content/handouts/extra/sheet.mdx')?.message).toContain(
      'it is in a folder inside content/handouts/',
    );
  });

  it('names the files Horizons reads by name when one is spelt another way', () => {
    expect(problemFor('content/coverage-plan.yml', 'planned: []\n')?.fix).toBe(
      'Save it as content/coverage-plan.yaml.',
    );
    expect(problemFor('content/frameworks/notes.yaml', 'x: 1\n')?.message).toBe(
      'Horizons does not read this file: it reads only content/frameworks/gatsby.yaml and content/frameworks/cdi.yaml there.',
    );
    expect(problemFor('content/notes.txt', 'x')?.message).toContain(
      'it reads nothing directly in content/ except content/school.yaml',
    );
  });

  it('leaves READMEs, portraits beside their profiles and dot files alone', () => {
    const dir = treeWith({
      'lessons/README.md': '# Lessons',
      'content/role-models/fixture-person.svg': '<svg/>',
      'content/role-models/portraits/photo.JPG': 'jpeg',
      'case-studies/readme.txt': 'notes',
      'lessons/year-7/.DS_Store': '',
    });
    expect(checkUnreadFiles(readContent(dir))).toEqual([]);
  });

  it('stops the build: validate reports it as an error', () => {
    const dir = treeWith({ 'lessons/Year 8/careers-fair.md': lessonText });
    const result = validateProject(dir, today);
    expect(result.problems.filter((p) => p.rule === 'unread-file')).toHaveLength(1);
    expect(result.errors).toBe(1);
  });
});
