import { describe, expect, it } from 'vitest';
import { bodyBlocks, plainText } from '../../src/lib/body/body-blocks.ts';

describe('bodyBlocks', () => {
  it('reads headings, paragraphs, lists and tables through the MDX compiler', () => {
    const blocks = bodyBlocks(
      '## Before the lesson\n\nPrint **30** copies\nof the sheet.\n\n- one\n  - inner\n\n3. three\n4. four\n\n| Card | Job |\n| --- | --- |\n| 1 | Nurse |\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Before the lesson' }] },
      {
        kind: 'paragraph',
        runs: [{ text: 'Print ' }, { text: '30', bold: true }, { text: ' copies\nof the sheet.' }],
      },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          { runs: [{ text: 'one' }], depth: 0 },
          { runs: [{ text: 'inner' }], depth: 1 },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          { runs: [{ text: 'three' }], depth: 0 },
          { runs: [{ text: 'four' }], depth: 0 },
        ],
      },
      {
        kind: 'table',
        rows: [
          [[{ text: 'Card' }], [{ text: 'Job' }]],
          [[{ text: '1' }], [{ text: 'Nurse' }]],
        ],
      },
    ]);
  });

  it('keeps links and emphasis, nested inside each other', () => {
    const [block] = bodyBlocks('See _[the **guide**](https://example.org)_ now.');
    expect(block).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'See ' },
        { text: 'the ', italic: true, href: 'https://example.org' },
        { text: 'guide', italic: true, bold: true, href: 'https://example.org' },
        { text: ' now.' },
      ],
    });
    expect(block && block.kind === 'paragraph' && plainText(block.runs)).toBe('See the guide now.');
  });
});
