import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Opens a file with LibreOffice (headless), converts it to PDF, and returns the PDF's text as
 * pdftotext reads it, with its page count: what an independent reader makes of our export.
 * `withNotes` adds a page for each slide's speaker notes (presentations only).
 */
export function textThroughLibreOffice(
  file: string,
  { withNotes = false } = {},
): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'horizons-office-'));
  // A profile of its own, so two conversions at once never share LibreOffice's lock file.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      // Impress can add a page for each slide's speaker notes after the slides themselves.
      withNotes
        ? 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}'
        : 'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice made no PDF from ${file}.`);
  const { text, pages } = pdfThroughPoppler(join(dir, pdf));
  return { text, pages };
}

/** A PDF's text, page count and page size as poppler reads them. */
export function pdfThroughPoppler(file: string): { text: string; pages: number; size: string } {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
  };
}
