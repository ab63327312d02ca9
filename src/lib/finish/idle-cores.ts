import { availableParallelism, cpus } from 'node:os';

/** Each core's idle and total time so far, in milliseconds, as `os.cpus()` reports them. */
export type CpuTimes = { idle: number; total: number }[];

export const cpuTimes = (): CpuTimes =>
  cpus().map(({ times }) => ({
    idle: times.idle,
    total: times.user + times.nice + times.sys + times.idle + times.irq,
  }));

/** How many cores, on average, sat idle between two readings of `cpuTimes()`. */
export function idleCoresBetween(before: CpuTimes, after: CpuTimes): number {
  let idle = 0;
  let total = 0;
  after.forEach((core, i) => {
    const earlier = before[i];
    if (!earlier) return;
    idle += core.idle - earlier.idle;
    total += core.total - earlier.total;
  });
  return total > 0 ? (idle / total) * after.length : 0;
}

/**
 * Whether a worker thread beside Astro's page build would have a core of its own: the process
 * may use two or more cores, and at least half of one sat idle while the build started. The
 * validator and content sync keep one core busy: on a quiet two-core machine 0.7 to 0.8 cores sat
 * idle, with one core taken by other work 0.0 to 0.1. There a worker would take turns with the
 * page build, which is the build's critical path.
 */
export const hasSpareCore = (idleCores: number, cores = availableParallelism()): boolean =>
  cores >= 2 && idleCores >= 0.5;

/** Where the lessons' Word and PowerPoint files are written, and why, for the build log. */
export interface DocumentsPlacement {
  besidePages: boolean;
  reason: string;
}

/**
 * Beside Astro's page build if a core is spare, otherwise after the pages. `chosen`, from
 * `HORIZONS_DOCUMENTS`, overrides the measure when it is `beside-pages` or `after-pages`; any
 * other value is ignored, and the log says so.
 */
export function placeDocuments(
  idleCores: number,
  chosen: string | undefined,
  cores = availableParallelism(),
): DocumentsPlacement {
  const measured = `${idleCores.toFixed(1)} cores idle as the build started`;
  if (chosen === 'beside-pages' || chosen === 'after-pages')
    return { besidePages: chosen === 'beside-pages', reason: `HORIZONS_DOCUMENTS=${chosen}` };
  return {
    besidePages: hasSpareCore(idleCores, cores),
    reason: chosen
      ? `${measured}; HORIZONS_DOCUMENTS="${chosen}" ignored, use beside-pages or after-pages`
      : measured,
  };
}
