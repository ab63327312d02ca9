/** When a career-readiness check can be taken, as the CSV's "When taken" column explains. */
export const readinessOccasions = [
  'Start of key stage',
  'End of key stage',
  'Before guidance interview',
  'After guidance interview',
] as const;

/** How many blank rows a readiness check's CSV starts with: a large class. */
export const READINESS_BLANK_ROWS = 35;

interface ReadinessItem {
  outcome: string;
  kind: string;
}

/**
 * A readiness check as CSV rows for the school's own analysis: a row per pupil and occasion, a
 * column per item headed by its number, outcome and kind, so results can be compared item by item.
 */
export function readinessCsvRows(items: readonly ReadinessItem[]): string[][] {
  const header = [
    "Pupil reference (the school's own, kept privately)",
    'Date (YYYY-MM-DD)',
    `When taken (${readinessOccasions.join(', ')})`,
    ...items.map((item, i) => `Q${i + 1} (${item.outcome}, ${item.kind})`),
  ];
  return [header, ...Array.from({ length: READINESS_BLANK_ROWS }, () => header.map(() => ''))];
}
