import { plainText, type BodyBlock } from './body-blocks.ts';

/**
 * A body as lines of plain text, for places that hold no formatting (slide speaker notes):
 * headings end with a colon, list items keep their bullet or number, table rows join their cells.
 */
export function bodyLines(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [`${plainText(block.runs)}:`];
      case 'paragraph':
        return [plainText(block.runs).replace(/\s*\n\s*/g, ' ')];
      case 'list':
        return block.items.map(
          (item, i) =>
            `${'  '.repeat(item.depth)}${block.ordered && item.depth === 0 ? `${block.start + i}.` : '•'} ${plainText(item.runs)}`,
        );
      case 'table':
        return block.rows.map((row) => row.map(plainText).join(' | '));
    }
  });
}
