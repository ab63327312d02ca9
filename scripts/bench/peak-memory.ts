import { readdirSync, readFileSync } from 'node:fs';

/** A field of a process's /proc status in kB (VmHWM, VmRSS); 0 where /proc is not available. */
function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Every process's parent, read once per sample. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // The process ended between listing and reading.
      }
    }
  } catch {
    // No /proc: nothing to sample.
  }
  return map;
}

/** A process and all its descendants (worker threads share their process's memory). */
function tree(pid: number): number[] {
  const byParent = parents();
  const found = [pid];
  for (let i = 0; i < found.length; i++)
    for (const [child, parent] of byParent) if (parent === found[i]) found.push(child);
  return found;
}

/**
 * Samples a process and its whole tree while it runs: the build, its worker threads (counted in
 * the process), and any children and grandchildren such as Astro under `npm run build` and
 * Pagefind's indexer. The peak is the larger of the most the tree held at once and the highest
 * high-water mark of any one process, which catches a spike between samples. (Adding one
 * process's high-water mark to another's would count memory held at different times, such as the
 * build script's after Astro has exited, as if held together.)
 */
export function watchPeakMemory(pid: number, everyMs = 100) {
  let together = 0;
  let single = 0;
  const sample = () => {
    const processes = tree(pid);
    for (const p of processes) single = Math.max(single, statusKb(p, 'VmHWM'));
    together = Math.max(
      together,
      processes.reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0),
    );
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(together, single);
    },
  };
}
