import type { QuestionView } from '../quiz/quiz-view.ts';
import type { Slide } from '../slides/slide.ts';
import { emptyTreeStart, partNamespaces, XML } from './namespaces.ts';
import { linesXml, paragraphsXml, type TextParagraph } from './text-body.ts';

// Positions in EMU (914,400 to the inch) on a 10 × 5.625 in (16:9) slide.
const INCH = 914400;
const LEFT = INCH / 2;
const WIDTH = 9 * INCH;
const TEXT = '1B1B1B';
const MUTED = '4A4A4A';
const BRAND = '1D4F91';

interface Box {
  y: number;
  height: number;
  /** Type size in points for runs that set none. */
  size: number;
  paragraphs: TextParagraph[];
}

/** A text box; PowerPoint shrinks its text to fit (normAutofit) if a slide holds too much. */
const boxXml = (id: number, { y, height, size, paragraphs }: Box) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id - 1}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
  `<p:spPr><a:xfrm><a:off x="${LEFT}" y="${Math.round(y * INCH)}"/><a:ext cx="${WIDTH}" cy="${Math.round(height * INCH)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
  `<p:txBody><a:bodyPr wrap="square" rtlCol="0" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/>${paragraphsXml(paragraphs, size)}</p:txBody></p:sp>`;

const labelled = (c: { label: string; text: string }): TextParagraph => ({
  runs: [{ text: `${c.label}   `, bold: true, colour: BRAND }, { text: c.text }],
});

function questionParagraphs(view: QuestionView, withAnswer: boolean): TextParagraph[] {
  return [
    { runs: [{ text: view.instruction, colour: MUTED, size: 20 }] },
    ...view.matchFrom.map(labelled),
    ...view.choices.map(labelled),
    ...(withAnswer
      ? [
          { runs: [{ text: 'Answer: ', bold: true }, { text: view.answer }] },
          { runs: [{ text: view.explanation, size: 20 }] },
        ]
      : []),
  ];
}

/** What the slide's main text box holds, by the kind of slide it is. */
function bodyParagraphs(slide: Slide): TextParagraph[] {
  if (slide.question) return questionParagraphs(slide.question, slide.kind === 'answer');
  if (slide.kind === 'keywords') {
    return slide.terms.map((t) => ({
      runs: [{ text: `${t.term}: `, bold: true }, { text: t.definition }],
    }));
  }
  return slide.points.map((text) => ({ runs: [{ text }], bullet: slide.points.length > 1 }));
}

/** A slide as PresentationML: its label, heading and body as three text boxes. */
export function slideXml(slide: Slide): string {
  const boxes: Box[] = [
    {
      y: 0.2,
      height: 0.4,
      size: 16,
      paragraphs: [{ runs: [{ text: slide.label, colour: MUTED }] }],
    },
    {
      y: 0.6,
      height: 1.2,
      size: slide.kind === 'title' ? 36 : 30,
      paragraphs: [{ runs: [{ text: slide.heading, bold: true, colour: TEXT }] }],
    },
    { y: 1.9, height: 3.5, size: 24, paragraphs: bodyParagraphs(slide) },
  ].filter((box) => box.paragraphs.some((p) => p.runs.some((r) => r.text !== '')));
  return (
    `${XML}<p:sld ${partNamespaces}><p:cSld><p:spTree>${emptyTreeStart}` +
    boxes.map((box, i) => boxXml(i + 2, box)).join('') +
    `</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`
  );
}

/** A slide's speaker notes: the slide's picture, then the notes as paragraphs. */
export function notesSlideXml(notes: readonly string[]): string {
  return (
    `${XML}<p:notes ${partNamespaces}><p:cSld><p:spTree>${emptyTreeStart}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${notes.length > 0 ? linesXml(notes, 12) : '<a:p><a:endParaRPr lang="en-GB"/></a:p>'}</p:txBody></p:sp>` +
    `</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`
  );
}
