import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContent } from '../../src/validation/read-content.ts';
import { schoolSchema } from '../../src/schemas/school.ts';
import { fixtureWith, projectRoot, validFixture, validSnapshot } from '../helpers/fixture.ts';

const schoolFile = 'content/school.yaml';
const fixtureSchool = readFileSync(join(validFixture, schoolFile), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const strand = (title: string) =>
  `    - title: ${title}\n      text: What ${title} means for pupils.\n`;

/** The fixture school with a vision of the given strands, read as validate reads it. */
function withVision(strands: string, statement = 'Every pupil leaves ready for their next step.') {
  const dir = fixtureWith({
    [schoolFile]: `${fixtureSchool}vision:\n  statement: ${statement}\n  strands:\n${strands}`,
  });
  dirs.push(dir);
  return readContent(dir);
}

describe('the school’s careers vision', () => {
  it('is optional', () => {
    const snapshot = validSnapshot();
    expect(snapshot.readProblems).toEqual([]);
    expect(snapshot.school?.vision).toBeUndefined();
  });

  it('is a statement and strands, each with a title and a sentence', () => {
    const snapshot = withVision(['Grow', 'Aim', 'Connect'].map(strand).join(''));
    expect(snapshot.readProblems).toEqual([]);
    expect(snapshot.school?.vision?.statement).toBe(
      'Every pupil leaves ready for their next step.',
    );
    expect(snapshot.school?.vision?.strands.map((s) => s.title)).toEqual([
      'Grow',
      'Aim',
      'Connect',
    ]);
  });

  it('has at most four strands', () => {
    const { readProblems } = withVision(['A', 'B', 'C', 'D', 'E'].map(strand).join(''));
    expect(readProblems).toEqual([
      expect.objectContaining({
        file: schoolFile,
        field: 'vision.strands',
        message: '`vision.strands` can have at most 4 item(s).',
      }),
    ]);
  });

  it('reports a misspelt field in a strand rather than dropping it', () => {
    const { readProblems } = withVision(strand('Grow').replace('text:', 'txt:'));
    expect(readProblems.map((p) => p.field)).toContain('vision.strands[0]');
  });

  it('keeps the statement short', () => {
    const { readProblems } = withVision(strand('Grow'), 'Long. '.repeat(80));
    expect(readProblems).toEqual([
      expect.objectContaining({ field: 'vision.statement', rule: 'schema' }),
    ]);
    expect(readProblems[0]?.message).toContain('at most 400 characters');
  });

  it('is set for the example school in three strands', () => {
    const text = readFileSync(join(projectRoot, schoolFile), 'utf8');
    const school = schoolSchema().parse(parse(text));
    expect(school.vision?.strands).toHaveLength(3);
  });
});
