import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixture.ts';
import { buildSite, fingerprintDist, makeSite, validateSite } from '../helpers/site.ts';
import { readZipEntry } from '../helpers/unzip.ts';

const forkOverlay = join(projectRoot, 'tests/fixtures/fork-school');
const read = (dir: string, path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

describe('a school that forks Horizons', () => {
  let site = '';
  let schoolYaml = '';

  beforeAll(async () => {
    site = makeSite();
    cpSync(forkOverlay, site, { recursive: true });
    // The school gives the fixture profile a photograph, and adds a profile with a drawing.
    const roleModels = join(site, 'content/role-models');
    const profile = readFileSync(join(roleModels, 'fixture-person.mdx'), 'utf8');
    const withPortrait = (text: string, file: string) =>
      text.replace(
        'relatedLessons: [fixture-lesson]\n',
        `relatedLessons: [fixture-lesson]\nportrait: ./${file}\nportraitAlt: "A test portrait"\n`,
      );
    await sharp({ create: { width: 480, height: 480, channels: 3, background: '#3a6b8c' } })
      .png()
      .toFile(join(roleModels, 'fixture-photo.png'));
    writeFileSync(
      join(roleModels, 'fixture-person.mdx'),
      withPortrait(profile, 'fixture-photo.png'),
    );
    writeFileSync(
      join(roleModels, 'fixture-drawing.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240"><circle cx="120" cy="120" r="100" fill="#3a6b8c"/></svg>',
    );
    writeFileSync(
      join(roleModels, 'drawn-person.mdx'),
      withPortrait(profile.replace('Fixture Person', 'Drawn Person'), 'fixture-drawing.svg'),
    );
    schoolYaml = readFileSync(join(site, 'content/school.yaml'), 'utf8');
    const build = buildSite(site);
    expect(build.status, build.output).toBe(0);
  });

  it('publishes a careers programme page from its own details and programme', () => {
    const html = read(site, 'careers-programme/index.html');
    expect(html).toContain('Riverside Community School');
    expect(html).toContain('Sam Okafor');
    expect(html).toContain('href="mailto:s.okafor@riverside.example.sch.uk"');
    expect(html).toContain('href="tel:01632960123"');
    expect(html).toContain('01632\u00a0960123');
    expect(html).toContain('We track destinations and ask pupils every summer.');
    expect(html).toContain('1 September 2099');
    expect(html).toContain('Riverside careers day preparation');
    // A school without a sixth form publishes Years 7 to 11 only.
    expect(html).toContain('Year 11');
    expect(html).not.toContain('id="programme-year-12"');
  });

  it('publishes a provider access statement with its encounters and arrangements', () => {
    const html = read(site, 'provider-access/index.html');
    expect(html).toContain('Years 8 and 9');
    expect(html).toContain('Years 10 and 11');
    expect(html).not.toContain('Years 12 and 13');
    expect(html.match(/Fixture provider visit/g)?.length).toBe(4);
    expect(html).toContain('Providers email the Careers Leader');
    expect(html).toContain('Visitors sign in and wear a badge.');
  });

  it('uses its name and colours across the site and leaves out the lesson it excluded', () => {
    expect(read(site, 'brand.css')).toContain('--brand: #005a30');
    expect(read(site, 'index.html')).toContain('brand.css"');
    expect(read(site, 'years/index.html')).toContain('Riverside Community School');
    expect(existsSync(join(site, 'dist/lessons/fixture-lesson/index.html'))).toBe(false);
    expect(
      existsSync(join(site, 'dist/lessons/riverside-careers-day-preparation/index.html')),
    ).toBe(true);
  });

  it('serves a photograph as AVIF and WebP at each width, and drawn portraits as drawn', () => {
    const photoPage = read(site, 'role-models/fixture-person/index.html');
    const sources = [...photoPage.matchAll(/<source srcset="([^"]+)" type="image\/(avif|webp)"/g)];
    expect(sources.map((source) => source[2])).toEqual(['avif', 'webp']);
    for (const [, srcset, format] of sources) {
      const files = (srcset ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? '');
      expect(files).toHaveLength(3);
      for (const file of files) {
        expect(file).toMatch(new RegExp(`^/_astro/fixture-photo\\.[\\w-]+\\.${format}$`));
        expect(existsSync(join(site, 'dist', file))).toBe(true);
      }
    }
    const drawnPage = read(site, 'role-models/drawn-person/index.html');
    expect(drawnPage).not.toContain('<picture');
    const drawn = drawnPage.match(/<img src="(\/_astro\/fixture-drawing\.[\w-]+\.svg)"/)?.[1];
    expect(drawn && existsSync(join(site, 'dist', drawn))).toBe(true);
  });

  it('writes a Word document for its own lesson and none for the lesson it excluded', () => {
    expect(existsSync(join(site, 'dist/lessons/fixture-lesson.docx'))).toBe(false);
    const docx = readFileSync(join(site, 'dist/lessons/riverside-careers-day-preparation.docx'));
    const xml = readZipEntry(docx, 'word/document.xml') ?? '';
    expect(xml).toContain('Riverside careers day preparation');
    // The credit line names the host the school publishes at.
    expect(xml).toMatch(/From Horizons \([^)]+\)/);
  });

  it('computes coverage on what the school publishes', () => {
    const report = JSON.parse(validateSite(site, ['--json']).output.trim()) as {
      ok: boolean;
      coverage: { id: string; lessons: string[]; covered: boolean }[];
    };
    expect(report.ok).toBe(true);
    expect(report.coverage.find((c) => c.id === '1.1')?.lessons).toEqual([
      'riverside-careers-day-preparation',
    ]);

    // Leave its own lesson out too, and outcome 1.1 is no longer covered.
    writeFileSync(
      join(site, 'content/school.yaml'),
      schoolYaml.replace('[fixture-lesson]', '[fixture-lesson, riverside-careers-day-preparation]'),
    );
    try {
      const result = validateSite(site);
      expect(result.status).toBe(1);
      // Only the fixture's provider visits still mention 1.1, and a learning outcome needs a lesson.
      expect(result.output).toContain('ERROR  content/outcomes/1.1.yaml');
      expect(result.output).toContain('it needs a lesson');
    } finally {
      writeFileSync(join(site, 'content/school.yaml'), schoolYaml);
    }
  });

  const mistakes = [
    {
      name: 'a missing Careers Leader email',
      change: (yaml: string) => yaml.replace(/^\s+email: .*\n/m, ''),
      expected: [
        'content/school.yaml',
        'careersLeader.email',
        'Schools must publish an email address for their Careers Leader.',
      ],
    },
    {
      name: 'a review date that has passed',
      change: (yaml: string) => yaml.replace('nextReview: 2099-09-01', 'nextReview: 2020-09-01'),
      expected: [
        'nextReview',
        'The date for reviewing your published careers information has passed.',
      ],
    },
    {
      name: 'a colour too pale for white text',
      change: (yaml: string) => yaml.replace('primary: "#005a30"', 'primary: "#f0e68c"'),
      expected: ['colours.primary', '#f0e68c is too light', 'contrast ratio of'],
    },
  ];

  it.each(mistakes)('stops the build with a clear error for $name', ({ change, expected }) => {
    const before = fingerprintDist(site);
    writeFileSync(join(site, 'content/school.yaml'), change(schoolYaml));
    try {
      const validate = validateSite(site);
      expect(validate.status).toBe(1);
      for (const text of expected) expect(validate.output).toContain(text);
      const build = buildSite(site);
      expect(build.status).not.toBe(0);
      for (const text of expected) expect(build.output).toContain(text);
      expect(fingerprintDist(site)).toBe(before);
    } finally {
      writeFileSync(join(site, 'content/school.yaml'), schoolYaml);
    }
  });
});
