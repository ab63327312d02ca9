import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/validation/read-content.ts';
import { checkSvgSafety } from '../../src/validation/rules/svg-safety.ts';
import { unsafeSvgParts } from '../../src/validation/unsafe-svg.ts';
import { fixtureWith, projectRoot, validFixture } from '../helpers/fixture.ts';

const svg = (inside: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inside}</svg>`;

const found = (text: string) => unsafeSvgParts(text).map((f) => f.found);

describe('unsafeSvgParts', () => {
  it('passes every portrait and picture Horizons publishes: they are its own plain drawings', () => {
    const folders = ['content/role-models', 'public'];
    const files = folders.flatMap((folder) =>
      readdirSync(join(projectRoot, folder))
        .filter((name) => name.endsWith('.svg'))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect({
        file,
        parts: unsafeSvgParts(readFileSync(join(projectRoot, file), 'utf8')),
      }).toEqual({
        file,
        parts: [],
      });
    }
  });

  it('passes what drawing programs write in a plain drawing', () => {
    const plain = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" viewBox="0 0 10 10">
  <title>A person holding a phone</title>
  <metadata><rdf:RDF><rdf:Description rdf:about=""/></rdf:RDF></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
  <clipPath id="c"><rect width="5" height="5"/></clipPath></defs>
  <style>.skin { fill: url(#g); } .a { clip-path: url( '#c' ); }</style>
  <rect width="10" height="10" fill="url(#g)" style="stroke: url(&quot;#g&quot;)"/>
  <use href="#c"/><use xlink:href="#c"/>
</svg>`;
    expect(unsafeSvgParts(plain)).toEqual([]);
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), '<script'],
    ['a script with a namespace prefix', svg('<svg:script>alert(1)</svg:script>'), '<svg:script'],
    [
      'a script hidden from XML readers in CDATA',
      svg('<style><![CDATA[</style><script>x</script>]]></style>'),
      '<script',
    ],
    ['an event handler', '<svg onload="alert(1)"/>', 'onload='],
    ['an event handler after a slash', '<svg/onload=alert(1)>', 'onload='],
    ['an event handler with a prefix', svg('<g ev:onclick="x"/>'), 'onclick='],
    ['embedded web content', svg('<foreignObject><div>hi</div></foreignObject>'), '<foreignObject'],
    [
      'a link out of the drawing',
      svg('<a href="https://evil.example/">x</a>'),
      'href="https://evil.example/"',
    ],
    [
      'a javascript: link',
      svg("<a xlink:href='javascript:alert(1)'>x</a>"),
      "xlink:href='javascript:alert(1)'",
    ],
    [
      'a picture from another site',
      svg('<image href="https://evil.example/x.png"/>'),
      'href="https://evil.example/x.png"',
    ],
    ['a picture from another file', svg('<image src=photo.png />'), 'src=photo.png'],
    [
      'a link spelled with character references',
      svg('<use href="&#104;ttp://x/#a"/>'),
      'href="&#104;ttp://x/#a"',
    ],
    ['a fill from another file', svg('<rect fill="url(other.svg#g)"/>'), 'url(other.svg#g)'],
    [
      'url() spelled with a character reference',
      svg('<rect fill="u&#114;l(http://x/)"/>'),
      'url(http://x/)',
    ],
    [
      'url() spelled with a CSS escape',
      svg('<style>.a{fill:u\\72 l(http://x/)}</style>'),
      'url(http://x/)',
    ],
    [
      'a quoted url() in a style',
      svg(`<style>.a{background:url( "https://x/a.png" )}</style>`),
      'url(https://x/a.png)',
    ],
    [
      'an entity declaration',
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('&x;')}`,
      '<!ENTITY',
    ],
    [
      'a style sheet processing instruction',
      `<?xml-stylesheet href="#s"?>${svg('')}`,
      '<?xml-stylesheet',
    ],
    ['a style sheet import', svg('<style>@import "x.css";</style>'), '@import'],
    [
      'an animation that writes a link',
      svg('<a><set attributeName="href" to="javascript:x"/></a>'),
      'attributeName="href"',
    ],
  ])('finds %s', (_, text, part) => {
    expect(found(text)).toContain(part);
  });

  it('names what it found in words, each once', () => {
    expect(unsafeSvgParts(svg('<script/><script/>'))).toEqual([
      { what: 'a script', found: '<script' },
    ]);
  });

  it('shortens a long address', () => {
    const [part] = unsafeSvgParts(svg(`<image href="https://evil.example/${'a'.repeat(100)}"/>`));
    expect(part?.found.length).toBeLessThanOrEqual(60);
    expect(part?.found.endsWith('…')).toBe(true);
  });
});

const profileWithPortrait = (portrait: string) => {
  const profile = readFileSync(
    join(validFixture, 'content/role-models/fixture-person.mdx'),
    'utf8',
  );
  return profile.replace(
    'relatedLessons:',
    `portrait: ./${portrait}\nportraitAlt: A drawing of the fixture person\nrelatedLessons:`,
  );
};

describe('the SVG safety rule', () => {
  it('accepts a plain portrait', () => {
    const root = fixtureWith({
      'content/role-models/fixture-person.mdx': profileWithPortrait('person.svg'),
      'content/role-models/person.svg': svg('<circle r="4" fill="#123456"/>'),
    });
    expect(checkSvgSafety(readContent(root))).toEqual([]);
  });

  it('refuses a portrait with a script, naming the SVG, what was found and the fix', () => {
    const root = fixtureWith({
      'content/role-models/fixture-person.mdx': profileWithPortrait('person.svg'),
      'content/role-models/person.svg': svg(
        '<script>alert(1)</script><image href="https://x/y.png"/>',
      ),
    });
    const problems = checkSvgSafety(readContent(root));
    expect(problems).toMatchObject([
      { severity: 'error', rule: 'svg-safety', file: 'content/role-models/person.svg' },
    ]);
    expect(problems[0]?.message).toContain('content/role-models/fixture-person.mdx');
    expect(problems[0]?.message).toContain('a script (`<script`)');
    expect(problems[0]?.message).toContain('href="https://x/y.png"');
    expect(problems[0]?.fix).toContain('export the drawing again as a plain SVG');
  });

  it("refuses the school's SVG logo in public/", () => {
    const school = readFileSync(join(validFixture, 'content/school.yaml'), 'utf8');
    const root = fixtureWith({ 'content/school.yaml': `${school}\nlogo: /logo.svg\n` });
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/logo.svg'), '<svg onload="alert(1)"/>');
    expect(checkSvgSafety(readContent(root))).toMatchObject([
      { file: 'public/logo.svg', message: expect.stringContaining('The school logo') },
    ]);
    writeFileSync(join(root, 'public/logo.svg'), svg('<rect width="10" height="10"/>'));
    expect(checkSvgSafety(readContent(root))).toEqual([]);
  });
});
