import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import {
  activitySchema,
  caseStudySchema,
  cdiAreaSchema,
  coveragePlanSchema,
  cpdSchema,
  gatsbySchema,
  handoutSchema,
  lessonSchema,
  outcomeSchema,
  plainHelpers,
  principleSchema,
  roleModelSchema,
  schoolSchema,
} from '../../src/schemas/index.ts';
import { validFixture } from '../helpers/fixture.ts';

const read = (path: string): Record<string, unknown> => {
  const text = readFileSync(join(validFixture, path), 'utf8');
  return path.endsWith('.yaml') ? parse(text) : parseFrontmatter(text).frontmatter;
};
const firstOf = (path: string) => {
  const [item] = read(path) as unknown as Record<string, unknown>[];
  return item ?? {};
};

const cases = [
  {
    name: 'principle',
    schema: principleSchema(),
    data: () => read('content/principles/1.yaml'),
    breakIt: { number: 7 },
  },
  {
    name: 'outcome',
    schema: outcomeSchema(plainHelpers),
    data: () => read('content/outcomes/1.1.yaml'),
    breakIt: { kind: 'taught' },
  },
  {
    name: 'gatsby',
    schema: gatsbySchema(plainHelpers),
    data: () => firstOf('content/frameworks/gatsby.yaml'),
    breakIt: { number: 9 },
  },
  {
    name: 'cdi',
    schema: cdiAreaSchema(),
    data: () => firstOf('content/frameworks/cdi.yaml'),
    breakIt: { title: '' },
  },
  {
    name: 'handout',
    schema: handoutSchema(plainHelpers),
    data: () => read('content/handouts/fixture-sheet.mdx'),
    breakIt: { years: [4] },
  },
  {
    name: 'lesson',
    schema: lessonSchema(plainHelpers),
    data: () => read('lessons/year-7/fixture-lesson.mdx'),
    breakIt: { outcomes: [] },
  },
  {
    name: 'activity',
    schema: activitySchema(plainHelpers),
    data: () => read('content/activities/fixture-survey.mdx'),
    breakIt: { type: 'party' },
  },
  {
    name: 'case study',
    schema: caseStudySchema(plainHelpers),
    data: () => read('case-studies/fixture-case.mdx'),
    breakIt: { reflectionQuestions: ['Only one?'] },
  },
  {
    name: 'role model',
    schema: roleModelSchema(plainHelpers),
    data: () => read('content/role-models/fixture-person.mdx'),
    breakIt: { route: 'luck' },
  },
  {
    name: 'CPD session',
    schema: cpdSchema(plainHelpers),
    data: () => read('content/cpd/fixture-cpd.mdx'),
    breakIt: { agenda: [] },
  },
  {
    name: 'school',
    schema: schoolSchema(),
    data: () => read('content/school.yaml'),
    breakIt: { careersLeader: { name: 'A', email: 'not-an-email', phone: '1' } },
  },
];

describe.each(cases)('$name schema', ({ schema, data, breakIt }) => {
  it('accepts the valid fixture', () => {
    expect(schema.safeParse(data()).success).toBe(true);
  });

  it('rejects a broken value', () => {
    expect(schema.safeParse({ ...data(), ...breakIt }).success).toBe(false);
  });

  it('rejects an empty entry', () => {
    expect(schema.safeParse({}).success).toBe(false);
  });
});

describe('defaults', () => {
  it('fills optional lesson lists so pages never see undefined', () => {
    const lesson = lessonSchema(plainHelpers).parse({
      ...read('lessons/year-7/fixture-lesson.mdx'),
      benchmarks: undefined,
    });
    expect(lesson.benchmarks).toEqual([]);
    expect(lesson.misconceptions).toEqual([]);
    expect(lesson.format).toBe('lesson');
  });

  it('reads YAML dates and date strings alike', () => {
    const plan = coveragePlanSchema.parse({
      planned: [{ outcome: '3.5', reason: 'r', targetDate: '2027-03-31' }],
    });
    expect(plan.planned[0]?.targetDate).toBeInstanceOf(Date);
  });

  it('gives the school default colours', () => {
    expect(schoolSchema().parse(read('content/school.yaml')).colours.primary).toBe('#1d4f91');
  });
});
