/** Builders for the few WordprocessingML shapes a lesson document uses, as XML strings. */
import type { Inline } from '../body/body-blocks.ts';

// Control characters XML 1.0 forbids even when escaped; one pasted into content would stop Word
// opening the document.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for an XML element or attribute, dropping characters XML cannot hold. One pass,
 * not a replace per character: it runs on every run of text in every document and slide.
 */
export const escapeXml = (text: string): string =>
  text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);

/** A run of text, optionally bold, italic or a link: the shape a content body is read into. */
export type Run = Inline;

const run = ({ text, bold = false, italic = false, href }: Run): string => {
  const props =
    `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}` +
    (href ? '<w:color w:val="1D4F91"/><w:u w:val="single"/>' : '');
  const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  // A HYPERLINK field needs no relationship part, so every document can share the same parts.
  return href
    ? `<w:fldSimple w:instr="${escapeXml(`HYPERLINK "${href.replaceAll('"', '')}"`)}">${xml}</w:fldSimple>`
    : xml;
};

/** Paragraph options; the order of properties below is the order Word's schema requires. */
export interface ParagraphOptions {
  style?: string;
  pageBreakBefore?: boolean;
  /** A list item: which list (`numId` in numbering.xml) and how deeply nested. */
  list?: { numId: number; level: number };
}

/** A paragraph of runs (a plain string is one unstyled run). */
export function paragraph(
  content: string | readonly Run[],
  options: ParagraphOptions = {},
): string {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  const props =
    (options.style ? `<w:pStyle w:val="${options.style}"/>` : '') +
    (options.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (options.list
      ? `<w:numPr><w:ilvl w:val="${options.list.level}"/><w:numId w:val="${options.list.numId}"/></w:numPr>`
      : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
}

/** A heading at level 1–4, using the Heading styles so Word's navigation pane lists it. */
export const heading = (text: string, level = 2, pageBreakBefore = false): string =>
  paragraph(text, { style: `Heading${Math.min(Math.max(level, 1), 4)}`, pageBreakBefore });

/** The numbering instance of every bulleted list (numbered lists each get their own). */
export const BULLETS = 1;

/** A list item: bulleted unless `numId` names a numbered list. */
export const listItem = (content: string | readonly Run[], numId = BULLETS, level = 0): string =>
  paragraph(content, { style: 'ListParagraph', list: { numId, level: Math.min(level, 2) } });

/** A bulleted list item. */
export const bullet = (content: string | readonly Run[]): string => listItem(content);

/** "Label: text", with the label in bold. */
export const labelled = (label: string, text: string): string =>
  paragraph([{ text: `${label}: `, bold: true }, { text }]);

// A4 text width at Word's default 1-inch margins, in twentieths of a point.
const TEXT_WIDTH = 9026;

const cell = (content: string | readonly Run[], bold: boolean): Run[] =>
  (typeof content === 'string' ? [{ text: content }] : content).map((r) => ({
    ...r,
    bold: r.bold === true || bold,
  }));

/** A full-width bordered table; the first row repeats as a header on each printed page. */
export function table(
  rows: readonly (readonly (string | readonly Run[])[])[],
  headerRow = true,
): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  const body = rows
    .map((row, i) => {
      const isHeader = headerRow && i === 0;
      const cells = Array.from(
        { length: columns },
        (_, c) =>
          `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(cell(row[c] ?? '', isHeader))}</w:tc>`,
      ).join('');
      return `<w:tr>${isHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${grid}${body}</w:tbl>`;
}
