import { describe, expect, it } from 'vitest';
import {
  benchmarkEvidence,
  currentRecord,
  evidenceCounts,
  providerEncounters,
} from '../../src/lib/programme-evidence.ts';

const programme = {
  lessons: [
    { years: [7], benchmarks: ['gb2', 'gb4'] },
    { years: [9], benchmarks: ['gb2'] },
  ],
  activities: [{ years: [10, 11], benchmarks: ['gb5'] }],
  starters: [{ years: [8] }, { years: [12] }],
};

describe('what the programme does for a benchmark', () => {
  it('counts lessons and activities that name it, and every subject starter for Benchmark 4', () => {
    expect(benchmarkEvidence('gb2', programme)).toEqual({
      lessons: 2,
      activities: 0,
      starters: 0,
      years: [7, 9],
    });
    expect(benchmarkEvidence('gb4', programme)).toEqual({
      lessons: 1,
      activities: 0,
      starters: 2,
      years: [7, 8, 12],
    });
    expect(benchmarkEvidence('gb8', programme).years).toEqual([]);
  });

  it('says so in words, leaving out what is none', () => {
    expect(evidenceCounts(benchmarkEvidence('gb4', programme))).toBe(
      '1 lesson and 2 subject starters',
    );
    expect(evidenceCounts({ lessons: 3, activities: 1, starters: 0, years: [] })).toBe(
      '3 lessons and 1 activity',
    );
    expect(evidenceCounts({ lessons: 2, activities: 2, starters: 1, years: [] })).toBe(
      '2 lessons, 2 activities and 1 subject starter',
    );
    expect(evidenceCounts({ lessons: 0, activities: 0, starters: 0, years: [] })).toBe(
      'Nothing in the programme yet',
    );
  });
});

describe('the delivery record a summary reports on', () => {
  const records = [{ id: '2025-26' }, { id: '2026-27' }, { id: '2024-25' }];
  it("is this school year's, from September", () => {
    expect(currentRecord(records, new Date('2026-09-01'))?.id).toBe('2026-27');
    expect(currentRecord(records, new Date('2026-08-31'))?.id).toBe('2025-26');
  });
  it('is the latest when this year has none yet', () => {
    expect(currentRecord(records, new Date('2027-10-01'))?.id).toBe('2026-27');
    expect(currentRecord([], new Date('2027-10-01'))).toBeUndefined();
  });
});

describe('provider encounters by phase', () => {
  const phases = [
    { label: 'Years 8 and 9', years: [8, 9] },
    { label: 'Years 10 and 11', years: [10, 11] },
  ];
  const encounter = (id: string, years: number[], providerAccess = true) => ({
    id,
    data: { title: id, years, providerAccess },
  });
  const activities = [
    encounter('y8-college-visit', [8]),
    encounter('y9-apprenticeship-talk', [9]),
    encounter('y10-taster', [10, 11]),
    encounter('careers-fair', [8, 9, 10, 11], false),
  ];

  it('counts each planned encounter delivered to a year in its phase once', () => {
    const entries = [
      { activity: 'y8-college-visit', year: 8, groups: 6 },
      { activity: 'y8-college-visit', year: 8, groups: 2 },
      { activity: 'y10-taster', year: 9, groups: 1 },
      { activity: 'careers-fair', year: 10, groups: 8 },
    ];
    expect(providerEncounters(phases, activities, entries)).toEqual([
      {
        label: 'Years 8 and 9',
        required: 2,
        planned: ['y8-college-visit', 'y9-apprenticeship-talk'],
        delivered: ['y8-college-visit'],
      },
      { label: 'Years 10 and 11', required: 2, planned: ['y10-taster'], delivered: [] },
    ]);
  });
});
