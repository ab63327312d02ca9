import { join } from 'node:path';
import { coldBuild } from './cold-build.ts';
import { bareAstroSite, copyHorizons, horizonsBuild } from './sites.ts';
import type { TimedRun } from './run-timed.ts';

/** One size of the series: Horizons and bare Astro built from the same lessons. */
export interface SeriesPoint {
  lessons: number;
  horizons: TimedRun;
  bare: TimedRun;
}

/** How much a figure grows per 1,000 lessons, from the smallest size to the largest. */
export function growthPer1000(
  points: readonly SeriesPoint[],
  figure: (p: SeriesPoint) => number,
): number {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.lessons === first.lessons) return 0;
  return ((figure(last) - figure(first)) / (last.lessons - first.lessons)) * 1000;
}

/** Builds Horizons and bare Astro at each size, from cold, in `work`. */
export async function runSeries(
  root: string,
  work: string,
  sizes: readonly number[],
  log: (message: string) => void,
): Promise<SeriesPoint[]> {
  const points: SeriesPoint[] = [];
  for (const lessons of sizes) {
    const horizons = join(work, `series-horizons-${lessons}`);
    copyHorizons(root, horizons, lessons);
    log(`Series: Horizons with ${lessons} lessons…`);
    const h = await coldBuild(horizons, horizonsBuild(horizons));
    const bare = join(work, `series-bare-${lessons}`);
    const commands = bareAstroSite(root, bare, join(horizons, 'lessons'));
    log(`Series: bare Astro with ${lessons} lessons…`);
    const b = await coldBuild(bare, commands);
    points.push({ lessons, horizons: h, bare: b });
  }
  return points;
}

const gb = (kb: number) => `${(kb / 1024 / 1024).toFixed(2)} GB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The series as a table, with each site's growth per 1,000 lessons and the ratio between them. */
export function seriesReport(points: readonly SeriesPoint[], starlight?: TimedRun): string {
  const lines = [
    '\nSeries: cold builds incl. Pagefind; peak memory of the whole process tree',
    '',
    'lessons   Horizons memory   bare Astro memory   Horizons build   bare Astro build',
    ...points.map(
      (p) =>
        `${String(p.lessons).padStart(7)}   ${gb(p.horizons.peakKb).padStart(15)}   ${gb(p.bare.peakKb).padStart(17)}   ${s(p.horizons.ms).padStart(14)}   ${s(p.bare.ms).padStart(16)}${p.horizons.ok && p.bare.ok ? '' : '   (a build FAILED)'}`,
    ),
  ];
  const memory = [
    growthPer1000(points, (p) => p.horizons.peakKb),
    growthPer1000(points, (p) => p.bare.peakKb),
  ];
  const time = [
    growthPer1000(points, (p) => p.horizons.ms),
    growthPer1000(points, (p) => p.bare.ms),
  ];
  lines.push(
    '',
    'Growth per 1,000 lessons',
    `  memory   Horizons +${gb(memory[0] ?? 0)}, bare Astro +${gb(memory[1] ?? 0)}: ${((memory[0] ?? 0) / (memory[1] || 1)).toFixed(2)}× (target: at most 1.5×)`,
    `  time     Horizons +${s(time[0] ?? 0)}, bare Astro +${s(time[1] ?? 0)}: ${((time[0] ?? 0) / (time[1] || 1)).toFixed(2)}×`,
  );
  const first = points[0];
  if (starlight && first) {
    lines.push(
      '',
      `Starlight at ${first.lessons} lessons: ${s(starlight.ms)}, ${gb(starlight.peakKb)}; Horizons / Starlight ${(first.horizons.ms / starlight.ms).toFixed(2)}× (target: at most 0.8×)`,
    );
  }
  const largest = points.at(-1);
  if (largest)
    lines.push(
      `Largest build: ${largest.lessons} lessons, ${gb(largest.horizons.peakKb)} (target: under 6 GB)`,
    );
  return lines.join('\n');
}
