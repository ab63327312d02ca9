import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/validation/read-content.ts';
import type { ContentSnapshot } from '../../src/validation/snapshot.ts';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const validFixture = join(projectRoot, 'tests', 'fixtures', 'valid');

/** The date tests treat as today, so date rules do not drift with the calendar. */
export const today = new Date('2026-11-23T00:00:00Z');

/** A fresh snapshot of the valid fixture, safe to change in a test. */
export const validSnapshot = (): ContentSnapshot => readContent(validFixture);

/** Copies the valid fixture to a temporary folder, writes the given files over it, and returns its path. */
export function fixtureWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'horizons-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}
