import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fingerprintDist, makeSite, validateSite } from '../helpers/site.ts';

const lessonFile = 'lessons/year-7/fixture-lesson.mdx';

/** Each way of breaking the fixture, the words the report must contain, and how to undo it. */
const breakages = [
  {
    name: 'a lesson naming an outcome that does not exist',
    expected: [lessonFile, 'outcomes[1]', 'There is no outcome "9.9"'],
    apply(dir: string) {
      const path = join(dir, lessonFile);
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, original.replace('outcomes: ["1.1"]', 'outcomes: ["1.1", "9.9"]'));
      return () => writeFileSync(path, original);
    },
  },
  {
    name: 'broken YAML',
    expected: ['content/outcomes/1.1.yaml', "This file's YAML can't be read"],
    apply(dir: string) {
      const path = join(dir, 'content/outcomes/1.1.yaml');
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, `statement: [unclosed\n${original}`);
      return () => writeFileSync(path, original);
    },
  },
  {
    name: 'a stray brace in a lesson body',
    expected: [lessonFile, 'body, line', "The text after the frontmatter can't be read"],
    apply(dir: string) {
      const path = join(dir, lessonFile);
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, `${original}\nPupils score {10 out of 10.\n`);
      return () => writeFileSync(path, original);
    },
  },
  {
    name: 'a lesson in the wrong year folder',
    expected: ['lessons/year-8/fixture-lesson.mdx', 'year: 7 but is in the year-8 folder'],
    apply(dir: string) {
      mkdirSync(join(dir, 'lessons/year-8'), { recursive: true });
      renameSync(join(dir, lessonFile), join(dir, 'lessons/year-8/fixture-lesson.mdx'));
      return () =>
        renameSync(join(dir, 'lessons/year-8/fixture-lesson.mdx'), join(dir, lessonFile));
    },
  },
];

describe('building a content tree', () => {
  let site = '';
  let goodDist = '';

  beforeAll(() => {
    site = makeSite();
    const build = buildSite(site);
    expect(build.status, build.output).toBe(0);
    goodDist = fingerprintDist(site);
  });

  it('builds the valid fixture, search index included', () => {
    expect(existsSync(join(site, 'dist/lessons/fixture-lesson/index.html'))).toBe(true);
    expect(existsSync(join(site, 'dist/pagefind/pagefind.js'))).toBe(true);
    // A link in a content body that leaves the site gets rel="noopener noreferrer".
    expect(readFileSync(join(site, 'dist/handouts/fixture-sheet/index.html'), 'utf8')).toContain(
      'href="https://www.example.org/" rel="noopener noreferrer"',
    );
    expect(validateSite(site).status).toBe(0);
  });

  describe.each(breakages)('with $name', ({ apply, expected }) => {
    it('fails `npm run validate` and the build, naming the file and problem, and leaves dist/ alone', () => {
      const undo = apply(site);
      try {
        const validate = validateSite(site);
        expect(validate.status).toBe(1);
        for (const text of expected) expect(validate.output).toContain(text);

        const json = JSON.parse(validateSite(site, ['--json']).output.trim()) as {
          ok: boolean;
          errors: number;
        };
        expect(json).toMatchObject({ ok: false });
        expect(json.errors).toBeGreaterThan(0);

        const build = buildSite(site);
        expect(build.status).not.toBe(0);
        for (const text of expected) expect(build.output).toContain(text);
        expect(build.output).toContain('the last good site is unchanged');
        // The report is the whole story: no stack trace follows it.
        expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
        expect(fingerprintDist(site)).toBe(goodDist);
      } finally {
        undo();
      }
    });
  });
});
