// Checks of Horizons' own built-in programme (not of the validator): what the lesson programme
// promises schools that adopt it as it is.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/validation/read-content.ts';
import { projectRoot } from '../helpers/fixture.ts';

const snapshot = readContent(projectRoot);
const lessons = snapshot.entries.lessons.map((l) => ({
  id: l.id,
  year: l.data['year'] as number,
  outcomes: l.data['outcomes'] as string[],
}));

describe("Horizons' built-in programme", () => {
  it('has no outcomes left in the coverage plan', () => {
    expect(snapshot.coveragePlan.planned).toEqual([]);
  });

  it('has at least 3 lessons in Years 5–6 and at least 5 in each of Years 7–13', () => {
    expect(lessons.filter((l) => l.year <= 6).length).toBeGreaterThanOrEqual(3);
    for (let year = 7; year <= 13; year++) {
      expect(lessons.filter((l) => l.year === year).length, `Year ${year}`).toBeGreaterThanOrEqual(
        5,
      );
    }
  });

  it('has at least 12 whole-school activities', () => {
    expect(snapshot.entries.activities.length).toBeGreaterThanOrEqual(12);
  });

  it.each(['5.1', '5.2', '5.3', '5.4', '5.5'])(
    'teaches outcome %s in at least three year groups',
    (outcome) => {
      const years = new Set(lessons.filter((l) => l.outcomes.includes(outcome)).map((l) => l.year));
      expect(years.size).toBeGreaterThanOrEqual(3);
    },
  );
});
