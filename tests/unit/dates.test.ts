import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarDate, dateSchema } from '../../src/schemas/common.ts';
import { quoteImpossibleDates } from '../../src/validation/frontmatter-dates.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, validFixture } from '../helpers/fixture.ts';

const jargon = /\b(string|array|boolean|regex|enum|received|expected|schema|undefined|null)\b/i;
const advice = 'write the date as YYYY-MM-DD, e.g. 2027-07-15';
const schoolFile = 'content/school.yaml';
const lessonFile = 'lessons/year-7/fixture-lesson.mdx';
const original = (file: string) => readFileSync(join(validFixture, file), 'utf8');

/** The problems reading the fixture with one line of a file changed. */
function problemsWith(file: string, from: string, to: string) {
  const text = original(file);
  expect(text).toContain(from);
  return readContent(fixtureWith({ [file]: text.replace(from, to) })).readProblems;
}

describe('calendarDate', () => {
  it('reads a real date written YYYY-MM-DD, as midnight UTC', () => {
    expect(calendarDate('2027-07-15')?.toISOString()).toBe('2027-07-15T00:00:00.000Z');
    expect(calendarDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('refuses days that are not on the calendar, and every other way of writing a date', () => {
    for (const text of ['2027-02-30', '2027-02-29', '2027-13-01', '2027-04-31', '2027-00-10'])
      expect(calendarDate(text), text).toBeUndefined();
    for (const text of ['1/2/2027', '15/07/2027', '2027-7-15', '15 July 2027', '2027/07/15'])
      expect(calendarDate(text), text).toBeUndefined();
  });
});

describe('dateSchema', () => {
  it('accepts YYYY-MM-DD text, and the Date YAML makes of an unquoted one', () => {
    expect(dateSchema.parse('2027-07-15')).toEqual(new Date('2027-07-15T00:00:00Z'));
    const fromYaml = new Date('2027-07-15T00:00:00Z');
    expect(dateSchema.parse(fromYaml)).toEqual(fromYaml);
  });

  it('refuses 1/2/2027, which could be either of two days, saying how to write it', () => {
    const result = dateSchema.safeParse('1/2/2027');
    expect(result.error?.issues[0]?.message).toBe(`${advice}, not "1/2/2027".`);
  });

  it('refuses a day that does not exist', () => {
    const result = dateSchema.safeParse('2027-02-30');
    expect(result.error?.issues[0]?.message).toBe(
      `2027-02-30 is not a day on the calendar: ${advice}.`,
    );
  });
});

describe('a date written another way in a content file', () => {
  it('names the field and says how to write it, in plain words', () => {
    const [problem] = problemsWith(schoolFile, 'nextReview: 2099-01-01', 'nextReview: 1/2/2027');
    expect(problem).toMatchObject({ file: schoolFile, field: 'nextReview', severity: 'error' });
    expect(problem?.message).toContain(advice);
    expect(problem?.fix).toBe(
      'Write `nextReview` as year-month-day with a real day of the month, e.g. `nextReview: 2027-07-15`.',
    );
    expect(`${problem?.message} ${problem?.fix}`).not.toMatch(jargon);
  });

  it('still says when a required date is missing', () => {
    const [problem] = problemsWith(schoolFile, 'nextReview: 2099-01-01\n', '');
    expect(problem?.message).toMatch(/^The required field `nextReview` is missing\./);
  });

  it("refuses 30 February in an MDX file's frontmatter, which Astro's reader would roll into March", () => {
    const [problem] = problemsWith(
      lessonFile,
      'lastReviewed: 2026-11-23',
      'lastReviewed: 2026-02-30',
    );
    expect(problem).toMatchObject({ file: lessonFile, field: 'lastReviewed' });
    expect(problem?.message).toContain('2026-02-30 is not a day on the calendar');
  });

  it('refuses a day that does not exist in a YAML file too', () => {
    const file = 'content/facts/fixture-fact.yaml';
    const [problem] = problemsWith(file, 'checked: 2026-11-01', 'checked: 2026-11-31');
    expect(problem).toMatchObject({ file, field: 'checked' });
    expect(problem?.message).toContain('2026-11-31 is not a day on the calendar');
  });
});

describe('quoteImpossibleDates', () => {
  it('quotes only impossible dates in the frontmatter, keeping every line in place', () => {
    const text =
      '---\nlastReviewed: 2026-02-30 # check\nreviewDate: 2027-01-10\nconsent:\n  date: 2027-13-01\n---\n\nDue: 2026-02-30\n';
    const quoted = quoteImpossibleDates(text);
    expect(quoted).toBe(
      '---\nlastReviewed: "2026-02-30" # check\nreviewDate: 2027-01-10\nconsent:\n  date: "2027-13-01"\n---\n\nDue: 2026-02-30\n',
    );
    expect(quoteImpossibleDates(original(lessonFile))).toBe(original(lessonFile));
  });
});
