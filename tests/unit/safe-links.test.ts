import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../src/validation/body-links.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { checkSafeLinks, unsafeAddress } from '../../src/validation/rules/safe-links.ts';
import { fixtureWith, validFixture, validSnapshot } from '../helpers/fixture.ts';

describe('unsafeAddress', () => {
  it.each([
    'https://www.gov.uk/',
    'HTTP://example.org/',
    'mailto:careers@example.sch.uk',
    'tel:01632960000',
    '/lessons/choosing-options/',
    'lessons/choosing-options/',
    '../handouts/sheet/',
    '#questions',
    '?year=9',
    '',
  ])('allows %j', (address) => {
    expect(unsafeAddress(address)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['  javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['file:///C:/Users/', 'file:'],
    ['C:\\Users\\head\\plan.docx', 'c:'],
  ])('refuses %j as %s', (address, kind) => {
    expect(unsafeAddress(address)).toContain(`\`${kind}\``);
  });

  it.each(['//evil.example/', '\\\\evil.example\\', '/\\evil.example/'])(
    'refuses %j, another site with no https:',
    (address) => {
      expect(unsafeAddress(address)).toContain('another site');
    },
  );
});

describe('bodyLinks', () => {
  it('finds links, pictures, definitions, bare addresses and tags, with their lines', () => {
    const body = [
      'Read [this](javascript:alert(1)) and see ![a chart](data:image/png;base64,AAAA).',
      '',
      '[named]: vbscript:msgbox(1)',
      '',
      'Go to [it][named], or www.example.org, or <a href="file:///etc/passwd">x</a>.',
      '',
      '<img src={"data:image/gif,x"} srcSet="/a.png 1x, javascript:x 2x" />',
    ].join('\n');
    expect(bodyLinks(body)).toEqual([
      { kind: 'link', address: 'javascript:alert(1)', line: 1 },
      { kind: 'picture', address: 'data:image/png;base64,AAAA', line: 1 },
      { kind: 'link', address: 'vbscript:msgbox(1)', line: 3 },
      { kind: 'link', address: 'http://www.example.org', line: 5 },
      { kind: 'link', address: 'file:///etc/passwd', line: 5 },
      { kind: 'picture', address: 'data:image/gif,x', line: 7 },
      { kind: 'picture', address: '/a.png', line: 7 },
      { kind: 'picture', address: 'javascript:x', line: 7 },
    ]);
  });

  it('reads character references as the page will', () => {
    expect(bodyLinks('[x](javascript&#58;alert(1))')[0]?.address).toBe('javascript:alert(1)');
  });

  it('finds nothing in a body it cannot read (the syntax rule reports that)', () => {
    expect(bodyLinks('A stray { here')).toEqual([]);
  });
});

describe('the safe links rule', () => {
  it('accepts the valid fixture, whose handout links to an https:// page', () => {
    expect(checkSafeLinks(validSnapshot())).toEqual([]);
  });

  it('refuses an unsafe link in a body, naming the file line', () => {
    const file = 'content/handouts/fixture-sheet.mdx';
    const text = readFileSync(join(validFixture, file), 'utf8').replace(
      'https://www.example.org/',
      'javascript:alert(document.cookie)',
    );
    const line = text.split('\n').findIndex((l) => l.includes('javascript:')) + 1;
    const problems = checkSafeLinks(readContent(fixtureWith({ [file]: text })));
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'safe-links',
        file,
        field: `body, line ${line}`,
        message: expect.stringContaining('`javascript:alert(document.cookie)`'),
        fix: expect.stringContaining('https://'),
      },
    ]);
    expect(problems[0]?.message).not.toMatch(/scheme|protocol|string/i);
  });

  it('refuses an unsafe fact source and school website, naming the field', () => {
    const snapshot = validSnapshot();
    const [fact] = snapshot.entries.facts;
    if (!fact || !snapshot.school) throw new Error('The valid fixture has a fact and a school.');
    (fact.data['source'] as { url: string }).url = 'data:text/html,<b>hi</b>';
    snapshot.school.website = 'javascript:alert(1)';
    expect(checkSafeLinks(snapshot)).toMatchObject([
      { file: fact.file, field: 'source.url', message: expect.stringContaining('`data:`') },
      {
        file: 'content/school.yaml',
        field: 'website',
        message: expect.stringContaining('`javascript:`'),
      },
    ]);
  });
});
