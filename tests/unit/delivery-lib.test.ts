import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  inAcademicYear,
  parseAcademicYear,
  termEnd,
} from '../../src/lib/academic-year.ts';
import {
  deliveryCsv,
  deliveryCsvRows,
  deliveredWhen,
  plannedVsDelivered,
  type DeliveredEntry,
  type ProgrammeLists,
} from '../../src/lib/delivery.ts';
import { findPersonalData, isPersonalKey } from '../../src/validation/personal-data.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('school years', () => {
  it('start on 1 September', () => {
    expect(academicYearOf(day('2026-08-31')).label).toBe('2025-26');
    expect(academicYearOf(day('2026-09-01')).label).toBe('2026-27');
    expect(academicYearOf(day('2027-01-04')).label).toBe('2026-27');
    expect(academicYearOf(day('2099-12-01')).label).toBe('2099-00');
  });

  it('are named by two consecutive years', () => {
    expect(parseAcademicYear('2026-27')).toEqual({ start: 2026, label: '2026-27' });
    expect(parseAcademicYear('2026-28')).toBeUndefined();
    expect(parseAcademicYear('2026-2027')).toBeUndefined();
    expect(parseAcademicYear('26-27')).toBeUndefined();
  });

  it('run to 31 August, with terms ending in December, March and August', () => {
    const year = { start: 2026, label: '2026-27' };
    expect(inAcademicYear(day('2027-08-31'), year)).toBe(true);
    expect(inAcademicYear(day('2027-09-01'), year)).toBe(false);
    expect(inAcademicYear(day('2026-08-31'), year)).toBe(false);
    expect(termEnd(year, 'autumn')).toEqual(day('2026-12-31'));
    expect(termEnd(year, 'spring')).toEqual(day('2027-03-31'));
    expect(termEnd(year, 'summer')).toEqual(day('2027-08-31'));
  });
});

const lists: ProgrammeLists = {
  lessons: [
    { id: 'later', data: { title: 'Later lesson', year: 7, term: 'summer', halfTerm: 1 } },
    { id: 'first', data: { title: 'First lesson', year: 7, term: 'autumn', halfTerm: 1 } },
    { id: 'year-8', data: { title: 'A Year 8 lesson', year: 8, term: 'spring', halfTerm: 2 } },
  ],
  activities: [
    { id: 'fair', data: { title: 'Careers fair', years: [7, 8], terms: ['spring', 'autumn'] } },
    // Staff work for every year: not something a year group is taught.
    {
      id: 'strategy-review',
      data: { title: 'Strategy review', years: [7, 8], terms: ['summer'], type: 'leadership' },
    },
  ],
  starters: [{ id: 'maths-ratio', data: { title: 'Checking a dose with ratio' } }],
};

const entries: DeliveredEntry[] = [
  { lesson: 'first', year: 7, halfTerm: 'autumn 1', groups: 6, pupils: 170 },
  // As Astro hands references over: objects with an id.
  { activity: { id: 'fair' }, year: 8, date: day('2026-10-14'), pupils: 160 },
  { lesson: 'year-8', year: 7, halfTerm: 'autumn 2', groups: 1 },
  { starter: { id: 'maths-ratio' }, year: 7, halfTerm: 'autumn 2', groups: 2 },
];

describe('plannedVsDelivered', () => {
  const [year7, year8] = plannedVsDelivered([7, 8], lists, entries);

  it('lists each year’s lessons in teaching order, then its activities, not leadership work', () => {
    expect(year7?.planned.map((p) => [p.kind, p.id, p.planned])).toEqual([
      ['lesson', 'first', 'Autumn 1'],
      ['lesson', 'later', 'Summer 1'],
      ['activity', 'fair', 'Autumn, spring'],
    ]);
  });

  it('records what was delivered to each year group', () => {
    expect(year7?.planned.map((p) => p.delivered.length)).toEqual([1, 0, 0]);
    expect(year7?.deliveredCount).toBe(1);
    expect(year8?.planned.map((p) => [p.id, p.delivered.length])).toEqual([
      ['year-8', 0],
      ['fair', 1],
    ]);
    expect(year8?.deliveredCount).toBe(1);
  });

  it('shows what was delivered but not planned for the year, with titles', () => {
    expect(year7?.alsoDelivered.map((d) => [d.kind, d.id, d.title])).toEqual([
      ['lesson', 'year-8', 'A Year 8 lesson'],
      ['starter', 'maths-ratio', 'Checking a dose with ratio'],
    ]);
    expect(year8?.alsoDelivered).toEqual([]);
  });

  it('says when an entry ran as a teacher writes it', () => {
    expect(entries.map(deliveredWhen)).toEqual([
      'Autumn 1',
      '14 October 2026',
      'Autumn 2',
      'Autumn 2',
    ]);
  });
});

describe('the delivery CSV', () => {
  it('has a header and one row per entry, with titles, dates and counts', () => {
    const rows = deliveryCsvRows([{ academicYear: '2026-27', entries }], lists);
    expect(rows[0]).toEqual([
      'School year',
      'Year group',
      'Kind',
      'Id',
      'Title',
      'Date',
      'Half term',
      'Groups',
      'Pupils',
      'Evaluation',
    ]);
    expect(rows.slice(1)).toEqual([
      ['2026-27', 7, 'Lesson', 'first', 'First lesson', '', 'Autumn 1', 6, 170, ''],
      ['2026-27', 8, 'Activity', 'fair', 'Careers fair', '2026-10-14', '', '', 160, ''],
      ['2026-27', 7, 'Lesson', 'year-8', 'A Year 8 lesson', '', 'Autumn 2', 1, '', ''],
      [
        '2026-27',
        7,
        'Subject starter',
        'maths-ratio',
        'Checking a dose with ratio',
        '',
        'Autumn 2',
        2,
        '',
        '',
      ],
    ]);
  });

  it('neutralises a note a spreadsheet would run as a formula', () => {
    const csv = deliveryCsv(
      [
        {
          academicYear: '2026-27',
          entries: [
            {
              lesson: 'first',
              year: 7,
              halfTerm: 'autumn 1',
              groups: 1,
              evaluation: '=HYPERLINK("https://example.com","Click")',
            },
          ],
        },
      ],
      lists,
    );
    const line = csv.split('\r\n')[1];
    expect(line).toBe(
      `2026-27,7,Lesson,first,First lesson,,Autumn 1,1,,"'=HYPERLINK(""https://example.com"",""Click"")"`,
    );
  });
});

describe('personal data', () => {
  it('recognises fields for names and details, however they are written', () => {
    for (const key of [
      'name',
      'pupil',
      'Pupil Name',
      'pupil_name',
      'student',
      'studentName',
      'teacher',
      'staff',
      'firstName',
      'surname',
      'lastName',
      'fullName',
      'dob',
      'dateOfBirth',
      'UPN',
      'email',
      'ledBy',
    ])
      expect(isPersonalKey(key), key).toBe(true);
  });

  it('leaves the record’s own fields alone', () => {
    for (const key of ['pupils', 'groups', 'year', 'lesson', 'activity', 'starter', 'evaluation'])
      expect(isPersonalKey(key), key).toBe(false);
  });

  it('finds email addresses except the allowed one, and unique pupil numbers', () => {
    const raw = { entries: [{ evaluation: 'See A123456789012 and Careers@School.uk or x@y.org' }] };
    expect(findPersonalData(raw, '', 'careers@school.uk')).toEqual([
      { field: 'entries[0].evaluation', kind: 'email', found: 'x@y.org' },
      { field: 'entries[0].evaluation', kind: 'pupil-number', found: 'A123456789012' },
    ]);
  });
});
