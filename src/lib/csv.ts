/**
 * A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
 * before one) as a formula, so a title typed as `=HYPERLINK(…)` would run when a careers leader
 * opens the file. As OWASP recommends for CSV injection, such a cell starts with `'`, which
 * spreadsheets take to mean "this is text". The accepted price: harmless text such as "-5" or
 * "- item" gets the `'` too, so "-5" opens as text rather than a number and a text editor shows
 * the `'`. Telling a harmless minus from a formula is exactly what attackers play on, so every
 * such cell is treated alike.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that could be read as a formula is neutralised, then the field is quoted
 * when it holds a comma, quote or line break (RFC 4180). Numbers are the site's own counts, never
 * typed text, so they are written as numbers.
 */
const field = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : value.replace(formulaStart, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV text with CRLF line ends, which spreadsheets open without asking. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
