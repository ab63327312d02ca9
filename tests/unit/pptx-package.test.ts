import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slidesPptxBytes } from '../../src/lib/pptx/slides-pptx.ts';
import { lessonSlides } from '../../src/lib/slides/lesson-slides.ts';
import { sampleQuestions } from '../helpers/quiz-questions.ts';
import { readZipEntries } from '../helpers/unzip.ts';
import { attributeValues } from '../helpers/xml-attributes.ts';
import { xmlFault } from '../helpers/xml-well-formed.ts';

const slides = lessonSlides(
  {
    title: 'Money & me <budgets>',
    year: 13,
    duration: 60,
    summary: 'Budgets.',
    pupilOutcomes: ['I can plan a budget.', 'I can say what "fixed" means.'],
    keywords: [{ term: 'Rent', definition: 'Money paid for a home.' }],
    steps: [
      { title: 'Start', minutes: 60, teacher: 'Say: "Go."', pupils: 'Plan.', expected: 'Rent.' },
    ],
    starterQuiz: [sampleQuestions.match],
    exitQuiz: [sampleQuestions.choice],
  },
  ['Before the lesson:', '• Print the sheet'],
);
const parts = readZipEntries(slidesPptxBytes(slides, { title: 'Money & me', credit: 'Horizons' }));
const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';

describe('a lesson .pptx package', () => {
  it('has well-formed XML in every part', () => {
    for (const [name, data] of parts)
      expect({ name, fault: xmlFault(data.toString('utf8')) }).toEqual({ name, fault: undefined });
  });

  it('declares a content type for every part and relates only to parts that exist', () => {
    const types = text('[Content_Types].xml');
    const overrides = attributeValues(types, 'Override', 'PartName');
    for (const part of overrides) expect(parts.has(part.slice(1))).toBe(true);
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
      expect(overrides).toContain(`/${name}`);
    }
    for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels'))) {
      // A part's relationships live in _rels/ beside it; targets are relative to the part.
      const folder = posix.dirname(posix.dirname(name));
      for (const target of attributeValues(text(name), 'Relationship', 'Target'))
        expect({ name, target, exists: parts.has(posix.join(folder, target)) }).toMatchObject({
          exists: true,
        });
    }
  });

  it('lists one slide and one notes page per slide, in order, with ids PowerPoint accepts', () => {
    const presentation = text('ppt/presentation.xml');
    const ids = attributeValues(presentation, 'p:sldId', 'id').map(Number);
    expect(ids).toHaveLength(slides.length);
    expect(ids[0]).toBe(256);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(attributeValues(presentation, 'p:sldMasterId', 'id')[0])).toBeGreaterThanOrEqual(
      2147483648,
    );
    const targets = attributeValues(
      text('ppt/_rels/presentation.xml.rels'),
      'Relationship',
      'Target',
    );
    const relIds = attributeValues(presentation, 'p:sldId', 'r:id');
    const byId = new Map(
      attributeValues(text('ppt/_rels/presentation.xml.rels'), 'Relationship', 'Id').map(
        (id, i) => [id, targets[i]],
      ),
    );
    expect(relIds.map((id) => byId.get(id))).toEqual(
      slides.map((_, i) => `slides/slide${i + 1}.xml`),
    );
    for (let n = 1; n <= slides.length; n++) {
      const shapeIds = attributeValues(text(`ppt/slides/slide${n}.xml`), 'p:cNvPr', 'id');
      expect(new Set(shapeIds).size).toBe(shapeIds.length);
      expect(parts.has(`ppt/notesSlides/notesSlide${n}.xml`)).toBe(true);
    }
  });

  it('writes the slide text escaped and the teacher lines as speaker notes', () => {
    expect(text('ppt/slides/slide1.xml')).toContain('Money &amp; me &lt;budgets&gt;');
    expect(text('ppt/slides/slide1.xml')).toContain('I can say what &quot;fixed&quot; means.');
    const step = slides.findIndex((s) => s.heading === 'Start') + 1;
    expect(text(`ppt/slides/slide${step}.xml`)).not.toContain('Say:');
    expect(text(`ppt/notesSlides/notesSlide${step}.xml`)).toContain('Say: &quot;Go.&quot;');
    expect(text('ppt/notesSlides/notesSlide1.xml')).toContain('• Print the sheet');
    expect(text('docProps/core.xml')).toContain('<dc:title>Money &amp; me</dc:title>');
  });
});
