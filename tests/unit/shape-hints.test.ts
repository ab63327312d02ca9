import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '../../scripts/new/templates.ts';
import { lessonSchema, plainHelpers } from '../../src/schemas/index.ts';
import { schemaProblems } from '../../src/validation/schema-problems.ts';
import { whereToSeeShape } from '../../src/validation/shape-hints.ts';
import { projectRoot } from '../helpers/fixture.ts';

/** Files of every kind the validator reads, as a missing field would be reported in them. */
const files = [
  'lessons/year-9/a.mdx',
  'content/activities/a.mdx',
  'content/role-models/a.mdx',
  'case-studies/a.mdx',
  'content/facts/a.yaml',
  'content/outcomes/1.1.yaml',
  'content/principles/1.yaml',
  'content/handouts/a.mdx',
  'content/cpd/a.mdx',
  'content/years/7.yaml',
  'content/frameworks/gatsby.yaml',
  'content/school.yaml',
  'content/coverage-plan.yaml',
];

/** Every file or folder a piece of text names: `src/schemas/lesson.ts`, `lessons/`, `FORKING.md`. */
const pathsIn = (text: string) =>
  [...text.matchAll(/(?:[\w-]+\/)+(?:[\w.-]+\.(?:ts|ya?ml|md))?|\b[A-Z-]+\.md\b/g)].map(
    (m) => m[0],
  );

describe('whereToSeeShape', () => {
  it.each(files)('points only at files and commands that exist, for %s', (file) => {
    const hint = whereToSeeShape(file);
    for (const path of pathsIn(hint)) expect(existsSync(join(projectRoot, path)), path).toBe(true);
    for (const [, kind] of hint.matchAll(/npm run new -- ([\w-]+)/g)) {
      expect(Object.keys(templates)).toContain(kind);
    }
  });

  it('tells someone missing a lesson field to see a worked example or another lesson', () => {
    const result = lessonSchema(plainHelpers).safeParse({});
    const [problem] = schemaProblems('lessons/year-9/a.mdx', '', result.error?.issues ?? []);
    expect(problem?.fix).toBe(
      'Add the field `title:` (to see its shape, copy it from another lesson in lessons/, or run `npm run new -- lesson --year 9 --title "Example"` to see a lesson with a worked example of every field (then delete that file)).',
    );
  });
});
