// The bad-content catalogue: mistakes a careers leader really makes in GitHub's web editor or a
// text editor, each made once over the valid fixture and run through `npm run validate` as the
// school would run it. Each must fail (or, for warnings, pass with a warning) naming the file
// and the field, in words a teacher understands, and never with a stack trace.
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/validation/report.ts';
import {
  concurrencyLimit,
  developerJargon,
  fixtureText,
  problemBlocks,
  replace,
  stackTrace,
  validateBrokenTree,
  type BrokenTree,
} from '../helpers/bad-content.ts';

const classes = ['syntax', 'fields', 'references', 'new-rules'] as const;
type MistakeClass = (typeof classes)[number];

interface BadContent extends BrokenTree {
  id: string;
  class: MistakeClass;
  /** The mistake, as the careers leader made it. */
  mistake: string;
  /** What the report must name: the file, and the field and a phrase when given. */
  names: { file: string; field?: string; says?: RegExp };
  /** Validate passes, but must warn (warnings never fail the build). */
  warningOnly?: true;
}

const lesson = 'lessons/year-7/fixture-lesson.mdx';
const school = 'content/school.yaml';
const fact = 'content/facts/fixture-fact.yaml';
const handout = 'content/handouts/fixture-sheet.mdx';
const roleModel = 'content/role-models/fixture-person.mdx';
const caseStudy = 'case-studies/fixture-case.mdx';
const activity = 'content/activities/fixture-survey.mdx';
const cpd = 'content/cpd/fixture-cpd.mdx';
const yearOverview = 'content/years/7.yaml';
const subject = 'content/subjects/fixture-subject.yaml';
const starter = 'content/starters/fixture-subject-ks3.yaml';

/** Appends text to the end of a file's body. */
const append = (extra: string) => (text: string) => `${text.trimEnd()}\n\n${extra}\n`;

/** The fixture lesson as another year's lesson, for cases that need a second one. */
const lessonForYear = (year: number) => replace(/^year: 7$/m, `year: ${year}`)(fixtureText(lesson));

/** A role model's text without its `kind:` line, whether or not the fixture has one. */
const withoutKind = (text: string) => text.replace(/^kind: .*\n/m, '');

/** A role model with an SVG portrait beside it. */
const withPortrait = replace(
  /^summary: /m,
  'portrait: fixture-person.svg\nportraitAlt: A drawing of an engineer at work.\nsummary: ',
);
const portraitFile = 'content/role-models/fixture-person.svg';
const svg = (inside: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"${attributes}>\n${inside}\n  <circle cx="50" cy="40" r="20" fill="#1d4f91"/>\n</svg>\n`;

const threeMoreQuestions = [1, 2, 3]
  .map(
    (n) =>
      `  - type: true-false\n    question: Extra question ${n} is true.\n    answer: true\n    explanation: It was added at the last minute.\n`,
  )
  .join('');

const lastExitQuestion =
  '  - type: true-false\n    question: Only one source is ever needed.\n    answer: false\n    explanation: Checking two sources is safer.\n    checks: 1\n';

const delivery = 'content/delivery/2026-27.yaml';
const gatsbyAssessment = 'content/gatsby-assessment.yaml';

/** A delivery record with one entry for the fixture lesson, plus the given lines. */
const deliveryRecord = (extra = '') =>
  `entries:\n  - lesson: fixture-lesson\n    year: 7\n    halfTerm: autumn 1\n    groups: 6\n${extra}`;

/** A self-assessment dated `assessed`, scoring the given benchmarks (all eight by default). */
const selfAssessment = (assessed = '2026-10-15', ids = [1, 2, 3, 4, 5, 6, 7, 8], score = 80) =>
  `assessed: ${assessed}\nbenchmarks:\n${ids
    .map(
      (n, i) =>
        `  - benchmark: gb${n}\n    score: ${i === 0 ? score : 80}\n    evidence: What we did.\n    nextStep: What we will do.\n`,
    )
    .join('')}`;

const catalogue: BadContent[] = [
  // 1. Syntax: the file cannot be read at all.
  {
    id: 'yaml-indent-school-email',
    class: 'syntax',
    mistake: 'Indents the careers leader’s email one space further than the name above it.',
    files: { [school]: replace('  email: careers', '   email: careers') },
    names: { file: school },
  },
  {
    id: 'yaml-tab-in-fact',
    class: 'syntax',
    mistake: 'Presses Tab to indent the source’s publisher in a fact file.',
    files: { [fact]: replace('  publisher:', '\tpublisher:') },
    names: { file: fact },
  },
  {
    id: 'yaml-tab-in-lesson-steps',
    class: 'syntax',
    mistake: 'Presses Tab to indent a step’s minutes in a lesson’s frontmatter.',
    files: { [lesson]: replace('    minutes: 10', '\tminutes: 10') },
    names: { file: lesson },
  },
  {
    id: 'yaml-unquoted-colon-lesson-summary',
    class: 'syntax',
    mistake: 'Writes a summary with a colon in it, unquoted: "Careers: finding out about jobs".',
    files: {
      [lesson]: replace(/^summary: .*$/m, 'summary: Careers: finding out about jobs on your own.'),
    },
    names: { file: lesson },
  },
  {
    id: 'yaml-unquoted-colon-role-model-quote',
    class: 'syntax',
    mistake: 'Types a quote containing a colon without quotation marks.',
    files: { [roleModel]: replace('quote: "A fixture quote."', 'quote: My advice: keep going.') },
    names: { file: roleModel },
  },
  {
    id: 'yaml-unclosed-quote',
    class: 'syntax',
    mistake: 'Opens a quotation mark on the role model’s quote and never closes it.',
    files: { [roleModel]: replace('quote: "A fixture quote."', 'quote: "A fixture quote.') },
    names: { file: roleModel },
  },
  {
    id: 'yaml-unclosed-list',
    class: 'syntax',
    mistake: 'Deletes the closing ] of a list of adaptations.',
    files: { [lesson]: replace('send: ["Fixture adaptation."]', 'send: ["Fixture adaptation."') },
    names: { file: lesson },
  },
  {
    id: 'yaml-repeated-field',
    class: 'syntax',
    mistake: 'Pastes a second `title:` line into a case study instead of replacing the first.',
    files: { [caseStudy]: replace(/^title: .*$/m, 'title: Fixture case study\ntitle: New title') },
    names: { file: caseStudy },
  },
  {
    id: 'frontmatter-missing-closing-dashes-handout',
    class: 'syntax',
    mistake: 'Deletes the `---` line that closes a handout’s frontmatter.',
    files: { [handout]: replace(/\n---\n\n## Questions/, '\n\n## Questions') },
    names: { file: handout },
  },
  {
    id: 'frontmatter-missing-closing-dashes-lesson',
    class: 'syntax',
    mistake: 'Deletes the `---` line that closes a lesson’s frontmatter.',
    files: { [lesson]: replace(/\n---\n\n## Teacher notes/, '\n\n## Teacher notes') },
    names: { file: lesson },
  },
  {
    id: 'mdx-stray-brace-lesson',
    class: 'syntax',
    mistake: 'Writes "{their name}" in a lesson’s teacher notes, as on a worksheet.',
    files: { [lesson]: append('Pupils write {their name} at the top of the sheet.') },
    names: { file: lesson, field: 'body' },
  },
  {
    id: 'mdx-stray-brace-case-study',
    class: 'syntax',
    mistake: 'Writes a budget as "{about £500}" in a case study’s story.',
    files: { [caseStudy]: append('The trip cost {about £500} in all.') },
    names: { file: caseStudy, field: 'body' },
  },
  {
    id: 'mdx-unclosed-tag-handout',
    class: 'syntax',
    mistake: 'Underlines a word with <u> on a handout and never closes it.',
    files: { [handout]: append('Write your <u>best</u> answer and your <u>second answer.') },
    names: { file: handout, field: 'body' },
  },
  {
    id: 'mdx-html-comment-lesson',
    class: 'syntax',
    mistake: 'Leaves a note to self as an HTML comment `<!-- add the video -->` in a lesson.',
    files: { [lesson]: append('<!-- TODO: add the video link -->') },
    names: { file: lesson, field: 'body' },
  },
  {
    id: 'mdx-less-than-number',
    class: 'syntax',
    mistake: 'Writes "pupils aged <16" in a role model’s story.',
    files: { [roleModel]: append('Support is there for pupils aged <16 and their families.') },
    names: { file: roleModel, field: 'body' },
  },
  {
    id: 'mdx-import-line',
    class: 'syntax',
    mistake: 'Pastes an `import` line copied from an Astro tutorial into a CPD session.',
    files: { [cpd]: append("import Video from '../components/Video.astro';") },
    names: { file: cpd, field: 'body' },
  },

  // 2. Fields: the file reads, but a field is missing, empty or of the wrong kind.
  {
    id: 'missing-lesson-summary',
    class: 'fields',
    mistake: 'Deletes the summary line of a lesson.',
    files: { [lesson]: replace(/^summary: .*\n/m, '') },
    names: { file: lesson, field: 'summary' },
  },
  {
    id: 'missing-activity-evaluation',
    class: 'fields',
    mistake: 'Leaves out how an activity is evaluated.',
    files: { [activity]: replace(/^evaluation: .*\n/m, '') },
    names: { file: activity, field: 'evaluation' },
  },
  {
    id: 'missing-case-study-impact',
    class: 'fields',
    mistake: 'Deletes the impact line of a case study.',
    files: { [caseStudy]: replace(/^impact: .*\n/m, '') },
    names: { file: caseStudy, field: 'impact' },
  },
  {
    id: 'missing-role-model-occupation',
    class: 'fields',
    mistake: 'Writes a role model without their occupation.',
    files: { [roleModel]: replace(/^occupation: .*\n/m, '') },
    names: { file: roleModel, field: 'occupation' },
  },
  {
    id: 'missing-fact-source-address',
    class: 'fields',
    mistake: 'Records a fact’s publisher and title but not the web address.',
    files: { [fact]: replace(/^ {2}url: .*\n/m, '') },
    names: { file: fact, field: 'source.url' },
  },
  {
    id: 'missing-school-careers-email',
    class: 'fields',
    mistake: 'Removes the careers leader’s email from school.yaml.',
    files: { [school]: replace(/^ {2}email: .*\n/m, '') },
    names: { file: school, field: 'careersLeader.email', says: /must publish/ },
  },
  {
    id: 'missing-school-next-review',
    class: 'fields',
    mistake: 'Deletes the next review date from school.yaml.',
    files: { [school]: replace(/^nextReview: .*\n/m, '') },
    names: { file: school, field: 'nextReview' },
  },
  {
    id: 'misspelt-field-lesson',
    class: 'fields',
    mistake: 'Types `homelink:` for `homeLink:` in a lesson.',
    files: { [lesson]: replace('homeLink: Fixture.', 'homelink: Fixture.') },
    names: { file: lesson, field: 'homeLink' },
  },
  {
    id: 'misspelt-excludes',
    class: 'fields',
    mistake: 'Types `excludes:` for `exclude:` in school.yaml, so a lesson stays published.',
    files: { [school]: append('excludes:\n  lessons: [fixture-lesson]') },
    names: { file: school, field: 'excludes' },
  },
  {
    id: 'text-for-number-duration',
    class: 'fields',
    mistake: 'Writes a lesson’s duration as "50 minutes".',
    files: { [lesson]: replace('duration: 50', 'duration: 50 minutes') },
    names: { file: lesson, field: 'duration' },
  },
  {
    id: 'text-for-number-step-minutes',
    class: 'fields',
    mistake: 'Writes a step’s minutes as "ten".',
    files: { [lesson]: replace('minutes: 10', 'minutes: ten') },
    names: { file: lesson, field: 'steps[0].minutes' },
  },
  {
    id: 'number-for-text-fact-value',
    class: 'fields',
    mistake: 'Gives a fact the value 18 (an age), which is read as a number.',
    files: { [fact]: replace('value: Year 9', 'value: 18') },
    names: { file: fact, field: 'value', says: /double quotes/ },
  },
  {
    id: 'number-for-text-school-phone',
    class: 'fields',
    mistake: 'Types the careers phone number without quotes and without spaces.',
    files: { [school]: replace('phone: "01632 960001"', 'phone: 01632960001') },
    names: { file: school, field: 'careersLeader.phone' },
  },
  {
    id: 'yes-for-true-false',
    class: 'fields',
    mistake: 'Answers a true-or-false question with "yes".',
    files: {
      [lesson]: replace(
        'answer: true\n    explanation: Skills grow',
        'answer: yes\n    explanation: Skills grow',
      ),
    },
    names: { file: lesson, field: 'starterQuiz[1]' },
  },
  {
    id: 'yes-for-sixth-form',
    class: 'fields',
    mistake: 'Writes `sixthForm: Yes please` in school.yaml.',
    files: { [school]: replace('sixthForm: false', 'sixthForm: Yes please') },
    names: { file: school, field: 'sixthForm' },
  },
  {
    id: 'sentence-for-list',
    class: 'fields',
    mistake: 'Writes a lesson’s SEND adaptations as one sentence instead of a list.',
    files: { [lesson]: replace('send: ["Fixture adaptation."]', 'send: Give a word bank.') },
    names: { file: lesson, field: 'send' },
  },
  {
    id: 'empty-lesson-title',
    class: 'fields',
    mistake: 'Clears a lesson’s title to "" while renaming it.',
    files: { [lesson]: replace('title: Fixture lesson', 'title: ""') },
    names: { file: lesson, field: 'title' },
  },
  {
    id: 'blank-lesson-support',
    class: 'fields',
    mistake: 'Leaves `support:` with nothing after it, meaning to come back to it.',
    files: { [lesson]: replace('support: Fixture support.', 'support:') },
    names: { file: lesson, field: 'support' },
  },
  {
    id: 'capitalised-term',
    class: 'fields',
    mistake: 'Writes the term as "Autumn" with a capital letter.',
    files: { [lesson]: replace('term: autumn', 'term: Autumn') },
    names: { file: lesson, field: 'term' },
  },
  {
    id: 'unknown-role-model-sector',
    class: 'fields',
    mistake: 'Writes a role model’s sector in their own words ("Engineering").',
    files: { [roleModel]: replace('sector: Engineering and manufacturing', 'sector: Engineering') },
    names: { file: roleModel, field: 'sector' },
  },
  {
    id: 'unknown-outcome-code',
    class: 'fields',
    mistake: 'Lists outcome "1.9", which does not exist.',
    files: { [lesson]: replace('outcomes: ["1.1"]', 'outcomes: ["1.1", "1.9"]') },
    names: { file: lesson, field: 'outcomes[1]' },
  },
  {
    id: 'outcome-code-unquoted',
    class: 'fields',
    mistake: 'Lists an outcome code without quotes (1.1), so it is read as a number.',
    files: { [lesson]: replace('outcomes: ["1.1"]', 'outcomes: [1.1]') },
    names: { file: lesson, field: 'outcomes[0]' },
  },
  {
    id: 'year-out-of-range',
    class: 'fields',
    mistake: 'Gives a handout year 14.',
    files: { [handout]: replace('years: [7]', 'years: [7, 14]') },
    names: { file: handout, field: 'years[1]' },
  },
  {
    id: 'duration-not-steps',
    class: 'fields',
    mistake: 'Changes a lesson to 60 minutes without changing its steps.',
    files: { [lesson]: replace('duration: 50', 'duration: 60') },
    names: { file: lesson, field: 'steps', says: /add up to 50 minutes/ },
  },
  {
    id: 'cpd-agenda-not-duration',
    class: 'fields',
    mistake: 'Lengthens a CPD session to 45 minutes but keeps a 30-minute agenda.',
    files: { [cpd]: replace('duration: 30', 'duration: 45') },
    names: { file: cpd, field: 'agenda' },
  },
  {
    id: 'quiz-too-few-questions',
    class: 'fields',
    mistake: 'Deletes an exit question, leaving three.',
    files: { [lesson]: replace(lastExitQuestion, '') },
    names: { file: lesson, field: 'exitQuiz' },
  },
  {
    id: 'quiz-too-many-questions',
    class: 'fields',
    mistake: 'Adds three more starter questions, making seven.',
    files: { [lesson]: replace('exitQuiz:\n', `${threeMoreQuestions}exitQuiz:\n`) },
    names: { file: lesson, field: 'starterQuiz' },
  },
  {
    id: 'quiz-answer-not-an-option',
    class: 'fields',
    mistake: 'Writes the answer "A nurse" where the option says "Nurse".',
    files: { [lesson]: replace('    answer: Nurse\n', '    answer: A nurse\n') },
    names: { file: lesson, field: 'starterQuiz[0].answer', says: /not one of the options/ },
  },
  {
    id: 'quiz-two-options',
    class: 'fields',
    mistake: 'Gives a multiple-choice question only two options.',
    files: { [lesson]: replace('options: [Nurse, Tuesday, Blue]', 'options: [Nurse, Tuesday]') },
    names: { file: lesson, field: 'starterQuiz[0].options' },
  },
  {
    id: 'quiz-repeated-option',
    class: 'fields',
    mistake: 'Pastes the same option twice.',
    files: {
      [lesson]: replace('options: [Nurse, Tuesday, Blue]', 'options: [Nurse, Tuesday, Tuesday]'),
    },
    names: { file: lesson, field: 'starterQuiz[0].options', says: /appears twice/ },
  },
  {
    id: 'quiz-checks-missing-statement',
    class: 'fields',
    mistake: 'Says an exit question checks "I can" statement 3 of a lesson that has one.',
    files: { [lesson]: replace(/checks: 1\n/, 'checks: 3\n') },
    names: { file: lesson, field: 'exitQuiz[0].checks' },
  },
  {
    id: 'quiz-match-comma',
    class: 'fields',
    mistake: 'Writes "Nurse, doctor" in a match pair without quotes.',
    files: { [lesson]: replace('{ left: Nurse, right:', '{ left: Nurse, doctor, right:') },
    names: { file: lesson, field: 'starterQuiz[3].pairs[0]', says: /double quotes/ },
  },
  {
    id: 'quiz-explanation-paragraph',
    class: 'fields',
    mistake: 'Pastes a whole paragraph as a quiz explanation.',
    files: {
      [lesson]: replace(
        'explanation: A nurse is paid to care for patients.',
        `explanation: ${'Nurses are paid to care for patients in hospitals, clinics and homes. '.repeat(4).trim()}`,
      ),
    },
    names: { file: lesson, field: 'starterQuiz[0].explanation', says: /one sentence/ },
  },
  {
    id: 'wrong-year-folder',
    class: 'fields',
    mistake: 'Changes a lesson to Year 8 but leaves it in the year-7 folder.',
    files: { [lesson]: replace(/^year: 7$/m, 'year: 8') },
    names: { file: lesson, field: 'year', says: /year-7 folder/ },
  },
  {
    id: 'year-overview-wrong-year',
    class: 'fields',
    mistake: 'Copies the Year 7 overview to start Year 8 and edits the wrong file.',
    files: { [yearOverview]: replace('year: 7', 'year: 8') },
    names: { file: yearOverview, field: 'year' },
  },
  {
    id: 'duplicate-lesson-id',
    class: 'fields',
    mistake: 'Copies a lesson into the year-8 folder under the same file name to adapt it.',
    files: { 'lessons/year-8/fixture-lesson.mdx': lessonForYear(8) },
    names: { file: 'lessons/year-8/fixture-lesson.mdx', says: /Rename/ },
  },
  {
    id: 'exclude-typo',
    class: 'fields',
    mistake: 'Excludes a lesson by a misspelt name, so it stays published.',
    files: { [school]: append('exclude:\n  lessons: [fixture-lessen]') },
    names: { file: school, field: 'exclude.lessons[0]' },
  },
  {
    id: 'colour-too-pale',
    class: 'fields',
    mistake: 'Sets the school’s primary colour to a pale yellow.',
    files: { [school]: append('colours:\n  primary: "#ffe066"') },
    names: { file: school, field: 'colours.primary', says: /darker/ },
  },
  {
    id: 'colour-unquoted-hash',
    class: 'fields',
    mistake: 'Writes `primary: #1d4f91` without quotes, so YAML reads it as a comment.',
    files: { [school]: append('colours:\n  primary: #1d4f91') },
    names: { file: school, field: 'colours.primary' },
  },
  {
    id: 'colour-by-name',
    class: 'fields',
    mistake: 'Writes the accent colour as "purple".',
    files: { [school]: append('colours:\n  accent: purple') },
    names: { file: school, field: 'colours.accent', says: /#/ },
  },
  {
    id: 'school-review-passed',
    class: 'fields',
    mistake: 'Leaves last year’s next review date in school.yaml.',
    files: { [school]: replace('nextReview: 2099-01-01', 'nextReview: 2025-07-01') },
    names: { file: school, field: 'nextReview' },
  },
  {
    id: 'email-with-words',
    class: 'fields',
    mistake: 'Writes the careers email as "careers at example.sch.uk".',
    files: {
      [school]: replace('email: careers@example.sch.uk', 'email: careers at example.sch.uk'),
    },
    names: { file: school, field: 'careersLeader.email' },
  },
  {
    id: 'real-role-model-without-consent',
    class: 'fields',
    mistake: 'Marks a role model as a real person without a consent record.',
    files: {
      [roleModel]: (text) =>
        withoutKind(text).replace(/^occupation: /m, 'kind: real\noccupation: '),
    },
    names: { file: roleModel, field: 'consent' },
  },
  {
    id: 'portrait-without-alt',
    class: 'fields',
    mistake: 'Adds a portrait to a role model but no description of it.',
    files: {
      [roleModel]: replace(/^summary: /m, 'portrait: fixture-person.svg\nsummary: '),
      [portraitFile]: svg(''),
    },
    names: { file: roleModel, field: 'portraitAlt' },
  },
  {
    id: 'fact-checked-in-future',
    class: 'fields',
    mistake: 'Types next year as the date a fact was checked.',
    files: { [fact]: replace('checked: 2026-11-01', 'checked: 2036-11-01') },
    names: { file: fact, field: 'checked' },
  },
  {
    id: 'fact-dates-backwards',
    class: 'fields',
    mistake: 'Swaps a fact’s checked and review-by dates, and it is long past review.',
    files: {
      [fact]: replace(
        'checked: 2026-11-01\nreviewBy: 2027-08-31',
        'checked: 2025-08-31\nreviewBy: 2024-11-01',
      ),
    },
    names: { file: fact, field: 'reviewBy' },
  },
  {
    id: 'fact-past-review',
    class: 'fields',
    mistake: 'Leaves a fact unchecked past its review date.',
    files: {
      [fact]: replace(
        'checked: 2026-11-01\nreviewBy: 2027-08-31',
        'checked: 2024-09-01\nreviewBy: 2025-08-31',
      ),
    },
    names: { file: fact, field: 'reviewBy', says: /fixture-sheet\.mdx/ },
    warningOnly: true,
  },
  {
    id: 'fact-source-whole-site',
    class: 'fields',
    mistake: 'Gives a fact’s source as the whole GOV.UK site, not the page.',
    files: { [fact]: replace('https://example.org/fixture-source', 'https://www.gov.uk/') },
    names: { file: fact, field: 'source.url' },
    warningOnly: true,
  },
  {
    id: 'card-sort-without-print-and-go',
    class: 'fields',
    mistake: 'Turns a worksheet into a card sort with no version done on the sheet.',
    files: { [handout]: replace('kind: worksheet', 'kind: card-sort') },
    names: { file: handout, says: /Print and go/ },
    warningOnly: true,
  },
  {
    id: 'contact-details-in-summary',
    class: 'fields',
    mistake: 'Types the careers leader’s phone number into the programme summary.',
    files: {
      [school]: replace(
        'programmeSummary: Fixture programme.',
        'programmeSummary: Ring Mrs Patel on 01632 960001 to find out more.',
      ),
    },
    names: { file: school, field: 'programmeSummary' },
    warningOnly: true,
  },

  // 3. References: a name that points at nothing.
  {
    id: 'dangling-handout',
    class: 'references',
    mistake: 'Names a handout "fixture-sheets" that does not exist.',
    files: { [lesson]: replace('handout: fixture-sheet', 'handout: fixture-sheets') },
    names: { file: lesson, field: 'resources[0].handout', says: /fixture-sheets/ },
  },
  {
    id: 'deleted-handout',
    class: 'references',
    mistake: 'Deletes a handout a lesson still uses.',
    setup: (dir) => rmSync(join(dir, handout)),
    names: { file: lesson, field: 'resources[0].handout' },
  },
  {
    id: 'dangling-role-model',
    class: 'references',
    mistake: 'Adds a role model to a lesson with a typo in their file name.',
    files: { [lesson]: replace(/^facts: /m, 'roleModels: [fixture-persn]\nfacts: ') },
    names: { file: lesson, field: 'roleModels[0]' },
  },
  {
    id: 'dangling-case-study',
    class: 'references',
    mistake: 'Names a case study in a CPD session by its title instead of its file name.',
    files: { [cpd]: replace('caseStudies: [fixture-case]', 'caseStudies: [Fixture case study]') },
    names: { file: cpd, field: 'caseStudies[0]' },
  },
  {
    id: 'renamed-case-study',
    class: 'references',
    mistake: 'Renames a case study’s file, breaking the CPD session that uses it.',
    setup: (dir) =>
      renameSync(join(dir, caseStudy), join(dir, 'case-studies/fixture-case-2013.mdx')),
    names: { file: cpd, field: 'caseStudies[0]' },
  },
  {
    id: 'dangling-fact',
    class: 'references',
    mistake: 'Cites a fact in a handout by a name that does not exist.',
    files: { [handout]: replace('facts: [fixture-fact]', 'facts: [options-in-year-9]') },
    names: { file: handout, field: 'facts[0]' },
  },
  {
    id: 'deleted-fact',
    class: 'references',
    mistake: 'Deletes a fact file that a lesson and a handout still cite.',
    setup: (dir) => rmSync(join(dir, fact)),
    names: { file: lesson, field: 'facts[0]' },
  },
  {
    id: 'dangling-related-lesson',
    class: 'references',
    mistake: 'Links a role model to a lesson that has not been written yet.',
    files: {
      [roleModel]: replace(
        'relatedLessons: [fixture-lesson]',
        'relatedLessons: [fixture-lesson, apprenticeships-explained]',
      ),
    },
    names: { file: roleModel, field: 'relatedLessons[1]' },
  },
  {
    id: 'dangling-benchmark',
    class: 'references',
    mistake: 'Writes a Gatsby Benchmark as "GB1" in capitals.',
    files: { [lesson]: replace('benchmarks: [gb1]', 'benchmarks: [GB1]') },
    names: { file: lesson, field: 'benchmarks[0]' },
  },
  {
    id: 'recalls-missing-lesson',
    class: 'references',
    mistake: 'Makes a starter question recall a lesson by a name that does not exist.',
    files: {
      [lesson]: replace(
        'explanation: Skills grow with practice.\n',
        'explanation: Skills grow with practice.\n    recalls: jobs-people-do\n',
      ),
    },
    names: { file: lesson, field: 'starterQuiz[1].recalls' },
  },
  {
    id: 'recalls-later-lesson',
    class: 'references',
    mistake: 'Makes a Year 7 starter question recall a Year 8 lesson.',
    files: {
      'lessons/year-8/next-steps.mdx': lessonForYear(8),
      [lesson]: replace(
        'explanation: Skills grow with practice.\n',
        'explanation: Skills grow with practice.\n    recalls: next-steps\n',
      ),
    },
    names: { file: lesson, field: 'starterQuiz[1].recalls', says: /does not come before/ },
  },

  // 4. Rules being added now: encodings, misplaced files, dates, contacts, outcomes, pictures, links.
  {
    id: 'non-utf8-lesson',
    class: 'new-rules',
    mistake: 'Saves a lesson from Word as Windows-1252, with a curly apostrophe in the notes.',
    files: {
      [lesson]: Buffer.concat([
        Buffer.from(fixtureText(lesson).trimEnd()),
        Buffer.from('\n\nPupils write what they ', 'latin1'),
        Buffer.from([0x92]),
        Buffer.from('re good at.\n', 'latin1'),
      ]),
    },
    names: { file: lesson, says: /line \d+/ },
  },
  {
    id: 'non-utf8-role-model',
    class: 'new-rules',
    mistake: 'Saves a role model in Latin-1 with a pound sign in the quote.',
    files: {
      [roleModel]: Buffer.from(
        replace(
          'quote: "A fixture quote."',
          'quote: "I earned £90 a week at first."',
        )(fixtureText(roleModel)),
        'latin1',
      ),
    },
    names: { file: roleModel, says: /line \d+/ },
  },
  {
    id: 'lesson-saved-as-md',
    class: 'new-rules',
    mistake: 'Saves a new lesson as `.md` instead of `.mdx`.',
    files: { 'lessons/year-7/my-new-lesson.md': fixtureText(lesson) },
    names: { file: 'lessons/year-7/my-new-lesson.md' },
  },
  {
    id: 'lesson-in-year-9-folder-with-space',
    class: 'new-rules',
    mistake: 'Makes a folder `lessons/Year 9/` for a new lesson.',
    files: { 'lessons/Year 9/options-evening.mdx': lessonForYear(9) },
    names: { file: 'lessons/Year 9/options-evening.mdx' },
  },
  {
    id: 'date-with-slashes-school',
    class: 'new-rules',
    mistake: 'Writes the next review date as 1/2/2027.',
    files: { [school]: replace('nextReview: 2099-01-01', 'nextReview: 1/2/2027') },
    names: { file: school, field: 'nextReview', says: /YYYY-MM-DD/ },
  },
  {
    id: 'date-with-slashes-lesson',
    class: 'new-rules',
    mistake: 'Writes a lesson’s last review as 23/11/2026.',
    files: { [lesson]: replace('lastReviewed: 2026-11-23', 'lastReviewed: 23/11/2026') },
    names: { file: lesson, field: 'lastReviewed', says: /YYYY-MM-DD/ },
  },
  {
    id: 'impossible-date-school',
    class: 'new-rules',
    mistake: 'Sets the next review for 30 February.',
    files: { [school]: replace('nextReview: 2099-01-01', 'nextReview: 2027-02-30') },
    names: { file: school, field: 'nextReview', says: /calendar/ },
  },
  {
    id: 'impossible-date-lesson',
    class: 'new-rules',
    mistake: 'Records a lesson as reviewed on 30 February.',
    files: { [lesson]: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-02-30') },
    names: { file: lesson, field: 'lastReviewed' },
  },
  {
    id: 'impossible-date-fact',
    class: 'new-rules',
    mistake: 'Gives a fact a review-by date of 31 June.',
    files: { [fact]: replace('reviewBy: 2027-08-31', 'reviewBy: 2027-06-31') },
    names: { file: fact, field: 'reviewBy' },
  },
  {
    id: 'phone-ask-at-reception',
    class: 'new-rules',
    mistake: 'Writes `phone: ask at reception` instead of a number.',
    files: { [school]: replace('phone: "01632 960001"', 'phone: ask at reception') },
    names: { file: school, field: 'careersLeader.phone' },
  },
  {
    id: 'outcome-file-deleted',
    class: 'new-rules',
    mistake: 'Deletes an outcome file (leaving 44 of the 45) while tidying up.',
    setup: (dir) => rmSync(join(dir, 'content/outcomes/1.6.yaml')),
    names: { file: 'content/outcomes/1.6.yaml', says: /45/ },
  },
  {
    id: 'outcome-file-added',
    class: 'new-rules',
    mistake: 'Adds an outcome 1.7 of the school’s own to the statutory list.',
    files: {
      'content/outcomes/1.7.yaml':
        'statement: know how to use the careers library\ngloss: Our own.\ntoday: Our own.\nkind: learning\n',
    },
    names: { file: 'content/outcomes/1.7.yaml' },
  },
  {
    id: 'role-model-without-kind',
    class: 'new-rules',
    mistake: 'Writes a role model without saying whether the person is real or illustrative.',
    files: { [roleModel]: withoutKind },
    names: { file: roleModel, field: 'kind' },
  },
  {
    id: 'logo-missing-file',
    class: 'new-rules',
    mistake: 'Names a logo file that was never uploaded.',
    files: { [school]: append('logo: /images/school-crest.png') },
    names: { file: school, field: 'logo' },
  },
  {
    id: 'svg-portrait-script',
    class: 'new-rules',
    mistake: 'Uploads a portrait SVG from a website that carries a <script>.',
    files: {
      [roleModel]: withPortrait,
      [portraitFile]: svg('  <script>fetch("https://tracker.example/")</script>'),
    },
    names: { file: portraitFile, says: /script/ },
  },
  {
    id: 'svg-portrait-onload',
    class: 'new-rules',
    mistake: 'Uploads a portrait SVG with an `onload=` attribute.',
    files: { [roleModel]: withPortrait, [portraitFile]: svg('', ' onload="alert(1)"') },
    names: { file: portraitFile },
  },
  {
    id: 'svg-portrait-foreign-object',
    class: 'new-rules',
    mistake: 'Uploads a portrait SVG with web page content in a <foreignObject>.',
    files: {
      [roleModel]: withPortrait,
      [portraitFile]: svg(
        '  <foreignObject width="100" height="20"><div xmlns="http://www.w3.org/1999/xhtml">Hi</div></foreignObject>',
      ),
    },
    names: { file: portraitFile },
  },
  {
    id: 'svg-portrait-external-href',
    class: 'new-rules',
    mistake: 'Uploads a portrait SVG that loads a picture from another site.',
    files: {
      [roleModel]: withPortrait,
      [portraitFile]: svg(
        '  <image href="https://images.example.com/face.png" width="100" height="100"/>',
      ),
    },
    names: { file: portraitFile },
  },
  {
    id: 'svg-logo-script',
    class: 'new-rules',
    mistake: 'Uploads the school crest as an SVG that carries a <script>.',
    files: {
      [school]: append('logo: /crest.svg'),
      'public/crest.svg': svg('  <script>alert(document.cookie)</script>'),
    },
    names: { file: 'public/crest.svg' },
  },
  {
    id: 'javascript-link-in-handout',
    class: 'new-rules',
    mistake: 'Pastes a `javascript:` link into a handout.',
    files: { [handout]: append('[Click here for the quiz](javascript:alert(1))') },
    names: { file: handout, field: 'body' },
  },
  {
    id: 'portrait-not-an-image',
    class: 'new-rules',
    mistake: 'Renames a Word document to face.png and names it as a portrait.',
    files: {
      [roleModel]: replace(
        'relatedLessons: [fixture-lesson]\n',
        'relatedLessons: [fixture-lesson]\nportrait: ./face.png\nportraitAlt: "A drawing"\n',
      ),
      'content/role-models/face.png': 'PK this is really a .docx file',
    },
    names: { file: roleModel, field: 'portrait', says: /not a picture/ },
  },
  {
    id: 'portrait-unsupported-format',
    class: 'new-rules',
    mistake: 'Names a greyscale PGM scan as a portrait.',
    files: {
      [roleModel]: replace(
        'relatedLessons: [fixture-lesson]\n',
        'relatedLessons: [fixture-lesson]\nportrait: ./scan.pgm\nportraitAlt: "A scan"\n',
      ),
      'content/role-models/scan.pgm': 'P2\n2 2\n255\n0 255\n255 0\n',
    },
    names: { file: roleModel, field: 'portrait', says: /picture the site can|cannot publish/ },
  },
  {
    id: 'missing-picture-in-handout',
    class: 'new-rules',
    mistake: 'Adds a chart to a handout but never uploads the picture.',
    files: { [handout]: append('![Bar chart of local jobs](./local-jobs-chart.png)') },
    names: { file: handout, field: 'body', says: /does not exist/ },
  },
  {
    id: 'data-image-in-lesson',
    class: 'new-rules',
    mistake: 'Pastes a picture as a `data:` address into a lesson.',
    files: { [lesson]: append('![Pie chart of jobs](data:image/png;base64,iVBORw0KGgo=)') },
    names: { file: lesson, field: 'body' },
  },
  {
    id: 'javascript-fact-source',
    class: 'new-rules',
    mistake: 'Gives a fact’s source address as a `javascript:` link.',
    files: {
      [fact]: replace('https://example.org/fixture-source', 'javascript:alert(document.cookie)'),
    },
    names: { file: fact, field: 'source.url' },
  },
  {
    id: 'delivery-pupil-name',
    class: 'new-rules',
    mistake: 'Records which pupil took part, by name, in the delivery record.',
    files: { [delivery]: deliveryRecord('    pupil: Jane Smith\n') },
    names: { file: delivery, field: 'entries[0].pupil', says: /identifies a pupil/ },
  },
  {
    id: 'delivery-parent-email',
    class: 'new-rules',
    mistake: 'Pastes a parent’s email address into a delivery evaluation note.',
    files: { [delivery]: deliveryRecord('    evaluation: Thanks from jo.parent@gmail.com.\n') },
    names: { file: delivery, field: 'entries[0].evaluation', says: /not the careers leader/ },
  },
  {
    id: 'delivery-missing-lesson',
    class: 'references',
    mistake: 'Records a lesson in the delivery record by a name that is not its file name.',
    files: { [delivery]: replace('fixture-lesson', 'Fixture lesson')(deliveryRecord()) },
    names: { file: delivery, field: 'entries[0].lesson', says: /no lesson/ },
  },
  {
    id: 'delivery-lesson-and-activity',
    class: 'fields',
    mistake: 'Records a lesson and an activity in one delivery entry.',
    files: { [delivery]: deliveryRecord('    activity: provider-visit-a\n') },
    names: { file: delivery, field: 'entries[0].activity' },
  },
  {
    id: 'delivery-file-named-by-term',
    class: 'new-rules',
    mistake: 'Names the delivery record for the term, not the school year.',
    files: { 'content/delivery/autumn-2026.yaml': deliveryRecord() },
    names: { file: 'content/delivery/autumn-2026.yaml', says: /not a school year/ },
  },
  {
    id: 'gatsby-assessment-missing-benchmark',
    class: 'new-rules',
    mistake: 'Leaves personal guidance out of the Gatsby self-assessment.',
    files: { [gatsbyAssessment]: selfAssessment(undefined, [1, 2, 3, 4, 5, 6, 7]) },
    names: { file: gatsbyAssessment, field: 'benchmarks', says: /gb8/ },
  },
  {
    id: 'gatsby-assessment-score-over-100',
    class: 'fields',
    mistake: 'Types a benchmark score of 120 for 100 in the Gatsby self-assessment.',
    files: { [gatsbyAssessment]: selfAssessment(undefined, undefined, 120) },
    names: { file: gatsbyAssessment, field: 'benchmarks[0].score', says: /0 to 100/ },
  },
  {
    id: 'gatsby-assessment-out-of-date',
    class: 'new-rules',
    mistake: 'Leaves a Gatsby self-assessment from years ago in place.',
    files: { [gatsbyAssessment]: selfAssessment('2020-01-15') },
    names: { file: gatsbyAssessment, field: 'assessed', says: /more than a year ago/ },
    warningOnly: true,
  },
  // Subjects and their ten-minute starters.
  {
    id: 'starter-misspelt-subject',
    class: 'references',
    mistake: 'Writes the subject of a new starter as "fixture-subjects".',
    files: { [starter]: replace('subject: fixture-subject', 'subject: fixture-subjects') },
    names: { file: starter, field: 'subject', says: /fixture-subjects/ },
  },
  {
    id: 'starter-for-year-6',
    class: 'fields',
    mistake: 'Writes a subject starter for a Year 6 class.',
    files: { [starter]: replace('year: 8', 'year: 6') },
    names: { file: starter, field: 'year', says: /Years 7 to 13/ },
  },
  {
    id: 'starter-no-expected-answers',
    class: 'fields',
    mistake: 'Asks a question in a starter but leaves out the answers to expect.',
    files: { [starter]: replace('    expect: [A fixture answer]\n', '') },
    names: { file: starter, field: 'questions[0].expect' },
  },
  {
    id: 'subject-one-role-model',
    class: 'new-rules',
    mistake: 'Links only one role model to a subject.',
    files: { [subject]: replace('[fixture-person, fixture-other-person]', '[fixture-person]') },
    names: { file: subject, field: 'roleModels', says: /at least 2/ },
  },
  {
    id: 'toolkit-misspelt-activity',
    class: 'references',
    mistake: 'Adds an activity to the careers leader toolkit with a typo in its file name.',
    files: {
      'content/careers-leaders.yaml':
        '- id: surveys\n  title: Surveys\n  summary: What pupils tell us.\n  activities: [fixture-survy]\n',
    },
    names: {
      file: 'content/careers-leaders.yaml',
      field: '[0].activities[0]',
      says: /fixture-survy/,
    },
  },
  {
    id: 'readiness-check-too-short',
    class: 'fields',
    mistake: 'Writes a career-readiness check with only two questions.',
    files: {
      'content/readiness-checks/ks3-check.yaml': [
        'title: A check',
        'years: [7]',
        'summary: A short check.',
        'instructions: Take it twice.',
        'items:',
        "  - { outcome: '3.1', kind: knowledge, question: 'Name a route.', markingGuide: 'Any route.' }",
        "  - { outcome: '3.2', kind: confidence, question: 'I know my options.' }",
        'lastReviewed: 2026-11-20',
        '',
      ].join('\n'),
    },
    names: { file: 'content/readiness-checks/ks3-check.yaml', field: 'items' },
  },
  {
    id: 'subject-without-degrees',
    class: 'fields',
    mistake: 'Deletes the degrees a subject leads to, listing only the other routes.',
    files: { [subject]: replace('  degrees: [Chemistry]\n', '') },
    names: { file: subject, field: 'leadsTo.degrees' },
  },
];

/**
 * Cases the validator does not catch yet, with why. Each is listed as a todo and printed, never
 * passed: move a case out of here as soon as its rule lands.
 */
const notYetCaught: Record<string, string> = {};

describe('the bad-content catalogue', () => {
  it('holds at least 60 cases, every class with at least one and most with several', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(60);
    const perClass = classes.map((c) => catalogue.filter((k) => k.class === c).length);
    expect(Math.min(...perClass)).toBeGreaterThanOrEqual(1);
    expect(perClass.filter((n) => n > 1).length).toBeGreaterThanOrEqual(3);
    expect(new Set(catalogue.map((c) => c.id)).size).toBe(catalogue.length);
    for (const id of Object.keys(notYetCaught)) expect(catalogue.map((c) => c.id)).toContain(id);
  });

  it('reads every problem out of the report validate prints, and nothing of the summary', () => {
    const problem = { rule: 'r', message: 'What is wrong.', fix: 'Do this.' };
    const report = formatReport({
      problems: [
        { ...problem, severity: 'error', file: lesson, field: 'steps[0].minutes' },
        { ...problem, severity: 'warning', file: school, field: '' },
      ],
      errors: 1,
      warnings: 1,
      coverage: [],
      byYear: [],
      counts: { lessons: 1 },
    });
    expect(problemBlocks(report)).toEqual([
      {
        severity: 'ERROR',
        file: lesson,
        field: 'steps[0].minutes',
        text: `ERROR  ${lesson}  ›  steps[0].minutes\n  What is wrong.\n  Fix: Do this.`,
      },
      {
        severity: 'warning',
        file: school,
        field: '',
        text: `warning  ${school}  ›  \n  What is wrong.\n  Fix: Do this.`,
      },
    ]);
  });
});

// validate is a child process; two at a time on a two-core machine.
const limit = concurrencyLimit(2);

if (Object.keys(notYetCaught).length > 0) {
  console.info(
    `Bad content not yet caught:\n${Object.entries(notYetCaught)
      .map(([id, why]) => `  ${id}: ${why}`)
      .join('\n')}`,
  );
}

describe.concurrent('npm run validate on bad content', () => {
  for (const badContent of catalogue) {
    const { id, mistake, names, warningOnly } = badContent;
    const title = `${badContent.class} / ${id}: ${mistake}`;
    const why = notYetCaught[id];
    if (why !== undefined) {
      it.todo(`${title} (not yet caught: ${why})`);
      continue;
    }
    it(title, { timeout: 60_000 }, async () => {
      const { status, output } = await limit(() => validateBrokenTree(badContent));
      expect(output, 'validate fell over with a stack trace').not.toMatch(stackTrace);
      expect(status, output).toBe(warningOnly ? 0 : 1);
      const blocks = problemBlocks(output);
      const severity = warningOnly ? 'warning' : 'ERROR';
      const named = blocks.filter(
        (b) =>
          b.severity === severity &&
          b.file === names.file &&
          (names.field === undefined || b.field.startsWith(names.field)),
      );
      expect(
        named.length,
        `no ${severity} names ${names.file} ${names.field ?? ''}:\n${output}`,
      ).toBeGreaterThan(0);
      if (names.says) {
        expect(
          named.some((b) => names.says?.test(b.text)),
          `no problem for ${names.file} says ${String(names.says)}:\n${output}`,
        ).toBe(true);
      }
      for (const block of blocks)
        expect(block.text, 'developer jargon').not.toMatch(developerJargon);
    });
  }
});
