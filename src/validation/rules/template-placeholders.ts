import { findPlaceholders, placeholderMarker } from '../placeholders.ts';
import { error, fieldPath, type Problem } from '../problem.ts';
import type { ContentSnapshot, Entry } from '../snapshot.ts';

/** The collections `npm run new` writes starting files for. */
const startedFromTemplates = [
  'lessons',
  'activities',
  'roleModels',
  'caseStudies',
  'facts',
  'starters',
] as const;

/**
 * What to write in place of the example, by the field's name with its parent's (`keywords.term`)
 * or by its name alone (`summary`).
 */
const whatToWrite: Record<string, string> = {
  summary: 'one or two sentences a teacher reads in lists and search results',
  pupilOutcomes: 'an "I can" statement in words a pupil reads and can check themselves against',
  outcomeNotes: 'which steps meet which of the outcome codes listed in `outcomes`',
  'keywords.term': 'a key word pupils meet in the lesson',
  'keywords.definition': 'what the key word means, in words a pupil understands',
  'resources.name':
    'what the resource is and how many to print, or a free public service named plainly',
  'steps.title': 'a short name for the step',
  'source.title': "the page's title, exactly as published",
  teacher:
    'what the teacher says (in quotation marks) and does, so a cover teacher could follow it',
  pupils: 'what pupils do, in a few words that fit on a slide',
  expected: 'the answers the teacher should expect to hear',
  idea: 'a wrong idea pupils often have about the topic',
  response: 'how the teacher answers that wrong idea',
  support: 'how the task changes for pupils who need more support',
  stretch: 'how the task changes for pupils who need more challenge',
  send: 'an adaptation that changes the task for pupils with SEND',
  challengesStereotypes: 'how the lesson challenges stereotypes',
  moment: 'a moment that may touch family circumstances, money, disability or identity',
  guidance: 'what the teacher does or says at that moment',
  question: 'a question (or, for true or false, a statement) about what the lesson teaches',
  options: 'an option pupils choose from; copy the right one exactly into `answer`',
  answer: 'the right option, copied exactly from `options`',
  items: 'an item to put in order, listed in the right order',
  left: 'the left-hand item of a pair',
  right: 'its partner on the right-hand side',
  explanation: 'one line a pupil can learn from',
  assessment: 'how the teacher will know pupils got there',
  homeLink: 'something pupils share or do at home with parents or carers',
  when: 'when and for how long it runs',
  staffing: 'who leads it and who else is involved',
  evaluation: 'how the school finds out whether it worked',
  occupation: 'their job title',
  quote: 'a short quotation in their own words',
  adviceToYear9Self: 'what they would tell their Year 9 self',
  portraitAlt: 'a description of the portrait for people who cannot see it',
  recordHeldBy: 'who holds the consent record',
  section: 'the section or heading of the source it comes from',
  institution: 'the institution, as anonymously as the source describes it',
  context: 'the situation before the work began',
  whatTheyDid: 'one thing the institution did',
  impact: 'the difference it made, with any figures the source gives',
  reflectionQuestions: 'a question for a staff meeting',
  statement: 'the fact in one or two plain sentences, true on the day you checked it',
  value: 'the figure on its own (or nothing, "", if the fact is not a figure)',
  publisher: 'who published the page you checked',
  url: 'the exact address of the page you checked, starting https://',
  topic: 'the curriculum topic the class is already studying',
  say: 'what the teacher says to open, in two or three sentences',
  ask: 'a short question the teacher asks the class',
  'questions.expect': 'an answer pupils are likely to give, or should reach',
  task: 'what pupils do, with nothing to cut out or prepare',
  jobs: 'a named job the topic is used in',
  'routes.name': 'a route into those jobs, such as a named apprenticeship and its level',
  body: 'your own text under each heading',
};

/** Every piece of text in parsed data, with the path to it. */
function* textsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* textsIn(item, [...path, i]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* textsIn(item, [...path, key]);
  }
}

/** One problem for each placeholder still in one piece of text. */
function placeholderProblems(entry: Entry, path: PropertyKey[], text: string): Problem[] {
  const inner = path.length > 0 ? fieldPath(path) : 'body';
  const field = entry.field ? `${entry.field}.${inner}` : inner;
  const names = path.filter((part): part is string => typeof part === 'string');
  const [parent, name = 'body'] = names.length > 1 ? names.slice(-2) : [undefined, names[0]];
  const what = whatToWrite[`${parent}.${name}`] ?? whatToWrite[name] ?? 'your own text';
  return findPlaceholders(text).map((found) =>
    error({
      rule: 'template-placeholder',
      file: entry.file,
      field,
      message: `\`${field}\` still holds example text from \`npm run new\`: ${found}`,
      fix: `Write ${what} in place of the whole "[${placeholderMarker} …]", brackets included. Keep the example's words only where they are true of yours.`,
    }),
  );
}

/** Whether the marker appears anywhere in a value: a quick test, so most entries cost nothing more. */
function holdsMarker(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(placeholderMarker);
  if (Array.isArray(value)) return value.some(holdsMarker);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.values(value).some(holdsMarker);
  return false;
}

/**
 * Example text left from `npm run new` would be published as if it were real: every placeholder
 * still in a lesson, activity, role model, case study, fact or subject starter, in its fields or its body, is an
 * error naming the field and the placeholder.
 */
export function checkTemplatePlaceholders({ entries }: ContentSnapshot): Problem[] {
  return startedFromTemplates.flatMap((collection) =>
    entries[collection]
      .filter((entry) => entry.body.includes(placeholderMarker) || holdsMarker(entry.data))
      .flatMap((entry) => [
        ...[...textsIn(entry.data)].flatMap(([path, text]) =>
          placeholderProblems(entry, path, text),
        ),
        ...placeholderProblems(entry, [], entry.body),
      ]),
  );
}
