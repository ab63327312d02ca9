import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';

/** The one field of a one-cell CSV, as written. */
const cell = (value: string | number) => toCsv([[value]]).replace(/\r\n$/, '');

describe('toCsv and spreadsheet formulas', () => {
  it.each([
    [
      '=HYPERLINK("https://evil.example","Click")',
      `"'=HYPERLINK(""https://evil.example"",""Click"")"`,
    ],
    ['+1+2', "'+1+2"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', `"'\r=1+2"`],
    ['=1,2', `"'=1,2"`],
  ])('neutralises %j with a leading apostrophe, inside the quoting', (value, written) => {
    expect(cell(value)).toBe(written);
  });

  it('prefixes harmless text that starts like a formula too: the accepted trade-off', () => {
    expect(cell('-5')).toBe("'-5");
    expect(cell('- item')).toBe("'- item");
  });

  it('leaves other text and numbers as they are', () => {
    expect(cell('Year 9 = options')).toBe('Year 9 = options');
    expect(cell("'quoted")).toBe("'quoted");
    expect(cell(-5)).toBe('-5');
    expect(cell('')).toBe('');
  });

  it('still quotes only the fields that need it, one row to a line', () => {
    expect(
      toCsv([
        ['Title', 'Note'],
        ['=cmd|x', 'Plain, with a comma'],
      ]),
    ).toBe(`Title,Note\r\n'=cmd|x,"Plain, with a comma"\r\n`);
  });
});
