// Checks of Horizons' own built-in programme (not of the validator): what the lesson programme
// promises schools that adopt it as it is.
import { describe, expect, it } from 'vitest';
import { halfTermLabel, halfTermsOfYear } from '../../src/lib/programme-order.ts';
import type { HalfTerm, Term } from '../../src/schemas/common.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkPrintAndGo } from '../../src/validation/rules/print-and-go.ts';
import { projectRoot } from '../helpers/fixture.ts';

const snapshot = readContent(projectRoot);
const lessons = snapshot.entries.lessons.map((l) => ({
  id: l.id,
  year: l.data['year'] as number,
  term: l.data['term'] as Term,
  halfTerm: l.data['halfTerm'] as HalfTerm,
  outcomes: l.data['outcomes'] as string[],
}));

describe("Horizons' built-in programme", () => {
  it('has no outcomes left in the coverage plan', () => {
    expect(snapshot.coveragePlan.planned).toEqual([]);
  });

  it('has a lesson every half term in Years 7–13 and at least four in each of Years 5 and 6', () => {
    for (const year of [5, 6]) {
      expect(lessons.filter((l) => l.year === year).length, `Year ${year}`).toBeGreaterThanOrEqual(
        4,
      );
    }
    for (let year = 7; year <= 13; year++) {
      const slots = new Set(lessons.filter((l) => l.year === year).map((l) => halfTermLabel(l)));
      expect([...slots].sort(), `Year ${year}`).toEqual(
        halfTermsOfYear.map((slot) => halfTermLabel(slot)).sort(),
      );
    }
    expect(lessons.length).toBeGreaterThanOrEqual(50);
  });

  it('threads Principle 5 through every year group', () => {
    for (let year = 5; year <= 13; year++) {
      const p5 = lessons.filter(
        (l) => l.year === year && l.outcomes.some((o) => o.startsWith('5.')),
      );
      expect(p5.length, `Year ${year}`).toBeGreaterThan(0);
    }
  });

  it('gives every card set a print-and-go version and cites only facts with a source', () => {
    const cardSets = snapshot.entries.handouts.filter((h) =>
      ['card-sort', 'role-cards', 'scenario-cards'].includes(h.data['kind'] as string),
    );
    expect(cardSets.length).toBeGreaterThan(40);
    expect(checkPrintAndGo(snapshot)).toEqual([]);
    expect(validateSnapshot(snapshot, new Date()).errors).toBe(0);
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
