import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleModel } from '../../scripts/new/templates/role-model.ts';
import { roleModelSchema } from '../../src/schemas/role-model.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, validFixture } from '../helpers/fixture.ts';

const file = 'content/role-models/fixture-person.mdx';
const profile = readFileSync(join(validFixture, file), 'utf8');

/** The problems reading the fixture with the profile's `kind:` line replaced. */
function problemsWithKind(line: string) {
  expect(profile).toContain('kind: illustrative\n');
  return readContent(fixtureWith({ [file]: profile.replace('kind: illustrative\n', line) }))
    .readProblems;
}

describe("a role model's kind", () => {
  it('is required, so a real person cannot skip the consent check by leaving it out', () => {
    const [problem] = problemsWithKind('');
    expect(problem).toMatchObject({ file, field: 'kind', severity: 'error' });
    expect(problem?.message).toMatch(/^The required field `kind` is missing\. Say whether/);
    expect(problem?.message).toContain('`illustrative` for an invented composite');
    expect(problem?.message).toContain('`real` for a real person, who must have agreed');
    expect(problem?.fix).toBe('Add `kind:` with one of: "illustrative", "real".');
  });

  it('must be one of the two choices', () => {
    const [problem] = problemsWithKind('kind: fictional\n');
    expect(problem?.message).toMatch(/^`kind`: "fictional" is not a kind of profile\. Say whether/);
    expect(problem?.fix).toBe('Change `kind` to one of: "illustrative", "real".');
  });

  it('is written by the starting file `npm run new` makes', () => {
    const text = roleModel({ title: 'Example Person', year: 0, today: '2026-11-23' });
    expect(text).toMatch(/^kind: illustrative$/m);
    const schema = roleModelSchema(plainHelpers);
    expect(schema.shape.kind.safeParse(undefined).success).toBe(false);
  });
});
