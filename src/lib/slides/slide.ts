import type { QuestionView } from '../quiz/quiz-view.ts';

/** One slide, in the shape every presenting view and the .pptx export share. */
export interface Slide {
  /** What the slide shows; the views lay each kind out differently. */
  kind: 'title' | 'points' | 'keywords' | 'question' | 'answer';
  heading: string;
  /** A short line above the heading, e.g. "Starter quiz · question 2 of 5" or "10 minutes". */
  label: string;
  /** Lines of text, one idea each. */
  points: string[];
  /** Key words and their meanings (keywords slides). */
  terms: { term: string; definition: string }[];
  /** The question (question and answer slides). */
  question?: QuestionView;
  /** What the teacher sees and the audience does not: "Say:" lines, expected answers. */
  notes: string[];
}

/** A slide with every optional part empty, for builders to fill in. */
export const slide = (parts: Pick<Slide, 'kind' | 'heading'> & Partial<Slide>): Slide => ({
  label: '',
  points: [],
  terms: [],
  notes: [],
  ...parts,
});
