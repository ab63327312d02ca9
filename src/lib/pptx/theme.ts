import { A, XML } from './namespaces.ts';

const colour = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
const solid = (scheme: string) => `<a:solidFill><a:schemeClr val="${scheme}"/></a:solidFill>`;
const line = (width: number) =>
  `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${solid('phClr')}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
const font = (typeface: string) =>
  `<a:latin typeface="${typeface}"/><a:ea typeface=""/><a:cs typeface=""/>`;

/**
 * The one theme the slides and notes use: Horizons' colours (the site's brand blue as accent 1)
 * and Arial. Every list in the format scheme must hold at least three entries.
 */
export const theme =
  `${XML}<a:theme xmlns:a="${A}" name="Horizons"><a:themeElements>` +
  `<a:clrScheme name="Horizons"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  colour('dk2', '1B1B1B') +
  colour('lt2', 'F3F5F8') +
  colour('accent1', '1D4F91') +
  colour('accent2', '8A2A63') +
  colour('accent3', '1E6B34') +
  colour('accent4', 'A4231C') +
  colour('accent5', '4A4A4A') +
  colour('accent6', '8A8F98') +
  colour('hlink', '1D4F91') +
  colour('folHlink', '8A2A63') +
  `</a:clrScheme><a:fontScheme name="Horizons"><a:majorFont>${font('Arial')}</a:majorFont><a:minorFont>${font('Arial')}</a:minorFont></a:fontScheme>` +
  `<a:fmtScheme name="Horizons"><a:fillStyleLst>${solid('phClr').repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solid('phClr').repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
  `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
