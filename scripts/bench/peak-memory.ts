import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory (kB) of a process, from /proc; 0 where /proc is not available. */
function highWaterMark(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((child) => {
        try {
          const stat = readFileSync(`/proc/${child}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/**
 * Samples a process and its children while it runs. The peak is the process's own high-water
 * mark plus the largest seen in any child (Pagefind's indexer runs as one).
 */
export function watchPeakMemory(pid: number, everyMs = 100) {
  let own = 0;
  let children = 0;
  const sample = () => {
    own = Math.max(own, highWaterMark(pid));
    for (const child of childrenOf(pid)) children = Math.max(children, highWaterMark(child));
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return own + children;
    },
  };
}
