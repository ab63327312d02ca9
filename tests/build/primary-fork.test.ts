// A primary school that forks the whole programme: its site publishes Years 5 and 6 only, and its
// careers programme page and toolkit are still complete.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixture.ts';
import { buildSite, makeSite } from '../helpers/site.ts';

const read = (dir: string, path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

describe('a primary school that forks Horizons', () => {
  let site = '';

  beforeAll(() => {
    // The whole programme, as the example school but primary.
    site = makeSite();
    for (const part of ['content', 'lessons', 'case-studies']) {
      rmSync(join(site, part), { recursive: true, force: true });
      cpSync(join(projectRoot, part), join(site, part), { recursive: true });
    }
    const school = join(site, 'content/school.yaml');
    writeFileSync(
      school,
      readFileSync(school, 'utf8')
        .replace(/^phase: .*$/m, 'phase: primary')
        .replace(/^sixthForm: .*$/m, 'sixthForm: false'),
    );
    const build = buildSite(site);
    if (build.status !== 0) throw new Error(build.output);
  }, 300_000);

  it('publishes a complete careers programme page for Years 5 and 6', () => {
    const page = read(site, 'careers-programme/index.html');
    for (const section of [
      'Our vision',
      'Who to contact',
      'Year by year',
      'Where we stand against the Gatsby Benchmarks',
      'How to find out about the programme',
      'How we measure the programme',
      'Next review',
    ])
      expect(page).toContain(`>${section}`);
    expect(page).toContain('>Year 5</a></h3>');
    expect(page).toContain('>Year 6</a></h3>');
    expect(page).not.toContain('>Year 7</a></h3>');
    // Subject starters are for Years 7 to 13: no subjects section, page or link.
    expect(page).not.toContain('Careers in every subject');
    expect(existsSync(join(site, 'dist/subjects/index.html'))).toBe(false);
  });

  it("keeps the toolkit's primary activities and leaves out secondary assemblies", () => {
    const page = read(site, 'careers-leaders/index.html');
    expect(page).toContain('Careers in primary school');
    expect(page).toContain('/activities/world-of-work-week/');
    expect(page).toContain('/activities/careers-assembly-year-5/');
    expect(page).not.toContain('/activities/careers-assembly-year-9/');
    expect(page).toContain('/readiness-checks/ks2-career-readiness/');
    expect(page).not.toContain('/readiness-checks/ks4-career-readiness/');
  });
});
