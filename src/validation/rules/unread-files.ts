import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { globSync } from 'tinyglobby';
import {
  collectionSources,
  coveragePlanFile,
  deliveryFolder,
  gatsbyAssessmentFile,
  schoolFile,
  type CollectionSource,
} from '../../lib/collection-sources.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** The folders a school saves content in: every file in them should be one the site reads. */
const contentFolders = ['lessons', 'content', 'case-studies'];

/** What one entry of each collection is called in a message. */
const nouns: Record<keyof typeof collectionSources, string> = {
  principles: 'principle',
  outcomes: 'outcome',
  lessons: 'lesson',
  handouts: 'handout',
  activities: 'activity',
  caseStudies: 'case study',
  roleModels: 'role-model profile',
  cpd: 'CPD session',
  gatsby: 'Gatsby Benchmark list',
  cdi: 'CDI Framework list',
  years: 'year overview',
  facts: 'fact',
  subjects: 'subject',
  starters: 'subject starter',
  readinessChecks: 'career-readiness check',
  toolkit: 'careers leader toolkit list',
};

/** Files that belong beside content without being content: notes, portraits, what a computer adds. */
const isCompanion = (file: string) =>
  /(^|\/)readme(\.\w+)?$/i.test(file) ||
  /(^|\/)(thumbs\.db|desktop\.ini)$/i.test(file) ||
  (file.startsWith('content/role-models/') && /\.(svg|png|jpe?g|webp|avif|gif)$/i.test(file));

/** Every file the site's loaders read, relative to the project root. */
function filesTheSiteReads(root: string): Set<string> {
  const read = new Set(filesInContent);
  for (const source of Object.values(collectionSources)) {
    if (source.layout === 'list') {
      read.add(source.path);
      continue;
    }
    for (const file of globSync(source.pattern ?? '*', { cwd: join(root, source.path) }))
      read.add(`${source.path}/${file}`);
  }
  return read;
}

/** A file's name split into the part before its ending and the ending (".md", or ""). */
function nameParts(file: string) {
  const name = file.split('/').pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0
    ? { stem: name.slice(0, dot), ending: name.slice(dot) }
    : { stem: name, ending: '' };
}

/** What a problem says: what is wrong and how to put it right. */
type Advice = Pick<Problem, 'message' | 'fix'>;

/** Where to save a file the site would read, or a note that something is already there. */
function saveAs(root: string, target: string): string {
  return existsSync(join(root, target))
    ? `Save it as ${target}; a file of that name is already there, so keep the one you want and delete the other.`
    : `Save it as ${target}.`;
}

/** The year a lesson is for: from a folder such as "Year 9" or "year9", else its `year:` line. */
function lessonYear(root: string, file: string, folders: string[]): string | undefined {
  for (const folder of folders) {
    const year = /^year[\s_-]*(\d{1,2})$/i.exec(folder)?.[1];
    if (year) return String(Number(year));
  }
  const text = readFileSync(join(root, file), 'utf8').slice(0, 4000);
  return /^year:\s*(\d{1,2})\s*$/m.exec(text)?.[1];
}

/** Lessons are `lessons/year-N/<name>.mdx`; says which part of that this file missed. */
function lessonAdvice(root: string, file: string, inside: string): Advice {
  const parts = inside.split('/');
  const folders = parts.slice(0, -1);
  const { stem, ending } = nameParts(file);
  if (!/^\.(mdx|md|markdown|txt)$/i.test(ending)) {
    return {
      message: `Horizons does not read this file: lessons/ holds only lessons, each an .mdx file in the folder for its year.`,
      fix: 'Move it out of lessons/. To make it a lesson, write it as an .mdx file: `npm run new -- lesson --year 9 --title "…"` starts one.',
    };
  }
  const wrong: string[] = [];
  if (ending !== '.mdx') wrong.push(`its name ends ${ending}, not .mdx`);
  if (folders.length !== 1 || !folders[0]?.startsWith('year-')) {
    wrong.push(
      folders.length === 0
        ? 'it is not in a year folder'
        : `it is in "${folders.join('/')}", not in a folder named year-N (such as year-9) directly inside lessons/`,
    );
  }
  const year = lessonYear(root, file, folders);
  return {
    message: `This lesson is not on the site: ${wrong.join(', and ')}.`,
    fix: year
      ? saveAs(root, `lessons/year-${year}/${stem}.mdx`)
      : `Save it as lessons/year-N/${stem}.mdx, where N is the lesson's year, e.g. lessons/year-9/${stem}.mdx.`,
  };
}

/** A collection keeps one file per entry, ending .mdx or .yaml, directly in its folder. */
function collectionAdvice(
  root: string,
  file: string,
  { path, pattern }: CollectionSource,
  noun: string,
): Advice {
  const inside = file.slice(path.length + 1);
  const expected = (pattern ?? '*').replace('*', '');
  const { stem, ending } = nameParts(file);
  const sameKind = expected === '.mdx' ? /^\.(mdx|md|markdown|txt)$/i : /^\.(ya?ml|txt)$/i;
  if (!sameKind.test(ending)) {
    return {
      message: `Horizons does not read this file: ${path}/ holds only ${noun} files ending ${expected}.`,
      fix: `Move it out of ${path}/.`,
    };
  }
  const wrong: string[] = [];
  if (ending !== expected) wrong.push(`its name ends ${ending}, not ${expected}`);
  if (inside.includes('/')) wrong.push(`it is in a folder inside ${path}/`);
  return {
    message: `This ${noun} is not on the site: ${wrong.join(', and ')}.`,
    fix: saveAs(root, `${path}/${stem}${expected}`),
  };
}

/** List files kept in a folder of their own (content/frameworks/), not directly in content/. */
const listsInFolders = Object.values(collectionSources).filter(
  (s) => s.layout === 'list' && s.path.split('/').length > 2,
);

/** The files Horizons reads directly in content/, each by its exact name. */
const filesInContent = [
  schoolFile,
  coveragePlanFile,
  gatsbyAssessmentFile,
  ...Object.values(collectionSources)
    .filter((s) => s.layout === 'list' && s.path.split('/').length === 2)
    .map((s) => s.path),
];

/** Advice for a file in content/ itself or in a folder there that holds no collection. */
function otherContentAdvice(root: string, file: string): Advice {
  const parts = file.split('/');
  const { stem } = nameParts(file);
  const single = filesInContent.find((f) => nameParts(f).stem === stem.toLowerCase());
  if (parts.length === 2 && single) {
    return {
      message: `Horizons does not read this file: it reads ${single}, spelt exactly so.`,
      fix: saveAs(root, single),
    };
  }
  const folders = Object.values(collectionSources)
    .filter((s) => s.layout === 'entries' && s.path.startsWith('content/'))
    .map((s) => `${s.path}/`);
  const where = parts.length === 2 ? 'directly in content/' : `in ${parts.slice(0, -1).join('/')}/`;
  return {
    message: `Horizons does not read this file: it reads nothing ${where} except ${filesInContent.slice(0, -1).join(', ')} and ${filesInContent.at(-1) ?? ''}.`,
    fix: `Move it into the folder for its kind of content (${folders.join(', ')}, lessons/year-N/ or case-studies/), or out of content/.`,
  };
}

/** Says why the site would not read `file` and where to save it so it does. */
function adviceFor(root: string, file: string): Advice {
  if (file.startsWith('lessons/')) return lessonAdvice(root, file, file.slice('lessons/'.length));
  if (file.startsWith('content/lessons/')) {
    const advice = lessonAdvice(root, file, file.slice('content/lessons/'.length));
    return {
      ...advice,
      message: `${advice.message} Lessons go in lessons/, not content/lessons/.`,
    };
  }
  const list = listsInFolders.find((s) => file.startsWith(s.path.replace(/[^/]+$/, '')));
  if (list) {
    const files = listsInFolders.map((s) => s.path);
    const meant = files.find((f) => nameParts(f).stem === nameParts(file).stem.toLowerCase());
    return meant
      ? {
          message: `Horizons does not read this file: it reads ${meant}, spelt exactly so.`,
          fix: saveAs(root, meant),
        }
      : {
          message: `Horizons does not read this file: it reads only ${files.join(' and ')} there.`,
          fix: `Move it out of ${list.path.replace(/[^/]+$/, '')}.`,
        };
  }
  const entries = Object.entries(collectionSources).find(
    ([, s]) => s.layout === 'entries' && file.startsWith(`${s.path}/`),
  );
  if (entries) {
    const [name, source] = entries as [keyof typeof collectionSources, CollectionSource];
    return collectionAdvice(root, file, source, nouns[name]);
  }
  return otherContentAdvice(root, file);
}

/**
 * Every file in lessons/, content/ and case-studies/ must be one the site reads (or a README or a
 * portrait beside its profile). A lesson saved as .md, or in a folder called "Year 9", is
 * otherwise left off the site without a word.
 */
export function checkUnreadFiles({ root, entries }: ContentSnapshot): Problem[] {
  const read = filesTheSiteReads(root);
  // A file a profile names as its portrait is read, whatever it is; the image rule judges it.
  for (const profile of entries.roleModels) {
    const { portrait } = profile.data;
    if (typeof portrait === 'string') read.add(posix.join(posix.dirname(profile.file), portrait));
  }
  const patterns = contentFolders.map((folder) => `${folder}/**`);
  // Files in content/delivery/ are the delivery rules' to judge, with advice on their names.
  return globSync(patterns, { cwd: root })
    .filter(
      (file) => !read.has(file) && !isCompanion(file) && !file.startsWith(`${deliveryFolder}/`),
    )
    .sort()
    .map((file) =>
      error({ rule: 'unread-file', file, field: '(whole file)', ...adviceFor(root, file) }),
    );
}
