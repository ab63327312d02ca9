import { packFile, zipFiles, type PackedFile } from '../docx/zip.ts';
import type { Slide } from '../slides/slide.ts';
import { rel, relationships } from './namespaces.ts';
import { presentationParts } from './package-parts.ts';
import { notesSlideXml, slideXml } from './slide-xml.ts';

// Slide n's relationships are the same in every deck, so each is compressed once per build.
const slideRelationships: PackedFile[][] = [];
function relationshipsOfSlide(n: number): PackedFile[] {
  return (slideRelationships[n] ??= [
    {
      name: `ppt/slides/_rels/slide${n}.xml.rels`,
      data: relationships([
        [rel.slideLayout, '../slideLayouts/slideLayout1.xml'],
        [rel.notesSlide, `../notesSlides/notesSlide${n}.xml`],
      ]),
    },
    {
      name: `ppt/notesSlides/_rels/notesSlide${n}.xml.rels`,
      data: relationships([
        [rel.notesMaster, '../notesMasters/notesMaster1.xml'],
        [rel.slide, `../slides/slide${n}.xml`],
      ]),
    },
  ].map(packFile));
}

/**
 * A deck of slides as the bytes of a .pptx file, with each slide's teacher notes as its speaker
 * notes. Written by hand, like the Word documents: pptxgenjs took 7.4 ms a deck (most of it in
 * JSZip's asynchronous packing, which it cannot compress without a further 20 ms), adding 6 s to a
 * 1,000-lesson `npm run bench` build; this writer takes well under a millisecond. LibreOffice
 * opens every deck in `npm test`.
 */
export function slidesPptxBytes(
  slides: readonly Slide[],
  meta: { title: string; credit: string },
): Buffer {
  return zipFiles([
    ...presentationParts(slides.length, meta),
    ...slides.flatMap((slide, i) => {
      const n = i + 1;
      const [slideRels, notesRels] = relationshipsOfSlide(n);
      return [
        { name: `ppt/slides/slide${n}.xml`, data: slideXml(slide) },
        ...(slideRels ? [slideRels] : []),
        { name: `ppt/notesSlides/notesSlide${n}.xml`, data: notesSlideXml(slide.notes) },
        ...(notesRels ? [notesRels] : []),
      ];
    }),
  ]);
}
