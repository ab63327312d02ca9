// Starting files for `npm run new`. Each is valid as written (a unit test parses every one with
// its schema), with comments telling the author what to change.

export type NewKind = 'lesson' | 'activity' | 'role-model' | 'case-study' | 'fact';

export interface TemplateInput {
  title: string;
  year: number;
  today: string;
}

const quote = (text: string) => JSON.stringify(text);

const lesson = ({ title, year, today }: TemplateInput) => `---
# A new Horizons lesson. Every field is explained in src/schemas/lesson.ts.
# Run \`npm run validate\` after each change: it names any problem and how to fix it.
title: ${quote(title)}
year: ${year} # must match the year-N folder this file is in
term: autumn # autumn, spring or summer
halfTerm: 1 # 1 before the half-term holiday, 2 after it
duration: 60 # minutes; the steps' minutes below must add up to this
format: lesson # lesson, tutor-time, assembly or drop-down-day
summary: "One or two sentences a teacher reads in search results."
pupilOutcomes:
  - "I can …"
# Outcome codes this lesson teaches, in quotes (see the Outcomes page or content/outcomes/).
outcomes: ["1.1"]
outcomeNotes: "Say which steps meet which outcome."
benchmarks: [gb2] # Gatsby Benchmarks gb1 to gb8
cdiAreas: [explore-possibilities] # see content/frameworks/cdi.yaml
keywords:
  - term: "Key word"
    definition: "What it means, in words a pupil understands."
resources: [] # e.g. - name: "Card sort (one per pair)" / handout: y9-my-card-sort
steps:
  - title: "Starter"
    minutes: 10
    teacher: "What the teacher says (in quotation marks) and does."
    pupils: "What pupils do."
    expected: "Answers to expect."
  - title: "Main activity"
    minutes: 40
    teacher: "What the teacher says and does."
    pupils: "What pupils do."
  - title: "Plenary"
    minutes: 10
    teacher: "How the teacher checks learning."
    pupils: "What pupils do."
misconceptions: []
support: "How the task changes for pupils who need more support."
stretch: "How the task changes for pupils who need more challenge."
send:
  - "An adaptation that changes the task, e.g. picture cards instead of text."
challengesStereotypes: "How this lesson challenges stereotypes."
sensitive: [] # e.g. - moment: "Talking about family jobs" / guidance: "…"
# Two quizzes of 4 to 6 questions each; every question has one right answer and a one-line
# explanation. Types: choice (3 or 4 options; answer copied exactly from them), true-false
# (answer: true or false), order (items listed in the right order; pupils see them mixed up)
# and match (pairs; pupils see the right-hand side mixed up). See src/schemas/quiz.ts.
# The starter quiz recalls earlier learning: \`recalls:\` may name an earlier lesson's id.
starterQuiz:
  - type: choice
    question: "A question about something pupils learned before."
    options: ["The right answer", "A wrong answer", "Another wrong answer"]
    answer: "The right answer"
    explanation: "One line a pupil can learn from."
  - type: true-false
    question: "A statement that is true or false."
    answer: true
    explanation: "Why it is true."
  - type: order
    question: "Put these in order, first to last."
    items: ["First", "Second", "Third"]
    explanation: "Why this order."
  - type: match
    question: "Match each job to what it involves."
    pairs:
      - { left: "A job", right: "What it involves" }
      - { left: "Another job", right: "What that involves" }
      - { left: "A third job", right: "What the third involves" }
    explanation: "What links each pair."
# The exit quiz checks this lesson: \`checks:\` is the number of an "I can" statement above
# (1 for the first) or one of the outcome codes in quotes.
exitQuiz:
  - type: choice
    question: "A question about what pupils learned today."
    options: ["The right answer", "A wrong answer", "Another wrong answer", "A fourth option"]
    answer: "The right answer"
    explanation: "One line a pupil can learn from."
    checks: 1
  - type: true-false
    question: "A statement about today's lesson."
    answer: false
    explanation: "Why it is false."
    checks: 1
  - type: choice
    question: "Another question about today."
    options: ["A wrong answer", "The right answer", "Another wrong answer"]
    answer: "The right answer"
    explanation: "One line a pupil can learn from."
    checks: 1
  - type: true-false
    question: "Another statement about today's lesson."
    answer: true
    explanation: "Why it is true."
    checks: "1.1"
assessment: "How the teacher will know pupils got there."
homeLink: "Something to talk about at home with parents or carers."
facts: [] # ids of facts from content/facts/ this lesson relies on (UCAS rules, funding, pay…)
lastReviewed: ${today}
---

## Before the lesson

What to prepare and print.

## Teacher notes

Background a non-specialist teacher needs.
`;

const activity = ({ title, today }: TemplateInput) => `---
# A new whole-school activity. Every field is explained in src/schemas/activity.ts.
title: ${quote(title)}
summary: "One or two sentences for lists and search results."
years: [7, 8, 9] # the year groups that take part
# assembly, careers-fair, employer-encounter, provider-encounter, workplace-experience,
# personal-guidance, parents-and-carers, survey, destinations-tracking or enrichment
type: employer-encounter
terms: [spring]
outcomes: ["4.1"] # outcome codes it covers, in quotes
benchmarks: [gb5]
providerAccess: false # true if it is a provider encounter under the Provider Access Legislation
when: "When and for how long it runs."
staffing: "Who leads it and who else is involved."
evaluation: "How the school finds out whether it worked."
lastReviewed: ${today}
---

## Before

## On the day

## Afterwards
`;

const roleModel = ({ title }: TemplateInput) => `---
# A new role-model profile. Every field is explained in src/schemas/role-model.ts.
name: ${quote(title)}
# illustrative: an invented composite (labelled as such on the site).
# real: a real person; then add consent (date and who holds the record) and a reviewDate.
kind: illustrative
occupation: "Job title"
# Health and care, Construction, Engineering and manufacturing, Digital and technology, Creative and media,
# Law, Finance and business, Public services, Land-based and environment, Hospitality and food, Science,
# Education and childcare, Transport and logistics, Retail and sales, or Sport and leisure
sector: Construction
# apprenticeship, degree-apprenticeship, t-level, college, degree,
# employment-with-training, self-employment or career-change
route: apprenticeship
challenges: [gender] # gender, ethnicity, faith, disability, socio-economic-background, culture, school-type, age
summary: "One or two sentences for lists and search results."
quote: "A short quotation in their own words."
adviceToYear9Self: "What they would tell their Year 9 self."
relatedLessons: [] # lesson file names, e.g. people-who-broke-the-mould
---

Their story: the route, honestly, with setbacks and changes of direction.
`;

const caseStudy = ({ title }: TemplateInput) => `---
# A new case study. Every field is explained in src/schemas/case-study.ts.
title: ${quote(title)}
source:
  # principles-into-practice-2009, principle-5-booklet-2010, ofsted-2013, kga-framework-2025 or nfer-2012
  document: ofsted-2013
  section: "The section or heading it comes from"
institution: "As anonymous as the source made it, e.g. an inner-city 11–16 school"
phase: secondary
context: "The situation before the work began."
whatTheyDid:
  - "One thing they did."
impact: "The difference it made, with any figures the source gives."
principles: ["1"]
outcomes: []
themes: [] # e.g. gender, employer-links, leadership
reflectionQuestions:
  - "A question for a staff meeting?"
  - "Another?"
  - "A third?"
---

The story, in our own words.
`;

/** A year after `today` (YYYY-MM-DD), when a new fact is next due for checking. */
const aYearOn = (today: string) => `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

const fact = ({
  title,
  today,
}: TemplateInput) => `# A fact for the facts register. Every field is explained in src/schemas/fact.ts.
# Cite it from a lesson, handout or activity by adding this file's name to its \`facts:\` list.
statement: ${quote(title)} # the fact in one or two plain sentences, as pupils will read it
value: "" # the figure on its own, if the fact is one (e.g. "4,000 characters")
area: qualifications # qualifications, apprenticeships, higher-education, money or law-and-guidance
source:
  publisher: "Who published the page you checked"
  title: "The page's title, as published"
  url: https://www.gov.uk/ # replace with the exact address of the page you checked
checked: ${today} # the day you read the source
reviewBy: ${aYearOn(today)} # when it must be checked again; sooner if it changes each year
`;

export const templates: Record<NewKind, (input: TemplateInput) => string> = {
  lesson,
  activity,
  'role-model': roleModel,
  'case-study': caseStudy,
  fact,
};

/** Where a new file of each kind goes, relative to the project root. */
export function targetPath(kind: NewKind, slug: string, year: number): string {
  switch (kind) {
    case 'lesson':
      return `lessons/year-${year}/${slug}.mdx`;
    case 'activity':
      return `content/activities/${slug}.mdx`;
    case 'role-model':
      return `content/role-models/${slug}.mdx`;
    case 'case-study':
      return `case-studies/${slug}.mdx`;
    case 'fact':
      return `content/facts/${slug}.yaml`;
  }
}
