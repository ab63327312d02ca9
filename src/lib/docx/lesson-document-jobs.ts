import type { ContentSnapshot } from '../../validation/snapshot.ts';
import { paths } from '../urls.ts';
import { lessonDocInput } from './lesson-doc-input.ts';
import type { LessonDocInput } from './lesson-document.ts';

/** One Word document to make: its file, relative to the site root, and what it holds. */
export interface LessonDocumentJob {
  file: string;
  input: LessonDocInput;
}

/** A document for each lesson the school publishes, from content the validator has read. */
export function lessonDocumentJobs(
  snapshot: ContentSnapshot,
  siteHost: string,
): LessonDocumentJob[] {
  const outcomes = new Map(snapshot.entries.outcomes.map((o) => [o.id, o.data.statement]));
  const handouts = new Map(
    snapshot.entries.handouts.map((h) => [h.id, { title: h.data.title, markdown: h.body }]),
  );
  const facts = new Map(snapshot.entries.facts.map((f) => [f.id, f.data]));
  const lookups = {
    fact: (id: string) => facts.get(id),
    outcomeStatement: (id: string) => outcomes.get(id) ?? '',
    handout: (id: string) => handouts.get(id),
    siteHost,
  };
  return snapshot.entries.lessons.map((lesson) => ({
    file: paths.lessonDocx(lesson.id),
    input: lessonDocInput(lesson.data, lesson.body, lookups),
  }));
}
