/** How serious a problem is: errors fail the build, warnings are reported and allowed. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, said so a teacher can act on it. */
export interface Problem {
  severity: Severity;
  /** The rule that found it, e.g. `dangling-reference`. */
  rule: string;
  /** The file, relative to the project root. */
  file: string;
  /** The field inside the file, e.g. `steps[2].minutes`; empty for the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to put it right. */
  fix: string;
}

/** Builds an error; rules read better with the severity up front. */
export const error = (p: Omit<Problem, 'severity'>): Problem => ({ severity: 'error', ...p });

/** Builds a warning. */
export const warning = (p: Omit<Problem, 'severity'>): Problem => ({ severity: 'warning', ...p });

/** Writes a zod-style path (["steps", 2, "minutes"]) as `steps[2].minutes`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}
