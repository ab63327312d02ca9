import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../src/lib/body/body-blocks.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { handoutDocxBytes } from '../../src/lib/docx/handout-document.ts';
import {
  entitlementColumns,
  entitlementTrackerRows,
  TRACKER_BLANK_ROWS,
} from '../../src/lib/entitlement-tracker.ts';
import { readinessCsvRows } from '../../src/lib/readiness-sheet.ts';
import { assemblySlides } from '../../src/lib/slides/assembly-slides.ts';
import { readZipEntries } from '../helpers/unzip.ts';
import { xmlFault } from '../helpers/xml-well-formed.ts';

const activity = (title: string, years: number[], type: string, providerAccess = false) => ({
  data: { title, years, type, providerAccess },
});

describe('the per-pupil entitlement tracker', () => {
  const lessons = [
    { data: { title: 'My strengths', year: 7 } },
    { data: { title: 'Options', year: 9 } },
  ];
  const activities = [
    activity('Careers fair', [7, 9], 'careers-fair'),
    activity('Employer speed-meet', [7], 'employer-encounter'),
    activity('College taster', [9], 'enrichment', true),
    activity('Guidance interview', [9], 'personal-guidance'),
    activity('Survey', [7, 9], 'survey'),
  ];

  it('has a column for each lesson, encounter and guidance interview, year by year', () => {
    expect(entitlementColumns([7, 9], lessons, activities)).toEqual([
      "Pupil reference (the school's own, kept privately)",
      'Y7 lesson: My strengths',
      'Y7 encounter: Employer speed-meet',
      'Y9 lesson: Options',
      'Y9 encounter: College taster',
      'Y9 guidance interview: Guidance interview',
    ]);
  });

  it('has only blank rows below the columns, and never starts a cell with a title', () => {
    const columns = entitlementColumns([7], [{ data: { title: '=HYPERLINK("x")', year: 7 } }], []);
    const rows = entitlementTrackerRows(columns);
    expect(rows).toHaveLength(1 + TRACKER_BLANK_ROWS);
    expect(rows.slice(1).every((row) => row.length === 2 && row.every((cell) => cell === ''))).toBe(
      true,
    );
    // A title that looks like a formula follows the year and kind, so no spreadsheet runs it.
    expect(toCsv(rows).split('\r\n')[0]).toContain('"Y7 lesson: =HYPERLINK(""x"")"');
  });
});

describe('a readiness check results sheet', () => {
  it('heads a column per item with its outcome and kind, for each pupil and occasion', () => {
    const [header, first] = readinessCsvRows([
      { outcome: '3.3', kind: 'knowledge' },
      { outcome: '2.1', kind: 'confidence' },
    ]);
    expect(header?.slice(3)).toEqual(['Q1 (3.3, knowledge)', 'Q2 (2.1, confidence)']);
    expect(header?.[2]).toContain('Before guidance interview');
    expect(first?.every((cell) => cell === '')).toBe(true);
  });
});

describe('an assembly as slides', () => {
  it('makes a slide per heading: the list on the slide, the paragraphs in the notes', () => {
    const blocks = bodyBlocks(
      [
        '## Who builds a hospital?',
        '',
        '- Engineers',
        '- Apprentices',
        '',
        '"Put your hand up if you have been in a hospital."',
        '',
        '## Your turn',
        '',
        '- Talk to the person next to you',
      ].join('\n'),
    );
    const slides = assemblySlides(
      { title: 'Jobs around us', summary: 'A Year 5 assembly.', label: 'Year 5 assembly' },
      blocks,
    );
    expect(slides.map((s) => s.heading)).toEqual([
      'Jobs around us',
      'Who builds a hospital?',
      'Your turn',
    ]);
    expect(slides[1]?.points).toEqual(['Engineers', 'Apprentices']);
    expect(slides[1]?.notes).toEqual(['"Put your hand up if you have been in a hospital."']);
    expect(slides[2]?.notes).toEqual([]);
  });
});

describe('a template as a Word document', () => {
  it('holds its title, its table and numbered list, as well-formed XML', () => {
    const bytes = handoutDocxBytes({
      title: 'Termly report & plan',
      summary: 'Print one copy.',
      markdown:
        '## Priorities\n\n| Action | Owner |\n| --- | --- |\n| | |\n\n1. First\n2. Second\n',
      source: 'From Horizons.',
    });
    const xml = readZipEntries(bytes).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xmlFault(xml)).toBeUndefined();
    expect(xml).toContain('Termly report &amp; plan');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Second');
  });
});
