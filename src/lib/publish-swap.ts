import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The folder a build writes into before it replaces `finalDir`: a sibling, so renames are atomic. */
export const stagingDirFor = (finalDir: string): string =>
  join(dirname(finalDir), `.${basename(finalDir)}-staging`);

/**
 * Replaces `finalDir` with the finished `stagingDir` in two renames, so a reader of `finalDir`
 * sees either the whole old site or the whole new one. If the second rename fails, the old site
 * is put back.
 */
export function swapIntoPlace(stagingDir: string, finalDir: string): void {
  const previous = `${finalDir}.previous-${process.pid}`;
  const hadPrevious = existsSync(finalDir);
  if (hadPrevious) renameSync(finalDir, previous);
  try {
    renameSync(stagingDir, finalDir);
  } catch (cause) {
    if (hadPrevious) renameSync(previous, finalDir);
    throw cause;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
