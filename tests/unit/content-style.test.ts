// CONTENT-RULES.md's house style that a reader notices when it slips: one spelling of SENCo, and
// dashes rather than spaced hyphens between clauses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixture.ts';

const contentFiles = globSync(
  ['lessons/**/*.mdx', 'content/**/*.{mdx,yaml}', 'case-studies/*.mdx'],
  {
    cwd: projectRoot,
  },
);

/** Each line of every content file that matches `pattern`, as "file:line: text". */
function linesMatching(pattern: RegExp): string[] {
  return contentFiles.flatMap((file) =>
    readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('house style', () => {
  it('reads the content files', () => {
    expect(contentFiles.length).toBeGreaterThan(200);
  });

  it('spells SENCo one way', () => {
    expect(linesMatching(/\bSENCO\b|\bSenco\b|\bSENDCO\b/)).toEqual([]);
  });

  it('uses a dash, not a spaced hyphen, between clauses', () => {
    // A hyphen with a space either side, between words: "barrier - the pupil".
    expect(linesMatching(/[\p{L}\d.,)'"’] - [\p{L}\d(£'"‘]/u)).toEqual([]);
  });
});
