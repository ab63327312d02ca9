import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot, Entry } from '../snapshot.ts';

const sumMinutes = (steps: unknown) =>
  Array.isArray(steps)
    ? steps.reduce((total: number, step: { minutes?: number }) => total + (step.minutes ?? 0), 0)
    : 0;

function checkTiming(entry: Entry, stepsField: string, what: string): Problem[] {
  const duration = Number(entry.data['duration']);
  const total = sumMinutes(entry.data[stepsField]);
  if (total === duration) return [];
  return [
    error({
      rule: 'timed-steps',
      file: entry.file,
      field: stepsField,
      message: `The ${what} add up to ${total} minutes but \`duration\` is ${duration}.`,
      fix: `Change the steps' \`minutes\` or the \`duration\` so they agree (${total > duration ? 'remove' : 'add'} ${Math.abs(total - duration)} minutes).`,
    }),
  ];
}

/** A plan whose timings don't add up can't be taught as written. */
export function checkTimedSteps({ entries }: ContentSnapshot): Problem[] {
  return [
    ...entries.lessons.flatMap((lesson) => checkTiming(lesson, 'steps', "lesson's steps")),
    ...entries.cpd.flatMap((session) => checkTiming(session, 'agenda', "session's agenda items")),
  ];
}
