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
  starterSchema,
} from '../../src/schemas/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, projectRoot } from '../helpers/fixture.ts';

/** The real content, whose files the templates' comments give as examples. */
const real = readContent(projectRoot);

const schemas = {
  lesson: lessonSchema(plainHelpers),
  activity: activitySchema(plainHelpers),
  'role-model': roleModelSchema(plainHelpers),
  'case-study': caseStudySchema(plainHelpers),
  fact: factSchema(),
  starter: starterSchema(plainHelpers),
};

describe('npm run new templates', () => {
  it.each(Object.keys(templates) as NewKind[])('writes a %s that its schema accepts', (kind) => {
    const text = templates[kind]({ title: 'Careers: in "science"', year: 9, today: '2026-11-23' });
    const data =
      kind === 'fact' || kind === 'starter' ? parse(text) : parseFrontmatter(text).frontmatter;
    const result = schemas[kind].safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(Object.keys(templates) as NewKind[])('shows every field of a %s', (kind) => {
    const text = templates[kind]({ title: 'Careers', year: 9, today: '2026-11-23' });
    // A field is shown as a value, or in a comment where a made-up value would be wrong (an image,
    // a real person's consent, a reference to a file the author has yet to choose).
    const shown = (field: string) => new RegExp(`^\\s*(#\\s*)?(- )?${field}:`, 'm').test(text);
    const missing = Object.keys(schemas[kind].shape).filter((field) => !shown(field));
    expect(missing).toEqual([]);
  });

  it('gives a lesson a worked example of every list and every question type', () => {
    const text = templates.lesson({ title: 'Careers', year: 9, today: '2026-11-23' });
    const lesson = lessonSchema(plainHelpers).parse(parseFrontmatter(text).frontmatter);
    for (const list of ['keywords', 'resources', 'misconceptions', 'send', 'sensitive'] as const) {
      expect(lesson[list].length, list).toBeGreaterThanOrEqual(2);
    }
    const types = ['choice', 'true-false', 'order', 'match'];
    expect(new Set(lesson.starterQuiz.map((q) => q.type))).toEqual(new Set(types));
    expect(new Set(lesson.exitQuiz.map((q) => q.type))).toEqual(new Set(types));
    // `checks` by "I can" number (every one of them) and by outcome code.
    const checks = lesson.exitQuiz.map((q) => q.checks);
    expect(checks).toEqual(expect.arrayContaining([1, 2, 3, ...lesson.outcomes]));
    expect(text).toMatch(/recalls: /);
    expect(parseFrontmatter(text).content).toMatch(/^## Before the lesson\n\n\[EDIT ME: /m);
  });

  it.each(Object.keys(templates) as NewKind[])(
    'names only documents and examples that exist, in a %s',
    (kind) => {
      const text = templates[kind]({ title: 'Careers', year: 9, today: '2026-11-23' });
      const comments = text
        .split('\n')
        .filter((line) => /^\s*#/.test(line) || line.includes(' # '));
      const documents = comments.flatMap((line) => [
        ...line.matchAll(/(?:[\w-]+\/)+[\w.-]+\.(?:ts|ya?ml|md)|\b[A-Z-]+\.md\b/g),
      ]);
      for (const [path] of documents) expect(existsSync(join(projectRoot, path)), path).toBe(true);
      const ids = real.entries;
      const examples: [string, { id: string }[]][] = [
        ['handout', ids.handouts],
        ['recalls', ids.lessons],
        ['relatedLessons', ids.lessons],
        ['roleModels', ids.roleModels],
        ['caseStudies', ids.caseStudies],
        ['facts', ids.facts],
        ['subject', ids.subjects],
      ];
      for (const [field, entries] of examples) {
        for (const [, id = ''] of comments
          .join('\n')
          .matchAll(new RegExp(`${field}: \\[?([a-z0-9-]+)`, 'g'))) {
          expect(
            entries.map((e) => e.id),
            `${field}: ${id}`,
          ).toContain(id);
        }
      }
    },
  );

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

  it('writes a lesson whose examples the validator names, then refuses to overwrite it', () => {
    const dir = fixtureWith();
    const first = run(dir, ['lesson', '--year', '9', '--title', 'Careers in science']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created lessons/year-9/careers-in-science.mdx');
    expect(first.stdout).toContain('npm run validate');
    const path = join(dir, 'lessons/year-9/careers-in-science.mdx');
    const written = readFileSync(path, 'utf8');

    const validate = spawnSync(process.execPath, [join(projectRoot, 'scripts/validate.ts')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain(
      'ERROR  lessons/year-9/careers-in-science.mdx  ›  pupilOutcomes[0]\n  `pupilOutcomes[0]` still holds example text from `npm run new`: [EDIT ME: ',
    );

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
