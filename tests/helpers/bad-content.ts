// Makes one broken copy of the valid fixture, runs `scripts/validate.ts` over it as a school
// would, and reads the report back into its problem blocks. Used by the bad-content catalogue.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureWith, projectRoot, validFixture } from './fixture.ts';

/** A file's new text: whole, raw bytes (for encodings), or a change to the valid fixture's own text. */
export type FileChange = string | Buffer | ((fixtureText: string) => string);

/** How to make one broken tree from the valid fixture. */
export interface BrokenTree {
  /** Files written over the valid fixture, by path from the tree's root. */
  files?: Record<string, FileChange>;
  /** Anything else (deleting or renaming a file), run after `files` are written. */
  setup?: (dir: string) => void;
}

/** The valid fixture's text of one file. */
export const fixtureText = (path: string): string => readFileSync(join(validFixture, path), 'utf8');

/**
 * A change that replaces `from` with `to` in the fixture's text, and fails loudly if `from` is not
 * there: a case whose mistake was never made would pass for the wrong reason.
 */
export const replace =
  (from: string | RegExp, to: string) =>
  (text: string): string => {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`The valid fixture no longer contains ${String(from)}.`);
    return text.replace(from, to);
  };

/** Builds the broken tree in a temporary folder and returns its path. */
export function makeBrokenTree({ files = {}, setup }: BrokenTree): string {
  const overTheFixture: Record<string, string> = {};
  const elsewhere: [string, string | Buffer][] = [];
  for (const [path, change] of Object.entries(files)) {
    const content = typeof change === 'function' ? change(fixtureText(path)) : change;
    // fixtureWith writes text into folders the fixture has; bytes and new folders are written here.
    if (typeof content === 'string' && existsSync(join(validFixture, dirname(path))))
      overTheFixture[path] = content;
    else elsewhere.push([path, content]);
  }
  const dir = fixtureWith(overTheFixture);
  for (const [path, content] of elsewhere) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  setup?.(dir);
  return dir;
}

const validateScript = join(projectRoot, 'scripts', 'validate.ts');
/** Node's compile cache, shared by every run: loading the validator's modules is most of its time. */
const compileCache = join(projectRoot, '.tmp', 'validate-compile-cache');

/** Runs `npm run validate`'s script in `dir` with the Node running the tests (24, not the system's). */
export function runValidate(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [validateScript], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', NODE_COMPILE_CACHE: compileCache },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}

/** Runs at most `slots` tasks at once; the rest wait their turn. */
export function concurrencyLimit(slots: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= slots) await new Promise<void>((start) => waiting.push(start));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** Builds the broken tree, validates it, and removes it again. */
export async function validateBrokenTree(tree: BrokenTree) {
  const dir = makeBrokenTree(tree);
  try {
    return await runValidate(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One problem as the report prints it: `ERROR  file  ›  field`, then the message and the fix. */
export interface ReportedProblem {
  severity: 'ERROR' | 'warning';
  file: string;
  field: string;
  /** Every line of the block, as printed. */
  text: string;
}

/** The problem blocks of a validate report, leaving out the summary that follows them. */
export function problemBlocks(report: string): ReportedProblem[] {
  const blocks: ReportedProblem[] = [];
  let current: ReportedProblem | undefined;
  for (const line of report.split('\n')) {
    const header = /^(ERROR|warning) {2}(.*?) {2}› {2}(.*)$/.exec(line);
    if (header) {
      current = {
        severity: header[1] as ReportedProblem['severity'],
        file: header[2] ?? '',
        field: header[3] ?? '',
        text: line,
      };
      blocks.push(current);
    } else if (current && line.startsWith('  ')) current.text += `\n${line}`;
    else current = undefined;
  }
  return blocks;
}

/** Words that belong to the code, not to a teacher editing a file. */
export const developerJargon =
  /\b(string|array|boolean|regex|enum|received|expected|undefined|null|NaN|schema|zod|stack)\b/i;

/** A Node stack trace: the tool fell over instead of saying what is wrong. */
export const stackTrace = /\n\s+at /;
