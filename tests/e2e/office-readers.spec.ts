// Real readers: LibreOffice opens one lesson's Word document and its PowerPoint file, and the text
// it produces must hold what a teacher expects. Runs on the built site in dist/.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { textThroughLibreOffice } from '../helpers/office.ts';

const lesson = join(process.cwd(), 'dist', 'lessons', 'choosing-key-stage-4-options');
const squash = (text: string) => text.replace(/\s+/g, ' ');

test('LibreOffice Writer opens a lesson .docx with its plan, quizzes and answer page', () => {
  const { text, pages } = textThroughLibreOffice(`${lesson}.docx`);
  const words = squash(text);
  expect(pages).toBeGreaterThan(8);
  expect(words).toContain('Choosing your Key Stage 4 options');
  expect(words).toContain('Starter: after Year 11 (7 min)');
  // The teacher notes from the lesson's body.
  expect(words).toContain('Before the lesson');
  expect(words).toMatch(/Starter quiz Name: _+ Date: _+ 1\. Until what age must young people/);
  expect(words).toContain('Exit quiz');
  expect(words).toMatch(/Quiz answers \(for the teacher\) Starter quiz 1\. C\. 18/);
  expect(words.indexOf('Quiz answers (for the teacher)')).toBeGreaterThan(
    words.lastIndexOf('Exit quiz Name:'),
  );
});

test('LibreOffice Impress opens a lesson .pptx with every slide, its answers and speaker notes', () => {
  const { text, pages } = textThroughLibreOffice(`${lesson}.pptx`, { withNotes: true });
  const words = squash(text);
  // Title, key words, the facts it cites, 4 starter questions and answers, 6 steps, 5 exit
  // questions and answers; then the same number of notes pages.
  expect(pages).toBe(2 * (1 + 1 + 1 + 8 + 6 + 10));
  // The first step's "Say:" line is in the notes, not on its slide.
  expect(words).toContain('Say: "In England');
  expect(words).toContain('Choosing your Key Stage 4 options');
  expect(words).toContain('I can name two places to get impartial information and advice.');
  expect(words).toContain('Starter quiz · question 1 of 4');
  expect(words).toContain('Answer: C. 18');
  expect(words).toContain('Where to find impartial information');
  expect(words).toContain('Exit quiz answers · 5 of 5');
  expect(words).toContain('Facts to know');
  expect(words).toContain('Checked on 4 December 2026');
});

const maths = join(process.cwd(), 'dist', 'subjects', 'maths');

test('LibreOffice Writer opens a subject department pack with its routes and every starter', () => {
  const { text, pages } = textThroughLibreOffice(`${maths}.docx`);
  const words = squash(text);
  expect(pages).toBeGreaterThan(3);
  expect(words).toContain('Maths: careers in the subject');
  expect(words).toContain('Where maths can lead');
  expect(words).toMatch(/Apprenticeships .*\(level 3\)/);
  // Each Key Stage's starters, in order, with what to say, ask and expect.
  const stages = ['Key Stage 3 starters', 'Key Stage 4 starters', 'Key Stage 5 starters'];
  const at = stages.map((s) => words.indexOf(s));
  expect(at.every((i, n) => i > 0 && (n === 0 || i > (at[n - 1] ?? 0)))).toBe(true);
  expect(words).toContain('Is the bus late? Averages in transport planning (Year 7, 10 minutes)');
  expect(words).toMatch(/Say: Transport planners decide where buses go/);
  expect(words).toContain('Expect:');
  expect(words).toContain('Gatsby Benchmark 4');
});

test('LibreOffice Impress opens a subject deck: two slides a starter, what to say in the notes', () => {
  const { text, pages } = textThroughLibreOffice(`${maths}.pptx`, { withNotes: true });
  const words = squash(text);
  // Three starters, two slides each, then the same number of notes pages.
  expect(pages).toBe(2 * 3 * 2);
  expect(words).toContain(
    'Maths · Year 7 · Averages (mean, median and mode) and range · 10 minutes',
  );
  expect(words).toContain('Your task, and where it leads');
  expect(words).toContain('Say: Transport planners decide where buses go');
});
