import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUkPhoneNumber } from '../../src/schemas/school.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, validFixture } from '../helpers/fixture.ts';

const jargon = /\b(string|array|boolean|regex|enum|received|expected|schema|undefined|null)\b/i;
const schoolFile = 'content/school.yaml';
const fixturePhone = 'phone: "01632 960001"';

/** The problems reading the fixture with the Careers Leader's phone line replaced. */
function problemsWithPhone(line: string) {
  const text = readFileSync(join(validFixture, schoolFile), 'utf8');
  expect(text).toContain(fixturePhone);
  return readContent(fixtureWith({ [schoolFile]: text.replace(fixturePhone, line) })).readProblems;
}

describe('isUkPhoneNumber', () => {
  it('accepts UK numbers written with spaces, brackets or +44', () => {
    for (const number of [
      '01632 960000',
      '01632960000',
      '(01632) 960000',
      '020 7946 0000',
      '0800 123 456',
      '+44 1632 960000',
      '+44 (20) 7946 0000',
      '+441632960000',
    ])
      expect(isUkPhoneNumber(number), number).toBe(true);
  });

  it('refuses words, too few or too many digits, other countries and +44 (0)', () => {
    for (const number of [
      'ask at reception',
      '',
      '960000',
      '1632 960000',
      '01632 960000 ext 12',
      '016329600001',
      '+1 212 555 0100',
      '+44 (0)1632 960000',
      '01632 960000 / 960001',
    ])
      expect(isUkPhoneNumber(number), number).toBe(false);
  });
});

describe("the Careers Leader's telephone number in school.yaml", () => {
  it('is an error in plain words when it is not a number', () => {
    const [problem] = problemsWithPhone('phone: ask at reception');
    expect(problem).toMatchObject({
      file: schoolFile,
      field: 'careersLeader.phone',
      severity: 'error',
    });
    expect(problem?.message).toContain(
      'give a telephone number, e.g. 01632 960000; put it in quotes.',
    );
    expect(problem?.message).toContain('Schools must publish a telephone number');
    expect(problem?.fix).toContain('phone: "01632 960000"');
    expect(`${problem?.message} ${problem?.fix}`).not.toMatch(jargon);
  });

  it('says to use quotes when YAML has read an unquoted number and dropped its 0', () => {
    const [problem] = problemsWithPhone('phone: 01632960000');
    expect(problem?.field).toBe('careersLeader.phone');
    expect(problem?.message).toContain('put it in quotes');
    expect(problem?.fix).toContain('double quotes');
    expect(`${problem?.message} ${problem?.fix}`).not.toMatch(jargon);
  });

  it('accepts a quoted UK number', () => {
    expect(problemsWithPhone('phone: "+44 1632 960001"')).toEqual([]);
  });
});
