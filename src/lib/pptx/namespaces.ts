/** XML namespaces and the declaration every PresentationML part starts with. */
export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'application/vnd.openxmlformats-officedocument.presentationml';

/** The namespaces a slide-like part (slide, master, layout, notes) declares. */
export const partNamespaces = `xmlns:a="${A}" xmlns:r="${R}" xmlns:p="${P}"`;

/** A relationships part listing `[type, target]` pairs as rId1, rId2… */
export const relationships = (targets: readonly (readonly [string, string])[]): string =>
  `${XML}<Relationships xmlns="${PKG_R}">${targets
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('')}</Relationships>`;

/** Relationship types, by the short names the parts use. */
export const rel = {
  officeDocument: `${R}/officeDocument`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: `${R}/extended-properties`,
  slideMaster: `${R}/slideMaster`,
  slideLayout: `${R}/slideLayout`,
  slide: `${R}/slide`,
  notesMaster: `${R}/notesMaster`,
  notesSlide: `${R}/notesSlide`,
  theme: `${R}/theme`,
  presProps: `${R}/presProps`,
  viewProps: `${R}/viewProps`,
  tableStyles: `${R}/tableStyles`,
};

/** An empty shape tree's required group properties, which every slide-like part opens with. */
export const emptyTreeStart =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';
