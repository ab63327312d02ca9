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
