import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** What the timing check reads from a lesson or CPD session: its length and its timed parts. */
interface TimedEntry<F extends string> {
  file: string;
  data: { duration: number } & Record<F, readonly { minutes: number }[]>;
}

function checkTiming<F extends string>(
  entry: TimedEntry<F>,
  stepsField: F,
  what: string,
): Problem[] {
  const { duration } = entry.data;
  const total = entry.data[stepsField].reduce((sum, step) => sum + step.minutes, 0);
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
