import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkSchoolFiles } from '../../src/validation/rules/school-files.ts';
import { fixtureWith, today, validFixture, validSnapshot } from '../helpers/fixture.ts';

const schoolFile = 'content/school.yaml';

/** The fixture with `logo:` set, and the given files saved in its public/ folder. */
function schoolWithLogo(logo: string, publicFiles: string[] = []) {
  const school = readFileSync(join(validFixture, schoolFile), 'utf8');
  const dir = fixtureWith({ [schoolFile]: `${school}logo: ${logo}\n` });
  mkdirSync(join(dir, 'public/images'), { recursive: true });
  for (const file of publicFiles) writeFileSync(join(dir, 'public', file), '<svg/>');
  return dir;
}

describe('the logo school.yaml names', () => {
  it('is not needed', () => {
    expect(validSnapshot().school?.logo).toBeUndefined();
    expect(checkSchoolFiles(validSnapshot())).toEqual([]);
  });

  it('is accepted when the file is in public/, with or without the leading /', () => {
    for (const logo of ['/logo.svg', 'logo.svg', '/images/crest.svg']) {
      const dir = schoolWithLogo(logo, ['logo.svg', 'images/crest.svg']);
      expect(checkSchoolFiles(readContent(dir)), logo).toEqual([]);
    }
  });

  it('is an error naming the file when it is not there', () => {
    const [problem] = checkSchoolFiles(readContent(schoolWithLogo('/logo.png', ['logo.svg'])));
    expect(problem).toMatchObject({
      rule: 'school-files',
      file: schoolFile,
      field: 'logo',
      severity: 'error',
    });
    expect(problem?.message).toBe(
      'There is no logo file public/logo.png: `logo:` names a file inside the public/ folder.',
    );
    expect(problem?.fix).toContain('`logo: /logo.svg`');
  });

  it('must be a file, not a folder or a web address', () => {
    expect(checkSchoolFiles(readContent(schoolWithLogo('/images')))[0]?.message).toContain(
      'There is no logo file public/images',
    );
    const [web] = checkSchoolFiles(readContent(schoolWithLogo('https://example.org/logo.png')));
    expect(web?.message).toContain('not a web address');
  });

  it('stops the build', () => {
    const result = validateProject(schoolWithLogo('/missing.svg'), today);
    expect(result.problems.map((p) => p.rule)).toEqual(['school-files']);
  });
});
