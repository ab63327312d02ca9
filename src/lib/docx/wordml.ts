/** Builders for the few WordprocessingML shapes a lesson document uses, as XML strings. */

// Control characters XML 1.0 forbids even when escaped; one pasted into content would stop Word
// opening the document.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element or attribute, dropping characters XML cannot hold. */
export const escapeXml = (text: string): string =>
  text
    .replace(FORBIDDEN_IN_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

/** A run of text, optionally bold or italic. */
export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

const run = ({ text, bold = false, italics = false }: Run): string => {
  const props = `${bold ? '<w:b/>' : ''}${italics ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
};

/** Paragraph options; the order of properties below is the order Word's schema requires. */
export interface ParagraphOptions {
  style?: string;
  pageBreakBefore?: boolean;
  bullet?: boolean;
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
    (options.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;
}

/** A heading at level 1–4, using the Heading styles so Word's navigation pane lists it. */
export const heading = (text: string, level = 2, pageBreakBefore = false): string =>
  paragraph(text, { style: `Heading${Math.min(Math.max(level, 1), 4)}`, pageBreakBefore });

/** A bulleted list item. */
export const bullet = (text: string): string =>
  paragraph(text, { style: 'ListParagraph', bullet: true });

/** "Label: text", with the label in bold. */
export const labelled = (label: string, text: string): string =>
  paragraph([{ text: `${label}: `, bold: true }, { text }]);

// A4 text width at Word's default 1-inch margins, in twentieths of a point.
const TEXT_WIDTH = 9026;

/** A full-width bordered table; the first row repeats as a header on each printed page. */
export function table(rows: readonly (readonly string[])[], headerRow = true): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  const body = rows
    .map((row, i) => {
      const isHeader = headerRow && i === 0;
      const cells = Array.from(
        { length: columns },
        (_, c) =>
          `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph([{ text: row[c] ?? '', bold: isHeader }])}</w:tc>`,
      ).join('');
      return `<w:tr>${isHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${grid}${body}</w:tbl>`;
}
