import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { lessonDocInput } from '../../src/lib/docx/lesson-doc-input.ts';
import { lessonDocxBytes, type LessonDocInput } from '../../src/lib/docx/lesson-document.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { markdownBlocks, plainInline } from '../../src/lib/docx/markdown-blocks.ts';
import { readZipEntry } from '../helpers/unzip.ts';

describe('toCsv', () => {
  it('quotes only fields that need it and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['Type', 'Title'],
        ['Lesson', 'Jobs, skills and "you"'],
      ]),
    ).toBe('Type,Title\r\nLesson,"Jobs, skills and ""you"""\r\n');
  });
});

describe('markdownBlocks', () => {
  it('finds headings, lists, tables and paragraphs', () => {
    const blocks = markdownBlocks(
      '## Before the lesson\n\nPrint **30** copies\nof the sheet.\n\n- one\n1. two\n\n| Card | Job |\n| --- | --- |\n| 1 | Nurse |\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Before the lesson' },
      { kind: 'paragraph', text: 'Print 30 copies of the sheet.' },
      { kind: 'bullet', text: 'one' },
      { kind: 'numbered', text: 'two' },
      {
        kind: 'table',
        rows: [
          ['Card', 'Job'],
          ['1', 'Nurse'],
        ],
      },
    ]);
  });

  it('keeps a link address as text', () => {
    expect(plainInline('See [the guide](https://example.org) *now*')).toBe(
      'See the guide (https://example.org) now',
    );
  });
});

describe('lessonDocxBytes', () => {
  const lesson: LessonDocInput = {
    title: 'Choosing options',
    facts: 'Year 9 · Spring term · 60 minutes · Lesson',
    summary: 'A summary.',
    pupilOutcomes: ['I can name three routes.'],
    outcomes: [{ id: '6.3', statement: 'understand the importance of Key Stage 4 choices' }],
    keywords: [{ term: 'Option', definition: 'A subject you choose.' }],
    resources: ['Card sort'],
    steps: [
      {
        title: 'Starter: what next?',
        minutes: 10,
        teacher: 'Ask the class.',
        pupils: 'Answer.',
        expected: 'College.',
      },
      {
        title: 'Main: card sort',
        minutes: 50,
        teacher: 'Hand out cards.',
        pupils: 'Sort them.',
        expected: '',
      },
    ],
    misconceptions: [],
    support: 'Pairs.',
    stretch: 'Explain why.',
    send: ['Picture cards.'],
    challengesStereotypes: 'Every route is equal.',
    sensitive: [],
    assessment: 'Exit ticket.',
    homeLink: 'Talk at home.',
    notesMarkdown: '## Teacher notes\n\nBackground & context.',
    handouts: [
      {
        title: 'Reasons card sort',
        markdown: '| Card | Reason |\n| --- | --- |\n| 1 | My friends |',
      },
    ],
    source: 'From Horizons.',
  };

  it('makes a Word document with the title, steps and handouts, each handout on a new page', () => {
    const bytes = lessonDocxBytes(lesson);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = readZipEntry(bytes, 'word/document.xml') ?? '';
    expect(xml).toContain('Choosing options');
    expect(xml).toContain('Starter: what next? (10 min)');
    expect(xml).toContain('Main: card sort (50 min)');
    expect(xml).toContain('Background &amp; context.');
    expect(xml).toContain('My friends');
    expect(xml).toMatch(/<w:pageBreakBefore\/>[\s\S]*Reasons card sort/);
    expect(readZipEntry(bytes, '[Content_Types].xml')).toContain('wordprocessingml');
  });
});

describe('lessonDocInput', () => {
  const lesson = lessonSchema(plainHelpers).parse({
    title: 'Routes after 16',
    year: 11,
    term: 'spring',
    duration: 60,
    summary: 'Compare routes.',
    pupilOutcomes: ['I can compare two routes.'],
    outcomes: ['3.2', '9.9'],
    resources: [
      { name: 'Route cards', handout: 'route-cards' },
      { name: 'A website', handout: undefined },
    ],
    steps: [{ title: 'Main', minutes: 60, teacher: 'Explain.', pupils: 'Compare.' }],
    support: 'Pairs.',
    stretch: 'Rank them.',
    send: ['Large print.'],
    challengesStereotypes: 'All routes are open to all.',
    assessment: 'Exit ticket.',
    homeLink: 'Talk at home.',
    lastReviewed: '2026-09-01',
  });
  const input = lessonDocInput(lesson, 'Notes.', {
    outcomeStatement: (id) => (id === '3.2' ? 'know the routes' : ''),
    handout: (id) => (id === 'route-cards' ? { title: 'Route cards', markdown: '- A' } : undefined),
    siteHost: 'careers.example.sch.uk',
  });

  it('gathers the facts line, outcome statements, handouts and credit', () => {
    expect(input.facts).toBe('Year 11 · Spring term · 60 minutes · Lesson');
    expect(input.outcomes).toEqual([
      { id: '3.2', statement: 'know the routes' },
      { id: '9.9', statement: '' },
    ]);
    expect(input.resources).toEqual(['Route cards', 'A website']);
    expect(input.handouts).toEqual([{ title: 'Route cards', markdown: '- A' }]);
    expect(input.notesMarkdown).toBe('Notes.');
    expect(input.source).toContain('(careers.example.sch.uk)');
  });
});
