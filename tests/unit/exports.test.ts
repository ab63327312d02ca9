import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { lessonDocInput } from '../../src/lib/docx/lesson-doc-input.ts';
import { lessonDocxBytes, type LessonDocInput } from '../../src/lib/docx/lesson-document.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
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

describe('lessonDocxBytes', () => {
  const lesson: LessonDocInput = {
    title: 'Choosing options',
    facts: 'Year 9 · Spring term · 60 minutes · Lesson',
    summary: 'A summary.',
    pupilOutcomes: ['I can name three routes.'],
    outcomes: [{ id: '6.3', statement: 'understand the importance of Key Stage 4 choices' }],
    keywords: [{ term: 'Option', definition: 'A subject you choose.' }],
    checkedFacts: [
      'Pupils choose options in Year 9. Source: DfE, Options (https://example.org/). Checked on 1 December 2026.',
    ],
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
    notesMarkdown:
      '## Teacher notes\n\nBackground & context, **bold**, _italic_ and [a link](https://example.org/guide).\n\n1. First\n2. Second\n\nBetween.\n\n3. Again\n',
    handouts: [
      {
        title: 'Reasons card sort',
        markdown: '| Card | Reason |\n| --- | --- |\n| 1 | My friends |',
      },
    ],
    starterQuiz: [
      {
        type: 'choice',
        question: 'Which route pays a wage?',
        options: ['A levels', 'An apprenticeship', 'A T Level'],
        answer: 'An apprenticeship',
        explanation: 'Apprentices are employees.',
      },
    ],
    exitQuiz: [
      {
        type: 'true-false',
        question: 'Every route has equal standing.',
        answer: true,
        explanation: 'Each can lead to good jobs.',
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
    expect(xml).toContain('Background &amp; context, ');
    expect(xml).toContain('My friends');
    expect(xml).toMatch(/<w:pageBreakBefore\/>[\s\S]*Reasons card sort/);
    expect(readZipEntry(bytes, '[Content_Types].xml')).toContain('wordprocessingml');
  });

  it('keeps bold, italic, links and numbered lists from the body', () => {
    const bytes = lessonDocxBytes(lesson);
    const xml = readZipEntry(bytes, 'word/document.xml') ?? '';
    expect(xml).toMatch(/<w:b\/><\/w:rPr><w:t xml:space="preserve">bold</);
    expect(xml).toMatch(/<w:i\/><\/w:rPr><w:t xml:space="preserve">italic</);
    expect(xml).toContain('w:instr="HYPERLINK &quot;https://example.org/guide&quot;"');
    // Two numbered lists, each its own numbering instance; the second starts at 3.
    expect(xml).toMatch(/<w:numId w:val="2"\/>[\s\S]*First/);
    expect(xml).toMatch(/<w:numId w:val="3"\/>[\s\S]*Again/);
    const numbering = readZipEntry(bytes, 'word/numbering.xml') ?? '';
    expect(numbering).toContain(
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>',
    );
  });

  it('puts each quiz on a pupil page and the answers on a teacher page after the handouts', () => {
    const xml = readZipEntry(lessonDocxBytes(lesson), 'word/document.xml') ?? '';
    const starter = xml.indexOf('>Starter quiz<');
    const handout = xml.lastIndexOf('Reasons card sort');
    const answers = xml.indexOf('Quiz answers (for the teacher)');
    expect(starter).toBeGreaterThan(0);
    expect(handout).toBeGreaterThan(starter);
    expect(answers).toBeGreaterThan(handout);
    // The pupil sheet shows the options, not the answer line.
    const sheet = xml.slice(starter, answers);
    expect(sheet).toContain('B. An apprenticeship');
    expect(sheet).not.toContain('Apprentices are employees.');
    expect(xml.slice(answers)).toContain('Apprentices are employees.');
    expect(xml.slice(answers)).toContain('True');
  });
});

const quizOf = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'true-false',
    question: `Statement ${i + 1}.`,
    answer: true,
    explanation: 'Because.',
    ...extra,
  }));

describe('lessonDocInput', () => {
  const lesson = lessonSchema(plainHelpers).parse({
    title: 'Routes after 16',
    year: 11,
    term: 'spring',
    halfTerm: 2,
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
    starterQuiz: quizOf(4),
    exitQuiz: quizOf(4, { checks: 1 }),
    facts: ['ucas-choices', 'not-in-register'],
    lastReviewed: '2026-09-01',
  });
  const input = lessonDocInput(lesson, 'Notes.', {
    outcomeStatement: (id) => (id === '3.2' ? 'know the routes' : ''),
    handout: (id) => (id === 'route-cards' ? { title: 'Route cards', markdown: '- A' } : undefined),
    fact: (id) =>
      id === 'ucas-choices'
        ? {
            statement: 'You can apply for up to five courses.',
            value: '5',
            area: 'higher-education',
            source: { publisher: 'UCAS', title: 'Choices', url: 'https://www.ucas.com/choices' },
            checked: new Date('2026-12-01'),
            reviewBy: new Date('2027-09-01'),
          }
        : undefined,
    siteHost: 'careers.example.sch.uk',
  });

  it('gathers the facts line, outcome statements, handouts and credit', () => {
    expect(input.facts).toBe('Year 11 · Spring 2 · 60 minutes · Lesson');
    expect(input.checkedFacts).toEqual([
      'You can apply for up to five courses. Source: UCAS, Choices (https://www.ucas.com/choices). Checked on 1 December 2026.',
    ]);
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
