import { readFileSync } from 'node:fs';
import { error, type Problem } from './problem.ts';

/** A content file whose bytes are not UTF-8, with the line of the first bad byte. */
export class NotUtf8Error extends Error {
  /** The line (from 1) holding the first byte that is not UTF-8. */
  readonly line: number;
  /** That line as far as it can be read, so the person can find it. */
  readonly lineText: string;

  constructor(line: number, lineText: string) {
    super(`Line ${line} is not UTF-8.`);
    this.line = line;
    this.lineText = lineText;
  }
}

/**
 * Where the first byte that is not UTF-8 is, in bytes already known not to be UTF-8. Decoding a
 * prefix as a stream leaves a character cut off at its end waiting for its next byte, so the
 * longest prefix that reads ends just before the bad byte (or before the byte that should have
 * followed a lead byte, which is on the same line).
 */
function firstBadByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (good < bad) {
    const middle = Math.ceil((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle - 1;
    }
  }
  // Every prefix reads: the file ends part way through a character.
  return good < bytes.length ? good : bytes.length - 1;
}

/**
 * Decodes a content file's bytes as UTF-8. Node's lenient 'utf8' turns a byte it cannot read
 * (a £ or é saved by an older editor as Windows-1252) into U+FFFD without a word, and the build
 * then fails far from the cause; this names the line instead. Throws NotUtf8Error.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const lineEnd = bytes.indexOf(0x0a, at);
    const lineText = new TextDecoder('utf-8')
      .decode(bytes.subarray(lineStart, lineEnd === -1 ? bytes.length : lineEnd))
      .trim();
    throw new NotUtf8Error(line, lineText);
  }
}

/** Reads a content file as UTF-8 text; throws NotUtf8Error naming the line of the first bad byte. */
export const readUtf8 = (path: string): string => decodeUtf8(readFileSync(path));

/** The problem for a file that is not UTF-8: its line, as far as it can be read, and the fix. */
export function notUtf8Problem(file: string, { line, lineText }: NotUtf8Error): Problem {
  const shown = lineText.length > 60 ? `${lineText.slice(0, 60)}…` : lineText;
  return error({
    rule: 'encoding',
    file,
    field: `line ${line}`,
    message: `Line ${line} has a character that is not saved as UTF-8 (shown here as �): "${shown}". Letters such as £, é or curly quotes saved by an older editor look like this, and the site can't be built from the file.`,
    fix: 'Save the file as UTF-8 in your editor (in Notepad: File, Save as, Encoding: UTF-8; in VS Code: click the encoding in the status bar, then "Save with Encoding", UTF-8), then check that line and type the character again if it still looks wrong.',
  });
}
