import { describe, expect, it } from 'vitest';
import { hasSpareCore, idleCoresBetween, placeDocuments } from '../../src/lib/finish/idle-cores.ts';

const core = (idle: number, total: number) => ({ idle, total });

describe('sizing the document worker from the cores actually free', () => {
  it('counts how many cores sat idle between two readings', () => {
    const before = [core(0, 0), core(0, 0)];
    // One core busy throughout, the other idle throughout.
    expect(idleCoresBetween(before, [core(0, 1000), core(1000, 1000)])).toBeCloseTo(1);
    // Both half busy.
    expect(idleCoresBetween(before, [core(500, 1000), core(500, 1000)])).toBeCloseTo(1);
    // A shared machine: another job takes most of the second core.
    expect(idleCoresBetween(before, [core(0, 1000), core(200, 1000)])).toBeCloseTo(0.2);
  });

  it('says nothing is idle when no time has passed', () => {
    const same = [core(10, 20)];
    expect(idleCoresBetween(same, same)).toBe(0);
  });

  it('starts a worker beside the pages only with a second core that is mostly idle', () => {
    expect(hasSpareCore(1, 2)).toBe(true);
    expect(hasSpareCore(0.7, 2)).toBe(true);
    expect(hasSpareCore(0.1, 2)).toBe(false);
    // One core for the process: the worker would always take turns with the page build.
    expect(hasSpareCore(3, 1)).toBe(false);
  });

  it('lets HORIZONS_DOCUMENTS choose, and says when its value is not one it knows', () => {
    expect(placeDocuments(0, 'beside-pages', 2)).toEqual({
      besidePages: true,
      reason: 'HORIZONS_DOCUMENTS=beside-pages',
    });
    expect(placeDocuments(1, 'after-pages', 2).besidePages).toBe(false);
    expect(placeDocuments(1, undefined, 2)).toEqual({
      besidePages: true,
      reason: '1.0 cores idle as the build started',
    });
    const typo = placeDocuments(0.1, 'after', 2);
    expect(typo.besidePages).toBe(false);
    expect(typo.reason).toContain('HORIZONS_DOCUMENTS="after" ignored');
  });
});
