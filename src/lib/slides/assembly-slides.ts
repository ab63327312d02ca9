import type { BodyBlock, Inline } from '../body/body-blocks.ts';
import { slide, type Slide } from './slide.ts';

const text = (runs: readonly Inline[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .trim();

/**
 * An assembly's script as slides. Each `##` heading of its body starts a slide: the list under
 * it is what the slide shows, the paragraphs what the presenter says, which go to the notes.
 */
export function assemblySlides(
  assembly: { title: string; summary: string; label: string },
  blocks: readonly BodyBlock[],
): Slide[] {
  const slides: Slide[] = [
    slide({
      kind: 'title',
      heading: assembly.title,
      label: assembly.label,
      points: [assembly.summary],
    }),
  ];
  for (const block of blocks) {
    const current = slides.at(-1);
    if (block.kind === 'heading' && block.level <= 2) {
      slides.push(slide({ kind: 'points', heading: text(block.runs), label: assembly.label }));
    } else if (!current || slides.length === 1) {
      // Text before the first heading introduces the assembly: the presenter says it.
      current?.notes.push(block.kind === 'paragraph' ? text(block.runs) : '');
    } else if (block.kind === 'list') {
      current.points.push(...block.items.map((item) => text(item.runs)));
    } else if (block.kind === 'paragraph') {
      current.notes.push(text(block.runs));
    } else if (block.kind === 'heading') {
      current.points.push(text(block.runs));
    }
  }
  return slides.map((s) => ({ ...s, notes: s.notes.filter(Boolean) }));
}
