import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * Writes `count` synthetic lessons into `root/lessons/`, each a copy of a real lesson with a new
 * title and year, so pages are the size and shape of real ones. Returns how many were written.
 */
export function writeSyntheticLessons(root: string, count: number): number {
  const templates = globSync('lessons/year-*/*.mdx', { cwd: root }).sort();
  if (templates.length === 0)
    throw new Error('No lessons to copy: the benchmark needs at least one real lesson.');
  const texts = templates.map((file) => readFileSync(join(root, file), 'utf8'));
  for (let i = 0; i < count; i++) {
    const year = 7 + (i % 7);
    const template = texts[i % texts.length] ?? '';
    const text = template
      .replace(/^title: .*$/m, `title: "Benchmark lesson ${i + 1}"`)
      .replace(/^year: \d+$/m, `year: ${year}`)
      // A copy moved to another year may no longer come after the lessons its starter recalls.
      .replace(/^ +recalls: .*\n/gm, '');
    const folder = join(root, 'lessons', `year-${year}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `bench-lesson-${String(i + 1).padStart(5, '0')}.mdx`), text);
  }
  return count;
}
