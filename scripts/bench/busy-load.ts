import { spawn } from 'node:child_process';

/**
 * Keeps `cores` cores busy with other work for the whole benchmark, as on a shared CI runner or a
 * laptop doing something else, so every site is built on the same busy machine. Returns a stop.
 */
export function startBusyLoad(cores: number): () => void {
  const burners = Array.from({ length: cores }, () =>
    spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
  );
  return () => {
    for (const burner of burners) burner.kill();
  };
}
