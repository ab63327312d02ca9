import { escapeXml } from '../docx/wordml.ts';

/** A run of slide text and how it looks. */
export interface TextRun {
  text: string;
  bold?: boolean;
  /** An RGB colour such as "1D4F91"; the theme's text colour if absent. */
  colour?: string;
  /** Size in points; the text box's own size if absent. */
  size?: number;
}

/** One paragraph of a text box: its runs, and whether it is a bulleted point. */
export interface TextParagraph {
  runs: TextRun[];
  bullet?: boolean;
}

const runXml = ({ text, bold, colour, size }: TextRun, boxSize: number) =>
  `<a:r><a:rPr lang="en-GB" sz="${(size ?? boxSize) * 100}"${bold ? ' b="1"' : ''} dirty="0">` +
  (colour ? `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` : '') +
  `<a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;

// Six points after each paragraph; bullets hang 0.375 in. A paragraph without a bullet says so,
// or it would take the master's.
const SPACE_AFTER = '<a:spcAft><a:spcPts val="600"/></a:spcAft>';
const BULLET = `<a:pPr marL="342900" indent="-342900">${SPACE_AFTER}<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>`;
const NO_BULLET = `<a:pPr marL="0" indent="0">${SPACE_AFTER}<a:buNone/></a:pPr>`;

/** Paragraphs as DrawingML `<a:p>` elements, in text of `boxSize` points unless a run says. */
export const paragraphsXml = (paragraphs: readonly TextParagraph[], boxSize: number): string =>
  paragraphs
    .map(
      ({ runs, bullet }) =>
        `<a:p>${bullet ? BULLET : NO_BULLET}${runs.map((r) => runXml(r, boxSize)).join('')}</a:p>`,
    )
    .join('');

/** Plain lines as paragraphs (speaker notes). */
export const linesXml = (lines: readonly string[], size: number): string =>
  paragraphsXml(
    lines.map((text) => ({ runs: [{ text }] })),
    size,
  );
