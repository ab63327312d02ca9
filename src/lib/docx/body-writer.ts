import type { BodyBlock } from '../body/body-blocks.ts';
import { heading, listItem, paragraph, table, BULLETS } from './wordml.ts';

/** Writes body blocks as Word paragraphs; each numbered list's first number goes into `lists`. */
export class BodyWriter {
  readonly numberedListStarts: number[] = [];

  /** The blocks as WordprocessingML, with the body's headings nested under `baseLevel`. */
  write(blocks: readonly BodyBlock[], baseLevel: number): string[] {
    return blocks.flatMap((block) => {
      switch (block.kind) {
        case 'heading':
          return [
            heading(
              block.runs.map((r) => r.text).join(''),
              baseLevel + Math.max(0, block.level - 2),
            ),
          ];
        case 'paragraph':
          return [paragraph(block.runs)];
        case 'table':
          return [table(block.rows)];
        case 'list': {
          if (block.ordered) this.numberedListStarts.push(block.start);
          const numId = block.ordered ? this.numberedListStarts.length + 1 : BULLETS;
          return block.items.map((item) => listItem(item.runs, numId, item.depth));
        }
      }
    });
  }
}
