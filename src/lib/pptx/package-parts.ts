import { escapeXml } from '../docx/wordml.ts';
import { packFile, type PackedFile, type ZipFile } from '../docx/zip.ts';
import { CT, emptyTreeStart, partNamespaces, rel, relationships, XML } from './namespaces.ts';
import { theme } from './theme.ts';

// A 16:9 slide (10 × 5.625 in) and a portrait A4-ish notes page, in EMU.
const SLIDE_SIZE = '<p:sldSz cx="9144000" cy="5143500"/><p:notesSz cx="6858000" cy="9144000"/>';
const MASTER_ID = 2147483648;
const background = '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>';
const colourMap =
  'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';
const level = (size: number) => `<a:lvl1pPr><a:defRPr sz="${size * 100}"/></a:lvl1pPr>`;

const slideMaster =
  `${XML}<p:sldMaster ${partNamespaces}><p:cSld>${background}<p:spTree>${emptyTreeStart}</p:spTree></p:cSld>` +
  `<p:clrMap ${colourMap}/><p:sldLayoutIdLst><p:sldLayoutId id="${MASTER_ID + 1}" r:id="rId1"/></p:sldLayoutIdLst>` +
  `<p:txStyles><p:titleStyle>${level(32)}</p:titleStyle><p:bodyStyle>${level(24)}</p:bodyStyle><p:otherStyle>${level(18)}</p:otherStyle></p:txStyles></p:sldMaster>`;

const slideLayout = `${XML}<p:sldLayout ${partNamespaces} type="blank" preserve="1"><p:cSld name="Blank"><p:spTree>${emptyTreeStart}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;

const placeholder = (id: number, name: string, type: string, y: number, height: number) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"${type === 'body' ? ' idx="1"' : ''}/></p:nvPr></p:nvSpPr>` +
  `<p:spPr><a:xfrm><a:off x="685800" y="${y}"/><a:ext cx="5486400" cy="${height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
  (type === 'body'
    ? '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody>'
    : '') +
  '</p:sp>';

// Where the slide's picture and the notes sit on a notes page.
const notesMaster =
  `${XML}<p:notesMaster ${partNamespaces}><p:cSld>${background}<p:spTree>${emptyTreeStart}` +
  placeholder(2, 'Slide Image', 'sldImg', 685800, 3086100) +
  placeholder(3, 'Notes', 'body', 4114800, 4343400) +
  `</p:spTree></p:cSld><p:clrMap ${colourMap}/><p:notesStyle>${level(12)}</p:notesStyle></p:notesMaster>`;

const emptyPart = (element: string) => `${XML}<p:${element} ${partNamespaces}/>`;

// The parts every deck shares, compressed once per build rather than once per deck.
let shared: PackedFile[] | undefined;
const sharedParts = () =>
  (shared ??= [
    { name: 'ppt/slideMasters/slideMaster1.xml', data: slideMaster },
    {
      name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      data: relationships([
        [rel.slideLayout, '../slideLayouts/slideLayout1.xml'],
        [rel.theme, '../theme/theme1.xml'],
      ]),
    },
    { name: 'ppt/slideLayouts/slideLayout1.xml', data: slideLayout },
    {
      name: 'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
      data: relationships([[rel.slideMaster, '../slideMasters/slideMaster1.xml']]),
    },
    { name: 'ppt/notesMasters/notesMaster1.xml', data: notesMaster },
    {
      name: 'ppt/notesMasters/_rels/notesMaster1.xml.rels',
      data: relationships([[rel.theme, '../theme/theme1.xml']]),
    },
    { name: 'ppt/theme/theme1.xml', data: theme },
    { name: 'ppt/presProps.xml', data: emptyPart('presentationPr') },
    { name: 'ppt/viewProps.xml', data: emptyPart('viewPr') },
    {
      name: 'ppt/tableStyles.xml',
      data: `${XML}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`,
    },
    {
      name: '_rels/.rels',
      data: relationships([
        [rel.officeDocument, 'ppt/presentation.xml'],
        [rel.core, 'docProps/core.xml'],
        [rel.app, 'docProps/app.xml'],
      ]),
    },
  ].map(packFile));

const override = (part: string, type: string) =>
  `<Override PartName="/${part}" ContentType="${type}"/>`;

function contentTypes(slides: number): string {
  const each = (make: (n: number) => string) =>
    Array.from({ length: slides }, (_, i) => make(i + 1)).join('');
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override('ppt/presentation.xml', `${CT}.presentation.main+xml`) +
    override('ppt/slideMasters/slideMaster1.xml', `${CT}.slideMaster+xml`) +
    override('ppt/slideLayouts/slideLayout1.xml', `${CT}.slideLayout+xml`) +
    override('ppt/notesMasters/notesMaster1.xml', `${CT}.notesMaster+xml`) +
    override('ppt/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    override('ppt/presProps.xml', `${CT}.presProps+xml`) +
    override('ppt/viewProps.xml', `${CT}.viewProps+xml`) +
    override('ppt/tableStyles.xml', `${CT}.tableStyles+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override(
      'docProps/app.xml',
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ) +
    each((n) => override(`ppt/slides/slide${n}.xml`, `${CT}.slide+xml`)) +
    each((n) => override(`ppt/notesSlides/notesSlide${n}.xml`, `${CT}.notesSlide+xml`)) +
    '</Types>'
  );
}

// The presentation's own relationships: six fixed parts, then one per slide from rId7.
const FIXED_RELATIONSHIPS: [string, string][] = [
  [rel.slideMaster, 'slideMasters/slideMaster1.xml'],
  [rel.notesMaster, 'notesMasters/notesMaster1.xml'],
  [rel.theme, 'theme/theme1.xml'],
  [rel.presProps, 'presProps.xml'],
  [rel.viewProps, 'viewProps.xml'],
  [rel.tableStyles, 'tableStyles.xml'],
];

function presentation(slides: number): ZipFile[] {
  const ids = Array.from(
    { length: slides },
    (_, i) => `<p:sldId id="${256 + i}" r:id="rId${FIXED_RELATIONSHIPS.length + 1 + i}"/>`,
  ).join('');
  return [
    {
      name: 'ppt/presentation.xml',
      data: `${XML}<p:presentation ${partNamespaces} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="${MASTER_ID}" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>${ids}</p:sldIdLst>${SLIDE_SIZE}</p:presentation>`,
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: relationships([
        ...FIXED_RELATIONSHIPS,
        ...Array.from({ length: slides }, (_, i): [string, string] => [
          rel.slide,
          `slides/slide${i + 1}.xml`,
        ]),
      ]),
    },
  ];
}

/** Everything in a deck's package except its slides and notes, which `slidesPptxBytes` adds. */
export function presentationParts(
  slides: number,
  meta: { title: string; credit: string },
): (ZipFile | PackedFile)[] {
  return [
    { name: '[Content_Types].xml', data: contentTypes(slides) },
    ...sharedParts(),
    ...presentation(slides),
    {
      name: 'docProps/core.xml',
      data: `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(meta.title)}</dc:title><dc:subject>${escapeXml(meta.credit)}</dc:subject><dc:creator>Horizons</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>`,
    },
    {
      name: 'docProps/app.xml',
      data: `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Horizons</Application><PresentationFormat>On-screen Show (16:9)</PresentationFormat><Slides>${slides}</Slides><Notes>${slides}</Notes></Properties>`,
    },
  ];
}
