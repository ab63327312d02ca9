import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImages } from '../../src/validation/rules/images.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixtureWith, validFixture } from '../helpers/fixture.ts';

const profile = 'content/role-models/fixture-person.mdx';
const withPortrait = (file: string) =>
  readFileSync(join(validFixture, profile), 'utf8').replace(
    'relatedLessons: [fixture-lesson]\n',
    `relatedLessons: [fixture-lesson]\nportrait: ./${file}\nportraitAlt: "A drawing"\n`,
  );

describe('images the content names', () => {
  it('accepts a real PNG portrait', async () => {
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#336699' },
    })
      .png()
      .toBuffer();
    const root = fixtureWith({ [profile]: withPortrait('face.png') });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'content/role-models/face.png'), png);
    expect(await checkImages(readContent(root))).toEqual([]);
  });

  it('refuses a portrait that is not really an image, whatever its name says', async () => {
    const root = fixtureWith({
      [profile]: withPortrait('face.png'),
      'content/role-models/face.png': 'This is a text file saved with a .png name.',
    });
    const [problem] = await checkImages(readContent(root));
    expect(problem).toMatchObject({ severity: 'error', file: profile, field: 'portrait' });
    expect(problem?.message).toContain('is not a picture the site can read');
  });

  it('refuses an image format the build cannot process', async () => {
    const root = fixtureWith({ [profile]: withPortrait('face.pgm') });
    const { writeFileSync } = await import('node:fs');
    // A PGM (a bare greyscale bitmap) that sharp reads but the site's image service cannot publish.
    writeFileSync(join(root, 'content/role-models/face.pgm'), 'P2\n2 2\n255\n0 255\n255 0\n');
    const problems = await checkImages(readContent(root));
    expect(problems.map((p) => p.field)).toEqual(['portrait']);
  });

  it('refuses a picture in a handout that does not exist, naming it', async () => {
    const handout = 'content/handouts/fixture-sheet.mdx';
    const text = `${readFileSync(join(validFixture, handout), 'utf8')}\n![A chart](./chart.png)\n`;
    const root = fixtureWith({ [handout]: text });
    const [problem] = await checkImages(readContent(root));
    expect(problem).toMatchObject({ file: handout, field: 'body, picture ./chart.png' });
    expect(problem?.message).toContain('chart.png does not exist');
  });
});
