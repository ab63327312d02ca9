import { describe, expect, it } from 'vitest';
import { lessonDocxBytes } from '../../src/lib/docx/lesson-document.ts';
import { escapeXml, heading, table } from '../../src/lib/docx/wordml.ts';
import { zipFiles } from '../../src/lib/docx/zip.ts';
import { sampleQuestions } from '../helpers/quiz-questions.ts';
import { readZipEntries } from '../helpers/unzip.ts';
import { attributeValues } from '../helpers/xml-attributes.ts';
import { xmlFault } from '../helpers/xml-well-formed.ts';

describe('zipFiles', () => {
  it('round-trips text and bytes, with checksums a reader accepts', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const zip = zipFiles([
      { name: 'a.txt', data: 'Café — “quotes” '.repeat(50) },
      { name: 'folder/b.bin', data: bytes },
      { name: 'empty.txt', data: '' },
    ]);
    const entries = readZipEntries(zip);
    expect([...entries.keys()]).toEqual(['a.txt', 'folder/b.bin', 'empty.txt']);
    expect(entries.get('a.txt')?.toString('utf8')).toBe('Café — “quotes” '.repeat(50));
    expect([...(entries.get('folder/b.bin') ?? [])]).toEqual([...bytes]);
    expect(entries.get('empty.txt')?.length).toBe(0);
  });

  it('is reproducible: the same files give the same bytes', () => {
    const files = [{ name: 'x.xml', data: '<x/>' }];
    expect(zipFiles(files).equals(zipFiles(files))).toBe(true);
  });
});

describe('xmlFault (the test helper)', () => {
  it('finds crossed, unclosed and unescaped markup, and passes good XML', () => {
    expect(xmlFault('<a><b></a></b>')).toMatch(/wrong element/);
    expect(xmlFault('<a><b/>')).toMatch(/never closed/);
    expect(xmlFault('<a>Tom & Jerry</a>')).toMatch(/unescaped &/);
    expect(xmlFault('<a x="1"><b/>&amp;</a>')).toBeUndefined();
  });
});

describe('WordprocessingML builders', () => {
  it('escapes text that would break the XML', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(xmlFault(heading('Pay < costs & "rent"'))).toBeUndefined();
    expect(escapeXml('Tab\there,\u0007bell\u000bgone')).toBe('Tab\there,bellgone');
  });

  it('pads ragged table rows so every row has a cell per column', () => {
    const xml = table([['A', 'B', 'C'], ['1']]);
    expect(xml.match(/<w:tc>/g)).toHaveLength(6);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(3);
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('a lesson .docx package', () => {
  const zip = lessonDocxBytes({
    title: 'Money & me',
    facts: 'Year 13',
    summary: 'Budgets <monthly>.',
    pupilOutcomes: ['I can plan a budget.'],
    outcomes: [{ id: '3.7', statement: 'know about funding' }],
    keywords: [{ term: 'Rent', definition: 'Money paid for a home.' }],
    checkedFacts: [
      'Rent is paid monthly. Source: A & B, Renting (https://example.org/). Checked on 1 December 2026.',
    ],
    resources: ['Budget sheet'],
    steps: [{ title: 'Start', minutes: 60, teacher: 'Ask.', pupils: 'Answer.', expected: '' }],
    misconceptions: [{ idea: 'Loans are "free"', response: 'They are repaid.' }],
    support: 'Pairs.',
    stretch: 'Explain.',
    send: ['Large print.'],
    challengesStereotypes: 'Everyone budgets.',
    sensitive: [],
    assessment: 'Exit ticket.',
    homeLink: 'Talk at home.',
    notesMarkdown: '## Notes\n\n- A point\n\n| Item | £ |\n| --- | --- |\n| Rent | 400 |',
    handouts: [{ title: 'Budget sheet', markdown: '1. First\n2. Second' }],
    starterQuiz: [sampleQuestions.order, sampleQuestions.match],
    exitQuiz: [sampleQuestions.choice],
    source: 'From Horizons.',
  });
  const parts = readZipEntries(zip);
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';

  it('has well-formed XML in every part', () => {
    expect(parts.size).toBeGreaterThanOrEqual(6);
    for (const [name, data] of parts)
      expect({ name, fault: xmlFault(data.toString('utf8')) }).toEqual({ name, fault: undefined });
  });

  it('declares a content type for every part it holds and relates only to parts that exist', () => {
    const types = text('[Content_Types].xml');
    const overrides = attributeValues(types, 'Override', 'PartName');
    for (const part of overrides) expect(parts.has(part.replace(/^\//, ''))).toBe(true);
    const defaults = new Set(attributeValues(types, 'Default', 'Extension'));
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml') continue;
      const declared = overrides.includes(`/${name}`) || defaults.has(name.split('.').pop() ?? '');
      expect({ name, declared }).toEqual({ name, declared: true });
    }
    for (const target of attributeValues(text('_rels/.rels'), 'Relationship', 'Target'))
      expect(parts.has(target)).toBe(true);
    for (const target of attributeValues(
      text('word/_rels/document.xml.rels'),
      'Relationship',
      'Target',
    ))
      expect(parts.has(`word/${target}`)).toBe(true);
  });

  it('uses only styles and lists it defines', () => {
    const document = text('word/document.xml');
    const defined = new Set(attributeValues(text('word/styles.xml'), 'w:style', 'w:styleId'));
    const used = [
      ...attributeValues(document, 'w:pStyle', 'w:val'),
      ...attributeValues(document, 'w:tblStyle', 'w:val'),
    ];
    expect(used).toContain('Heading1');
    for (const style of new Set(used)) expect(defined).toContain(style);
    const lists = new Set(attributeValues(text('word/numbering.xml'), 'w:num', 'w:numId'));
    for (const numId of attributeValues(document, 'w:numId', 'w:val'))
      expect(lists).toContain(numId);
  });

  it('keeps the title as document metadata and sets A4 paper', () => {
    expect(text('docProps/core.xml')).toContain('<dc:title>Money &amp; me</dc:title>');
    expect(text('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(text('word/document.xml')).toContain('Facts to check');
    expect(text('word/document.xml')).toContain('Source: A &amp; B, Renting');
  });
});
