// `npm run new -- lesson --year 9 --title "Careers in science"` (also activity, role-model,
// case-study, fact, starter): writes a valid, commented starting file and says what to do next. Never overwrites.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from './new/slug.ts';
import { targetPath, templates, type NewKind } from './new/templates.ts';

const usage = `Usage:
  npm run new -- lesson --year 9 --title "Careers in science"
  npm run new -- activity --title "Year 10 careers fair"
  npm run new -- role-model --title "Priya, civil engineer"
  npm run new -- case-study --title "Mentoring for Year 11"
  npm run new -- fact --title "UCAS personal statement questions"
  npm run new -- starter --year 8 --title "Maths: checking a dose with ratio"`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const [kind, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};

if (!kind || !(kind in templates))
  fail(`Say what to create: one of ${Object.keys(templates).join(', ')}.`);
const title = option('--title')?.trim();
if (!title) fail('Give it a title with --title "…".');
const year = Number(option('--year') ?? 0);
if (kind === 'lesson' && !(Number.isInteger(year) && year >= 5 && year <= 13)) {
  fail('A lesson needs --year with a year group from 5 to 13.');
}

const slug = slugify(title);
if (!slug) fail('The title needs at least one letter or number.');
const path = targetPath(kind as NewKind, slug, year);
const absolute = join(process.cwd(), path);
if (existsSync(absolute))
  fail(`${path} already exists; nothing was written. Choose another title or edit that file.`);

mkdirSync(dirname(absolute), { recursive: true });
const today = new Date().toISOString().slice(0, 10);
writeFileSync(absolute, templates[kind as NewKind]({ title, year, today }), { flag: 'wx' });

console.log(`Created ${path}

Next:
  1. Open ${path} and replace the example text; the comments say what each field is for.
  2. Run \`npm run validate\` to check it: every problem names the field and how to fix it.
  3. Run \`npm run dev\` to see the page as you edit, then commit the file.`);
