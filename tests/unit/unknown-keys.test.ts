import { describe, expect, it } from 'vitest';
import { closestKey, unknownKeyProblems } from '../../src/validation/unknown-keys.ts';

describe('unknown fields', () => {
  const known = ['exclude', 'lastReviewed', 'outcomes', 'title'];

  it('suggests the field that was probably meant', () => {
    expect(closestKey('excludes', known)).toBe('exclude');
    expect(closestKey('lastreviewed', known)).toBe('lastReviewed');
    expect(closestKey('outcome', known)).toBe('outcomes');
    expect(closestKey('colour', known)).toBeUndefined();
  });

  it('reports each field the entry does not use, with the file and field', () => {
    const problems = unknownKeyProblems(
      'content/school.yaml',
      '',
      { excludes: [], title: 'A' },
      known,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      file: 'content/school.yaml',
      field: 'excludes',
    });
    expect(problems[0]?.fix).toContain('Did you mean `exclude`?');
    expect(unknownKeyProblems('x.yaml', '[2]', { tite: 'A' }, known)[0]?.field).toBe('[2].tite');
  });
});
