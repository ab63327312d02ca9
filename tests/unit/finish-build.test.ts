import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishBuild } from '../../src/lib/finish/finish-build.ts';
import { readHandoff, writeHandoff } from '../../src/lib/finish/handoff.ts';
import type { FinishPlan } from '../../src/lib/finish/plan.ts';
import {
  documentJobs,
  loadDocumentJobs,
  saveDocumentJobs,
} from '../../src/lib/finish/write-documents.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validFixture } from '../helpers/fixture.ts';

const worker = (plan: FinishPlan) => readFileSync(join(plan.finalDir, 'sw.js'), 'utf8');
const quiet = { info: () => undefined, warn: () => undefined };

/**
 * A staging folder holding a year pack (which search leaves out) and, unless `withLesson` is false,
 * a lesson page; and a published folder holding the last good site.
 */
function sites(body: string, withLesson = true): FinishPlan {
  const root = mkdtempSync(join(tmpdir(), 'horizons-finish-'));
  const stagingDir = join(root, '.dist-staging');
  const finalDir = join(root, 'dist');
  mkdirSync(join(stagingDir, 'lessons/one'), { recursive: true });
  mkdirSync(join(stagingDir, 'packs/year-9'), { recursive: true });
  const page = (text: string) =>
    `<!doctype html><html lang="en"><head><title>${text}</title></head><body>${text}</body></html>`;
  if (withLesson) writeFileSync(join(stagingDir, 'lessons/one/index.html'), page(body));
  writeFileSync(join(stagingDir, 'packs/year-9/index.html'), page(body));
  mkdirSync(finalDir);
  writeFileSync(join(finalDir, 'index.html'), 'the last good site');
  return {
    stagingDir,
    finalDir,
    base: '/careers/',
    documentsFile: '',
    search: { skip: ['packs'], skipInEntries: 'present' },
  };
}

describe('finishing a build after Astro', () => {
  it('indexes the pages, writes the documents and service worker, and publishes in one step', async () => {
    const plan = sites('<main data-pagefind-body><h1>Interview practice</h1></main>');
    const all = documentJobs(readContent(validFixture), 'example.sch.uk');
    const [document] = all.documents;
    const [deck] = all.decks;
    if (!document || !deck) throw new Error('The fixture has no lessons.');
    const said: string[] = [];
    await finishBuild(
      plan,
      { documents: [document], decks: [deck] },
      { info: (m) => said.push(m), warn: (m) => said.push(m) },
    );
    for (const file of [document.file, deck.file]) {
      // Both are zip packages: the worker wrote them into the site that was published.
      expect(readFileSync(join(plan.finalDir, file)).subarray(0, 2).toString()).toBe('PK');
    }
    expect(said).toContain('Word and PowerPoint files: 2.');
    expect(existsSync(plan.stagingDir)).toBe(false);
    expect(existsSync(join(plan.finalDir, 'lessons/one/index.html'))).toBe(true);
    expect(existsSync(join(plan.finalDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(worker(plan)).toContain('"/careers/pagefind/pagefind-entry.json"');
    // The year pack repeats the lesson: one page indexed, not two.
    expect(said).toContainEqual(expect.stringMatching(/^Search index: 1 pages/));
    expect(said.at(-1)).toMatch(/^Published to .*dist: every step succeeded\.$/);
  });

  it('leaves the last good site alone and removes the staging folder when search finds nothing', async () => {
    const plan = sites('<main data-pagefind-body><h1>Only the year pack</h1></main>', false);
    await expect(finishBuild(plan, undefined, quiet)).rejects.toThrow(/Pagefind indexed no pages/);
    expect(readFileSync(join(plan.finalDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(plan.stagingDir)).toBe(false);
  });

  it('hands the plan and the document jobs over through files, and refuses a plan with no folders', () => {
    const plan = sites('<main data-pagefind-body>x</main>');
    const file = join(plan.stagingDir, '..', 'finish.json');
    writeHandoff(file, plan);
    expect(readHandoff(file)).toEqual(plan);
    const jobs = documentJobs(readContent(validFixture), 'example.sch.uk');
    saveDocumentJobs(`${file}.documents`, jobs);
    expect(loadDocumentJobs(`${file}.documents`)).toEqual(jobs);
    writeFileSync(file, JSON.stringify({ base: '/' }));
    expect(() => readHandoff(file)).toThrow();
  });
});
