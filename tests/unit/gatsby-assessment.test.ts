import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { developerJargon } from '../helpers/bad-content.ts';
import { fixtureWith, today, validSnapshot } from '../helpers/fixture.ts';

const file = 'content/gatsby-assessment.yaml';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** One benchmark's item, as a school writes it. */
const item = (id: string, score: number | string = 80) =>
  `  - benchmark: ${id}\n    score: ${score}\n    evidence: Evidence for ${id}.\n    nextStep: Next step for ${id}.\n`;

const ids = ['gb1', 'gb2', 'gb3', 'gb4', 'gb5', 'gb6', 'gb7', 'gb8'];

/** An assessment dated `assessed` with the given items (every benchmark once by default). */
const assessment = (assessed = '2026-10-15', items = ids.map((id) => item(id)).join('')) =>
  `assessed: ${assessed}\nbenchmarks:\n${items}`;

/** What validate says about the assessment file, on the fixture's today unless told. */
function problemsFor(text: string, day = today): Problem[] {
  const dir = fixtureWith({ [file]: text });
  dirs.push(dir);
  return validateSnapshot(readContent(dir), day).problems.filter((p) => p.file === file);
}

describe('the Gatsby Benchmark self-assessment', () => {
  it('is optional', () => {
    expect(validSnapshot().gatsbyAssessment).toBeUndefined();
  });

  it('is read when it is right, with the tool defaulting to Compass', () => {
    const dir = fixtureWith({ [file]: assessment() });
    dirs.push(dir);
    const snapshot = readContent(dir);
    expect(validateSnapshot(snapshot, today).problems).toEqual([]);
    expect(snapshot.gatsbyAssessment?.tool).toBe('Compass');
    expect(snapshot.gatsbyAssessment?.benchmarks.map((b) => b.benchmark)).toEqual(ids);
  });

  it('reports a missing benchmark by name', () => {
    const problems = problemsFor(
      assessment(
        undefined,
        ids
          .filter((id) => id !== 'gb3')
          .map((id) => item(id))
          .join(''),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'benchmarks',
        rule: 'gatsby-assessment',
      }),
    ]);
    expect(problems[0]?.message).toContain('Benchmark gb3 is missing');
    expect(problems[0]?.fix).toContain('`benchmark: gb3`');
  });

  it('reports a benchmark scored twice, at the second', () => {
    const problems = problemsFor(
      assessment(undefined, ids.map((id) => item(id)).join('') + item('gb2', 40)),
    );
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'benchmarks[8].benchmark' }),
    ]);
    expect(problems[0]?.message).toContain('scored twice: here and in benchmarks[1]');
  });

  it('refuses a benchmark that does not exist', () => {
    const problems = problemsFor(
      assessment(undefined, ids.map((id) => item(id)).join('') + item('gb9')),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['benchmarks[8].benchmark', 'There is no Gatsby Benchmark "gb9".'],
    ]);
  });

  it('refuses a score of 120, and reads "75%" as 75', () => {
    const items = ids.map((id) => item(id, id === 'gb1' ? 120 : '"75%"')).join('');
    const problems = problemsFor(assessment(undefined, items));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'benchmarks[0].score', rule: 'schema' }),
    ]);
    expect(problems[0]?.message).toContain('a whole number from 0 to 100');
    const dir = fixtureWith({
      [file]: assessment(undefined, ids.map((id) => item(id, '75%')).join('')),
    });
    dirs.push(dir);
    expect(readContent(dir).gatsbyAssessment?.benchmarks[0]?.score).toBe(75);
  });

  it('refuses a date in the future', () => {
    const problems = problemsFor(assessment('2026-11-24'));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'assessed', rule: 'gatsby-assessment' }),
    ]);
    expect(problems[0]?.message).toContain('24 November 2026, which is after today');
  });

  it('allows today, and warns when the assessment is more than a year old', () => {
    expect(problemsFor(assessment('2026-11-23'))).toEqual([]);
    expect(problemsFor(assessment('2025-11-23'))).toEqual([]);
    const problems = problemsFor(assessment('2025-10-23'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'assessed' })]);
    expect(problems[0]?.message).toContain('more than a year ago');
  });

  it('reports a field it does not use inside a benchmark', () => {
    const items = ids
      .map((id) => item(id))
      .join('')
      .replace('nextStep: Next step for gb1.', 'nextStep: Next step for gb1.\n    comment: Hi');
    const problems = problemsFor(assessment(undefined, items));
    expect(problems).toEqual([expect.objectContaining({ field: 'benchmarks[0]' })]);
    expect(problems[0]?.message).toContain('`comment`');
  });

  it('says what is wrong in a teacher’s words', () => {
    const items = ids.map((id) => item(id, id === 'gb1' ? 'high' : 101)).join('');
    const problems = problemsFor(assessment('15/10/2026', items));
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(`${p.message} ${p.fix}`).not.toMatch(developerJargon);
  });
});
