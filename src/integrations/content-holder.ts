import type { ContentSnapshot } from '../validation/snapshot.ts';

/** Hands the content the validator read to integrations that run later in the same build. */
export interface ContentHolder {
  set(snapshot: ContentSnapshot): void;
  /** The validated content; throws if validation has not run, so nothing is built from nothing. */
  get(): ContentSnapshot;
  /** Lets the content go once its last reader has what it needs, so a build does not carry it. */
  release(): void;
}

export function contentHolder(): ContentHolder {
  let held: ContentSnapshot | undefined;
  return {
    set: (snapshot) => {
      held = snapshot;
    },
    get: () => {
      if (!held) throw new Error('The content validator has not run in this build.');
      return held;
    },
    release: () => {
      held = undefined;
    },
  };
}
