import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/validation/read-content.ts';
import { decodeUtf8, NotUtf8Error } from '../../src/validation/read-text.ts';
import { fixtureWith, validFixture } from '../helpers/fixture.ts';

/** Text as an older Windows editor saves it: one byte a character, £ as 0xA3, é as 0xE9. */
const windows1252 = (text: string) =>
  Uint8Array.from(text, (c) => ({ '£': 0xa3, é: 0xe9 })[c] ?? c.charCodeAt(0));

/** The NotUtf8Error decoding `bytes` throws. */
function failure(bytes: Uint8Array): NotUtf8Error {
  try {
    decodeUtf8(bytes);
  } catch (cause) {
    if (cause instanceof NotUtf8Error) return cause;
    throw cause;
  }
  throw new Error('decoded without complaint');
}

describe('decoding content as UTF-8', () => {
  it('reads UTF-8, £ and curly quotes included, and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFcost: “£5”\n');
    expect(decodeUtf8(bytes)).toBe('cost: “£5”\n');
  });

  it('names the line of the first byte that is not UTF-8, and shows that line', () => {
    const error = failure(windows1252('title: Trips\n\ncost: £5 a head\nnote: café\n'));
    expect(error.line).toBe(3);
    expect(error.lineText).toBe('cost: \uFFFD5 a head');
  });

  it('counts the line right when the bad byte ends it, or ends the file', () => {
    expect(failure(windows1252('a: 1\nb: café\nc: 3\n')).line).toBe(2);
    expect(failure(windows1252('a: 1\nb: 2\nc: café')).line).toBe(3);
  });
});

describe('a content file saved in another encoding', () => {
  it('is an error naming the file, the line and how to save it as UTF-8', () => {
    const dir = fixtureWith();
    const file = 'lessons/year-7/fixture-lesson.mdx';
    const text = readFileSync(join(validFixture, file), 'utf8');
    const lines = text.split('\n').length;
    writeFileSync(join(dir, file), windows1252(`${text}\nThe trip costs £5.\n`));
    const [problem] = readContent(dir).readProblems;
    expect(problem).toMatchObject({
      rule: 'encoding',
      severity: 'error',
      file,
      field: `line ${lines + 1}`,
    });
    expect(problem?.message).toContain('"The trip costs \uFFFD5."');
    expect(problem?.fix).toMatch(/^Save the file as UTF-8 in your editor/);
  });

  it('is caught in YAML files too', () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, 'content/facts/fixture-fact.yaml'), windows1252('statement: Café\n'));
    expect(readContent(dir).readProblems[0]).toMatchObject({
      rule: 'encoding',
      file: 'content/facts/fixture-fact.yaml',
      field: 'line 1',
    });
  });
});
