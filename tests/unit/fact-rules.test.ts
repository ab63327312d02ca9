import { describe, expect, it } from 'vitest';
import { citersOfFacts } from '../../src/lib/fact-citations.ts';
import { halfTermLabel, programmePosition } from '../../src/lib/programme-order.ts';
import { factSchema } from '../../src/schemas/fact.ts';
import { validateSnapshot } from '../../src/validation/index.ts';
import { checkFacts, filesCitingFacts } from '../../src/validation/rules/facts.ts';
import { checkPrintAndGo } from '../../src/validation/rules/print-and-go.ts';
import type { Entry } from '../../src/validation/snapshot.ts';
import { today, validSnapshot } from '../helpers/fixture.ts';

/** The fixture's one fact, ready to change. */
function fixture() {
  const snapshot = validSnapshot();
  const fact = snapshot.entries.facts[0] as Entry;
  return { snapshot, fact };
}

describe('the facts register', () => {
  it('is read from content/facts and cited by a lesson, a handout and a subject', () => {
    const { snapshot } = fixture();
    expect(snapshot.entries.facts.map((f) => f.id)).toEqual(['fixture-fact']);
    expect(filesCitingFacts(snapshot).get('fixture-fact')).toEqual([
      'lessons/year-7/fixture-lesson.mdx',
      'content/handouts/fixture-sheet.mdx',
      'content/subjects/fixture-subject.yaml',
    ]);
    expect(checkFacts(snapshot, today)).toEqual([]);
  });

  it('refuses a fact with no source address, naming the field', () => {
    const { fact } = fixture();
    const data = { ...fact.data, source: { publisher: 'UCAS', title: 'A page' } };
    const result = factSchema().safeParse(data);
    expect(result.error?.issues[0]?.path).toEqual(['source', 'url']);
    const bad = factSchema().safeParse({
      ...fact.data,
      source: { publisher: 'UCAS', title: 'A page', url: 'www.ucas.com' },
    });
    expect(bad.error?.issues[0]?.message).toContain('https://');
  });

  it('reports citing a fact that is not in the register', () => {
    const { snapshot } = fixture();
    snapshot.entries.facts = [];
    const problems = validateSnapshot(snapshot, today).problems.filter(
      (p) => p.rule === 'dangling-reference',
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['lessons/year-7/fixture-lesson.mdx', 'facts[0]'],
      ['content/handouts/fixture-sheet.mdx', 'facts[0]'],
      ['content/subjects/fixture-subject.yaml', 'facts[0]'],
    ]);
    expect(problems[0]?.fix).toContain('content/facts/');
  });

  it('warns when a fact is past its review date, naming every page that cites it', () => {
    const { snapshot, fact } = fixture();
    fact.data['reviewBy'] = new Date('2026-11-01');
    fact.data['checked'] = new Date('2026-01-01');
    const [problem] = checkFacts(snapshot, today);
    expect(problem).toMatchObject({ severity: 'warning', rule: 'fact-review', field: 'reviewBy' });
    expect(problem?.message).toContain('lessons/year-7/fixture-lesson.mdx');
    expect(problem?.message).toContain('content/handouts/fixture-sheet.mdx');
    expect(problem?.fix).toContain('https://example.org/fixture-source');
  });

  it('refuses a check date in the future, or a review date before the check', () => {
    const { snapshot, fact } = fixture();
    fact.data['checked'] = new Date('2026-12-25');
    expect(checkFacts(snapshot, today)[0]).toMatchObject({ severity: 'error', field: 'checked' });
    fact.data['checked'] = new Date('2026-11-01');
    fact.data['reviewBy'] = new Date('2026-10-01');
    expect(checkFacts(snapshot, today)[0]).toMatchObject({ severity: 'error', field: 'reviewBy' });
  });

  it('warns when the source is a whole website rather than the page checked', () => {
    const { snapshot, fact } = fixture();
    fact.data['source'] = { publisher: 'GOV.UK', title: 'Home', url: 'https://www.gov.uk/' };
    expect(checkFacts(snapshot, today)[0]).toMatchObject({
      severity: 'warning',
      rule: 'fact-source',
      field: 'source.url',
    });
  });

  it('lists the pages citing each fact once each, in page order', () => {
    const a = { title: 'A', path: 'a/', facts: [{ id: 'x' }, { id: 'y' }, { id: 'x' }] };
    const b = { title: 'B', path: 'b/', facts: [{ id: 'x' }] };
    const citing = citersOfFacts([a, b]);
    expect(citing.get('x')).toEqual([a, b]);
    expect(citing.get('y')).toEqual([a]);
    expect(citing.get('z')).toBeUndefined();
  });
});

describe('print and go', () => {
  it('warns about a card set with no version done on the sheet, and accepts one with it', () => {
    const { snapshot } = fixture();
    const handout = snapshot.entries.handouts[0] as Entry;
    handout.data['kind'] = 'card-sort';
    handout.body = '1. A card\n2. Another card\n';
    expect(checkPrintAndGo(snapshot)).toMatchObject([
      { severity: 'warning', file: 'content/handouts/fixture-sheet.mdx', rule: 'print-and-go' },
    ]);
    handout.body += '\n## Print and go\n\nNumber the cards 1 to 2.\n';
    expect(checkPrintAndGo(snapshot)).toEqual([]);
    handout.data['kind'] = 'worksheet';
    handout.body = 'Nothing to cut.';
    expect(checkPrintAndGo(snapshot)).toEqual([]);
  });
});

describe('half terms', () => {
  it('orders the programme by year, term and half, and names half terms as schools do', () => {
    const slot = (year: number, term: 'autumn' | 'spring' | 'summer', halfTerm: 1 | 2) => ({
      year,
      term,
      halfTerm,
    });
    const order = [
      slot(7, 'summer', 2),
      slot(7, 'autumn', 2),
      slot(8, 'autumn', 1),
      slot(7, 'autumn', 1),
      slot(7, 'spring', 1),
    ].sort((a, b) => programmePosition(a) - programmePosition(b));
    expect(order.map((s) => `${s.year} ${halfTermLabel(s)}`)).toEqual([
      '7 Autumn 1',
      '7 Autumn 2',
      '7 Spring 1',
      '7 Summer 2',
      '8 Autumn 1',
    ]);
  });
});
