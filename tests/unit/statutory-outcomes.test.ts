import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOutcomeCodes } from '../../src/lib/coverage.ts';
import { validateProject } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import {
  checkStatutoryOutcomes,
  statutoryOutcomeCodes,
} from '../../src/validation/rules/statutory-outcomes.ts';
import { fixtureWith, projectRoot, today, validSnapshot } from '../helpers/fixture.ts';

const outcomeText = 'statement: x\ngloss: y\ntoday: z\nkind: learning\n';

describe('the 45 statutory outcomes', () => {
  it('are the outcomes Horizons publishes, 1.1 to 6.9', () => {
    const published = readdirSync(join(projectRoot, 'content/outcomes'))
      .map((file) => file.replace(/\.yaml$/, ''))
      .sort(compareOutcomeCodes);
    expect(statutoryOutcomeCodes).toHaveLength(45);
    expect(statutoryOutcomeCodes).toEqual(published);
  });

  it('are all in the valid fixture, with nothing else', () => {
    expect(checkStatutoryOutcomes(validSnapshot())).toEqual([]);
  });

  it('reports an outcome file that has been deleted', () => {
    const dir = fixtureWith();
    rmSync(join(dir, 'content/outcomes/3.10.yaml'));
    const [problem, ...others] = checkStatutoryOutcomes(readContent(dir));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'statutory-outcomes',
      file: 'content/outcomes/3.10.yaml',
      severity: 'error',
    });
    expect(problem?.message).toMatch(/^Outcome 3\.10 is missing\. The 2009 guidance has 45/);
    expect(problem?.fix).toContain('content/coverage-plan.yaml');
  });

  it('reports an outcome code the guidance does not have', () => {
    const dir = fixtureWith({ 'content/outcomes/1.7.yaml': outcomeText });
    const [problem, ...others] = checkStatutoryOutcomes(readContent(dir));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/outcomes/1.7.yaml', field: '(file name)' });
    expect(problem?.message).toBe(
      'There is no outcome 1.7 in the 2009 guidance: its 45 outcomes are 1.1 to 1.6, 2.1 to 2.6, 3.1 to 3.11, 4.1 to 4.7, 5.1 to 5.6, 6.1 to 6.9.',
    );
  });

  it('does not call an outcome missing when its file is there but has a mistake', () => {
    const dir = fixtureWith({ 'content/outcomes/2.1.yaml': 'statement: x\n' });
    expect(checkStatutoryOutcomes(readContent(dir))).toEqual([]);
  });

  it('stops the build', () => {
    const dir = fixtureWith();
    rmSync(join(dir, 'content/outcomes/6.9.yaml'));
    writeFileSync(join(dir, 'content/outcomes/6.10.yaml'), outcomeText);
    const result = validateProject(dir, today);
    expect(
      result.problems.filter((p) => p.rule === 'statutory-outcomes').map((p) => p.file),
    ).toEqual(['content/outcomes/6.9.yaml', 'content/outcomes/6.10.yaml']);
  });
});
