import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** A lesson's `year` must match its `year-N` folder, or teachers browsing by year miss it. */
export function checkLessonYearFolder({ entries }: ContentSnapshot): Problem[] {
  return entries.lessons.flatMap((lesson) => {
    const folder = /\/year-(\d+)\//.exec(lesson.file)?.[1];
    const { year } = lesson.data;
    if (folder === undefined || Number(folder) === year) return [];
    return [
      error({
        rule: 'year-folder',
        file: lesson.file,
        field: 'year',
        message: `The lesson says year: ${String(year)} but is in the year-${folder} folder.`,
        fix: `Move the file to lessons/year-${String(year)}/ or change \`year\` to ${folder}.`,
      }),
    ];
  });
}
