import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { watchPeakMemory } from './peak-memory.ts';

/** How long a command took, its peak memory and whether it worked. */
export interface TimedRun {
  ms: number;
  peakKb: number;
  ok: boolean;
  output: string;
}

/** Runs a Node script with the Node running the benchmark (24), timing it and sampling its memory. */
export function runTimed(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<TimedRun> {
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid ?? 0);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      resolve({ ms: performance.now() - start, peakKb: memory.stop(), ok: code === 0, output });
    });
  });
}
