import { horizonsCredit } from '../credit.ts';
import type { ContentSnapshot } from '../../validation/snapshot.ts';
import type { PlainLesson } from '../docx/lesson-doc-input.ts';
import { lessonSlides } from '../slides/lesson-slides.ts';
import type { Slide } from '../slides/slide.ts';
import { paths } from '../urls.ts';

/** One PowerPoint file to make: its file, relative to the site root, and its slides. */
export interface LessonDeckJob {
  file: string;
  title: string;
  credit: string;
  slides: Slide[];
}

/** A deck for each lesson the school publishes, from content the validator has read. */
export function lessonDeckJobs(snapshot: ContentSnapshot, siteHost: string): LessonDeckJob[] {
  return snapshot.entries.lessons.map((entry) => {
    // Every entry in `lessons` passed the lesson schema when it was read.
    const lesson = entry.data as PlainLesson;
    return {
      file: paths.lessonPptx(entry.id),
      title: `${lesson.title} (Year ${lesson.year})`,
      credit: horizonsCredit(siteHost),
      slides: lessonSlides(lesson),
    };
  });
}
