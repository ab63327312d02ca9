import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTimed, type TimedRun } from './run-timed.ts';

/**
 * Builds a site `runs` times from cold (no dist/, no Astro cache, as on a fresh clone) and keeps
 * the fastest run, since a shared machine's noise only ever adds time, and the highest peak memory.
 */
export async function coldBuild(dir: string, commands: string[][], runs = 1): Promise<TimedRun> {
  let best: TimedRun | undefined;
  let peakKb = 0;
  for (let run = 0; run < runs; run++) {
    for (const cache of ['dist', '.astro', 'node_modules/.astro'])
      rmSync(join(dir, cache), { recursive: true, force: true });
    // Let the disk finish the last run's deletes and writes first, or they land on this run: the
    // site that writes the most files would pay most for whichever build went before it.
    spawnSync('sync');
    let total: TimedRun = { ms: 0, peakKb: 0, ok: true, output: '' };
    for (const command of commands) {
      const step = await runTimed(dir, command);
      total = {
        ms: total.ms + step.ms,
        peakKb: Math.max(total.peakKb, step.peakKb),
        ok: total.ok && step.ok,
        output: total.output + step.output,
      };
    }
    peakKb = Math.max(peakKb, total.peakKb);
    if (!best || (total.ok && (!best.ok || total.ms < best.ms))) best = total;
  }
  return { ...(best as TimedRun), peakKb };
}
