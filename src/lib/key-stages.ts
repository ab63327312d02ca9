/** The Key Stages subject starters are written for, with the year groups each spans. */
export const secondaryKeyStages = [
  { stage: 3, label: 'Key Stage 3', years: [7, 8, 9] },
  { stage: 4, label: 'Key Stage 4', years: [10, 11] },
  { stage: 5, label: 'Key Stage 5', years: [12, 13] },
] as const;

export type SecondaryKeyStage = (typeof secondaryKeyStages)[number];

/** The Key Stage a secondary year group is in (Year 8 → Key Stage 3). */
export function keyStageOfYear(year: number): SecondaryKeyStage | undefined {
  return secondaryKeyStages.find((ks) => (ks.years as readonly number[]).includes(year));
}

/**
 * Items grouped by Key Stage, in Key Stage order and then by year, leaving out stages with none:
 * how subject pages and packs list their starters.
 */
export function groupByKeyStage<T extends { year: number }>(items: readonly T[]) {
  return secondaryKeyStages
    .map((keyStage) => ({
      keyStage,
      items: items
        .filter((item) => (keyStage.years as readonly number[]).includes(item.year))
        .sort((a, b) => a.year - b.year),
    }))
    .filter((group) => group.items.length > 0);
}
