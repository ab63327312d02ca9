import { horizonsCredit } from '../credit.ts';
import type { ContentSnapshot } from '../../validation/snapshot.ts';
import { factSourceLine } from '../fact-lines.ts';
import { bodyBlocks } from '../body/body-blocks.ts';
import { bodyLines } from '../body/body-lines.ts';
import { lessonSlides, type LessonSlidesInput, type SlideFact } from '../slides/lesson-slides.ts';
import type { Slide } from '../slides/slide.ts';
import { paths } from '../urls.ts';

/** One PowerPoint file to make: its file, relative to the site root, and what its slides show. */
export interface LessonDeckJob {
  file: string;
  title: string;
  credit: string;
  lesson: LessonSlidesInput;
  /** The lesson's body (teacher notes), which becomes the first slide's speaker notes. */
  notesMarkdown: string;
  /** The register's facts the lesson cites. */
  facts: SlideFact[];
}

/** The slides of a deck job; run where the file is written, so the body is read off the main thread. */
export const deckSlides = (job: LessonDeckJob): Slide[] =>
  lessonSlides(job.lesson, bodyLines(bodyBlocks(job.notesMarkdown)), job.facts);

/** A deck for each lesson the school publishes, from content the validator has read. */
export function lessonDeckJobs(snapshot: ContentSnapshot, siteHost: string): LessonDeckJob[] {
  const facts = new Map(snapshot.entries.facts.map((f) => [f.id, f.data]));
  return snapshot.entries.lessons.map((entry) => {
    const lesson = entry.data;
    const { title, year, duration, summary, pupilOutcomes, keywords, steps } = lesson;
    return {
      file: paths.lessonPptx(entry.id),
      title: `${title} (Year ${year})`,
      credit: horizonsCredit(siteHost),
      // Only what the slides show crosses to the worker.
      lesson: {
        title,
        year,
        duration,
        summary,
        pupilOutcomes,
        keywords,
        steps,
        starterQuiz: lesson.starterQuiz,
        exitQuiz: lesson.exitQuiz,
      },
      notesMarkdown: entry.body,
      facts: lesson.facts.flatMap((id) => {
        const fact = facts.get(id);
        return fact ? [{ statement: fact.statement, source: factSourceLine(fact) }] : [];
      }),
    };
  });
}
