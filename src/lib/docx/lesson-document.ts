import { markdownBlocks, type Block } from './markdown-blocks.ts';
import { wordPackage } from './package-parts.ts';
import { bullet, heading, labelled, paragraph, table } from './wordml.ts';
import { zipFiles } from './zip.ts';

/** What a lesson's Word document needs, as plain data (see `lessonDocInput`). */
export interface LessonDocInput {
  title: string;
  facts: string;
  summary: string;
  pupilOutcomes: string[];
  outcomes: { id: string; statement: string }[];
  keywords: { term: string; definition: string }[];
  resources: string[];
  steps: { title: string; minutes: number; teacher: string; pupils: string; expected: string }[];
  misconceptions: { idea: string; response: string }[];
  support: string;
  stretch: string;
  send: string[];
  challengesStereotypes: string;
  sensitive: { moment: string; guidance: string }[];
  assessment: string;
  homeLink: string;
  notesMarkdown: string;
  handouts: { title: string; markdown: string }[];
  source: string;
}

/** Turns Markdown blocks into Word paragraphs, nesting its headings under `baseLevel`. */
function fromBlocks(blocks: Block[], baseLevel: number): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return heading(block.text, baseLevel + Math.max(0, block.level - 2));
      case 'bullet':
        return bullet(block.text);
      case 'numbered':
        return bullet(block.text);
      case 'table':
        return table(block.rows);
      case 'paragraph':
        return paragraph(block.text);
    }
  });
}

function section(title: string, children: string[]): string[] {
  return children.length > 0 ? [heading(title), ...children] : [];
}

/** The lesson as an editable Word document: the same sections as the page, handouts on new pages. */
export function lessonDocumentBody(lesson: LessonDocInput): string {
  const plan: string[] = [
    heading(lesson.title, 1),
    paragraph(lesson.facts),
    paragraph(lesson.summary),
    ...section('By the end, pupils can say', lesson.pupilOutcomes.map(bullet)),
    ...section(
      'Outcome statements covered',
      lesson.outcomes.map((o) => bullet(`${o.id}: young people ${o.statement}`)),
    ),
    ...section(
      'Key words',
      lesson.keywords.map((k) => labelled(k.term, k.definition)),
    ),
    ...section('Resources', lesson.resources.map(bullet)),
    heading('Lesson plan'),
    ...lesson.steps.flatMap((step) => [
      heading(`${step.title} (${step.minutes} min)`, 3),
      labelled('Teacher', step.teacher),
      labelled('Pupils', step.pupils),
      ...(step.expected ? [labelled('Expect to hear', step.expected)] : []),
    ]),
    ...section(
      'Misconceptions to listen for',
      lesson.misconceptions.map((m) => labelled(m.idea, m.response)),
    ),
    heading('Differentiation and SEND'),
    labelled('More support', lesson.support),
    labelled('More challenge', lesson.stretch),
    ...lesson.send.map((s) => bullet(`SEND: ${s}`)),
    heading('How this lesson challenges stereotypes'),
    paragraph(lesson.challengesStereotypes),
    ...section(
      'Sensitive moments',
      lesson.sensitive.map((s) => labelled(s.moment, s.guidance)),
    ),
    heading('Checking learning'),
    paragraph(lesson.assessment),
    heading('At home with parents and carers'),
    paragraph(lesson.homeLink),
    heading('Teacher notes'),
    ...fromBlocks(markdownBlocks(lesson.notesMarkdown), 3),
    ...lesson.handouts.flatMap((h) => [
      heading(h.title, 1, true),
      paragraph('Name: ______________________ Date: ____________'),
      ...fromBlocks(markdownBlocks(h.markdown), 2),
    ]),
    paragraph([{ text: lesson.source, italics: true }]),
  ];
  return plan.join('');
}

/** The lesson as the bytes of a .docx file (A4, Word's built-in styles). */
export const lessonDocxBytes = (lesson: LessonDocInput): Buffer =>
  zipFiles(wordPackage(lessonDocumentBody(lesson), { title: lesson.title, creator: 'Horizons' }));
