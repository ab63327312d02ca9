import { sharedBodyBlocks } from '../body/body-blocks.ts';
import { BodyWriter } from './body-writer.ts';
import { wordPackage } from './package-parts.ts';
import { heading, paragraph } from './wordml.ts';
import { zipFiles } from './zip.ts';

/** What a template or staff sheet's Word document needs. */
export interface HandoutDocInput {
  title: string;
  summary: string;
  markdown: string;
  /** Where it came from and its licence. */
  source: string;
}

/** Templates and staff sheets the careers leader fills in or adapts, so they download as Word. */
export const wordHandoutKinds: ReadonlySet<string> = new Set(['template', 'staff-sheet']);

/** A template or staff sheet as the bytes of an editable .docx file, on A4. */
export function handoutDocxBytes(handout: HandoutDocInput): Buffer {
  const writer = new BodyWriter();
  const body = [
    heading(handout.title, 1),
    paragraph([{ text: handout.summary, italic: true }]),
    ...writer.write(sharedBodyBlocks(handout.markdown), 2),
    paragraph([{ text: handout.source, italic: true }]),
  ].join('');
  return zipFiles(
    wordPackage(body, { title: handout.title, creator: 'Horizons' }, writer.numberedListStarts),
  );
}
