import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forYearsTaught, yearsForSchool } from '../../src/lib/school-years.ts';
import { surveyGroupsFor } from '../../src/lib/surveys.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, today } from '../helpers/fixture.ts';

/** The valid fixture read as a school of the given phase. */
function asSchool(phase: string, sixthForm: boolean) {
  const root = fixtureWith();
  const schoolFile = `${root}/content/school.yaml`;
  writeFileSync(
    schoolFile,
    readFileSync(schoolFile, 'utf8')
      .replace(/^phase: .*$/m, `phase: ${phase}`)
      .replace(/^sixthForm: .*$/m, `sixthForm: ${sixthForm}`),
  );
  return readContent(root);
}

describe('the years a school publishes', () => {
  it('follow its phase and sixth form', () => {
    expect(yearsForSchool({ phase: 'primary', sixthForm: false })).toEqual([5, 6]);
    expect(yearsForSchool({ phase: 'secondary', sixthForm: false })).toEqual([7, 8, 9, 10, 11]);
    expect(yearsForSchool({ phase: 'secondary', sixthForm: true })).toEqual([
      7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(yearsForSchool({ phase: 'all-through', sixthForm: true })).toHaveLength(9);
  });

  it('keep an entry for any year taught, and one for no year in particular', () => {
    expect(forYearsTaught([12, 13], [7, 8, 9, 10, 11])).toBe(false);
    expect(forYearsTaught([11, 12], [7, 8, 9, 10, 11])).toBe(true);
    expect(forYearsTaught([], [5, 6])).toBe(true);
  });

  it('decide the surveys it runs', () => {
    expect(surveyGroupsFor([5, 6]).map((g) => g.id)).toEqual(['ks2']);
    expect(surveyGroupsFor([7, 8, 9, 10, 11]).map((g) => g.id)).toEqual(['ks3', 'ks4', 'leavers']);
  });

  it('leave a primary school without the secondary lesson, and without coverage errors', () => {
    const snapshot = asSchool('primary', false);
    expect(snapshot.entries.lessons).toEqual([]);
    expect(snapshot.leftOut.lessons).toEqual(['fixture-lesson', 'fixture-other-outcomes']);
    expect(snapshot.entries.activities.map((a) => a.data['years'])).toEqual([]);
    const result = validateSnapshot(snapshot, today);
    // The profile that names the lesson left out is not told the lesson does not exist.
    expect(result.problems.filter((p) => p.rule === 'dangling-reference')).toEqual([]);
    expect(result.problems.filter((p) => p.rule === 'coverage')).toEqual([]);
    expect(result.byYear.map((y) => y.year)).toEqual([5, 6]);
  });

  it('keep every secondary entry for an 11–16, 11–18 or all-through school', () => {
    for (const [phase, sixthForm] of [
      ['secondary', false],
      ['secondary', true],
      ['all-through', true],
    ] as const) {
      const snapshot = asSchool(phase, sixthForm);
      expect(
        snapshot.entries.lessons.map((l) => l.id),
        phase,
      ).toEqual(['fixture-lesson', 'fixture-other-outcomes']);
      expect(snapshot.entries.activities.length, phase).toBe(3);
      expect(validateSnapshot(snapshot, today).byYear[0]?.year).toBe(
        phase === 'all-through' ? 5 : 7,
      );
    }
  });
});
