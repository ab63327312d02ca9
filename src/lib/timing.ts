/** Adds each step's start and end minute, so a plan shows "10 min, 15–25". */
export function withTimings<T extends { minutes: number }>(
  steps: readonly T[],
): (T & { start: number; end: number })[] {
  let elapsed = 0;
  return steps.map((step) => {
    const start = elapsed;
    elapsed += step.minutes;
    return { ...step, start, end: elapsed };
  });
}
