import { escapeXml } from './wordml.ts';
import { packFile, type PackedFile, type ZipFile } from './zip.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const packageRels = `${XML}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const documentRels = `${XML}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`;

const headingStyle = (level: number, halfPoints: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${halfPoints}"/></w:rPr></w:style>`;

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;

// Word's built-in names (Normal, heading 1–4, List Paragraph, Table Grid) so a teacher's own
// templates and the navigation pane recognise them.
const styles = `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${headingStyle(1, 36)}${headingStyle(2, 30)}${headingStyle(3, 26)}${headingStyle(4, 24)}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr></w:style></w:styles>`;

const level = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;

// Abstract list 0 is bullets; 1 is numbers (1., a., i. as lists nest).
const abstractLists =
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'bullet', '•')}${level(1, 'bullet', '◦')}${level(2, 'bullet', '▪')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2.')}${level(2, 'lowerRoman', '%3.')}</w:abstractNum>`;

/**
 * Numbering for one document: instance 1 is every bulleted list; each numbered list has an
 * instance of its own from 2 on, so each starts again from its own first number.
 */
const numbering = (numberedListStarts: readonly number[]) =>
  `${XML}<w:numbering xmlns:w="${W}">${abstractLists}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${numberedListStarts
    .map(
      (start, i) =>
        `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`,
    )
    .join('')}</w:numbering>`;

const coreProperties = (title: string, creator: string) =>
  `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>`;

// A4 portrait with 1-inch margins, in twentieths of a point.
const A4_SECTION =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';

// The parts every lesson document shares, compressed once per build rather than once per lesson.
let sharedParts: { before: PackedFile[]; after: PackedFile[] } | undefined;
const shared = () =>
  (sharedParts ??= {
    before: [
      { name: '[Content_Types].xml', data: contentTypes },
      { name: '_rels/.rels', data: packageRels },
    ].map(packFile),
    after: [
      { name: 'word/_rels/document.xml.rels', data: documentRels },
      { name: 'word/styles.xml', data: styles },
    ].map(packFile),
  });

/** Every part of a .docx package around a body of WordprocessingML blocks. */
export function wordPackage(
  body: string,
  meta: { title: string; creator: string },
  numberedListStarts: readonly number[] = [],
): (ZipFile | PackedFile)[] {
  const { before, after } = shared();
  return [
    ...before,
    { name: 'docProps/core.xml', data: coreProperties(meta.title, meta.creator) },
    {
      name: 'word/document.xml',
      data: `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${A4_SECTION}</w:body></w:document>`,
    },
    ...after,
    { name: 'word/numbering.xml', data: numbering(numberedListStarts) },
  ];
}
