import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify } from '../../scripts/new/slug.ts';
import { templates, type NewKind } from '../../scripts/new/templates.ts';
import {
  activitySchema,
  caseStudySchema,
  factSchema,
  lessonSchema,
  plainHelpers,
  roleModelSchema,
} from '../../src/schemas/index.ts';
import { fixtureWith, projectRoot } from '../helpers/fixture.ts';

const schemas = {
  lesson: lessonSchema(plainHelpers),
  activity: activitySchema(plainHelpers),
  'role-model': roleModelSchema(plainHelpers),
  'case-study': caseStudySchema(plainHelpers),
  fact: factSchema(),
};

describe('npm run new templates', () => {
  it.each(Object.keys(templates) as NewKind[])('writes a %s that its schema accepts', (kind) => {
    const text = templates[kind]({ title: 'Careers: in "science"', year: 9, today: '2026-11-23' });
    const data = kind === 'fact' ? parse(text) : parseFrontmatter(text).frontmatter;
    const result = schemas[kind].safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('makes file names from titles', () => {
    expect(slugify('Careers in Science!')).toBe('careers-in-science');
    expect(slugify('  Café & co. ')).toBe('cafe-co');
  });
});

describe('npm run new', () => {
  const run = (cwd: string, args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/new.ts'), ...args], {
      cwd,
      encoding: 'utf8',
    });

  it('writes a lesson that passes the validator, then refuses to overwrite it', () => {
    const dir = fixtureWith();
    const first = run(dir, ['lesson', '--year', '9', '--title', 'Careers in science']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created lessons/year-9/careers-in-science.mdx');
    expect(first.stdout).toContain('npm run validate');
    const path = join(dir, 'lessons/year-9/careers-in-science.mdx');
    const written = readFileSync(path, 'utf8');

    const again = run(dir, ['lesson', '--year', '9', '--title', 'Careers in science']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  it('explains what is missing', () => {
    const dir = fixtureWith();
    expect(run(dir, ['lesson', '--title', 'No year']).stderr).toContain('needs --year');
    expect(run(dir, ['poster', '--title', 'x']).stderr).toContain('one of lesson, activity');
    expect(existsSync(join(dir, 'lessons/year-9'))).toBe(false);
  });
});
