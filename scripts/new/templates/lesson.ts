// The starting file for `npm run new -- lesson`: a worked example of a lesson on researching a
// job, with every field filled in and every example marked for the author to replace.
import {
  example as e,
  exampleBody,
  howToEdit,
  quote,
  type TemplateInput,
} from '../template-text.ts';

/** The lesson's frontmatter fields up to its quizzes. */
const plan = ({
  title,
  year,
}: TemplateInput) => `${howToEdit('Horizons lesson', 'src/schemas/lesson.ts')}
# CONTENT-RULES.md says what makes a lesson ready to teach.
title: ${quote(title)}
year: ${year} # must match the year-N folder this file is in
term: autumn # autumn, spring or summer
halfTerm: 1 # 1 before the half-term holiday, 2 after it
duration: 60 # minutes; the steps' minutes below must add up to this
format: lesson # lesson, tutor-time, assembly or drop-down-day
# One or two sentences a teacher reads in search results and lists.
summary: ${e('Pupils find out where to get trusted information about a job, research one job on their own with a National Careers Service job profile, and say whether it might suit them.')}
# "I can" statements pupils check themselves against. They go on slides: keep them short.
pupilOutcomes:
  - ${e('I can name two trusted places to find out about a job.')}
  - ${e('I can find out what a job involves and the routes into it.')}
  - ${e('I can say whether a job I researched might suit me, and why.')}
# Outcome codes this lesson teaches, in quotes (see the Outcomes page or content/outcomes/).
outcomes: ["1.1"]
# Which steps meet which outcome.
outcomeNotes: ${e('1.1: steps 2 and 3 (each pupil researches a job on their own and checks one detail with a second source).')}
benchmarks: [gb2] # Gatsby Benchmarks it contributes to, gb1 to gb8
cdiAreas: [explore-possibilities] # CDI learning areas; see content/frameworks/cdi.yaml
# Key words pupils meet, each with a definition in words a pupil understands.
keywords:
  - term: ${e('job profile')}
    definition: ${e('A page that says what a job involves, the hours, the pay and the routes in.')}
  - term: ${e('entry requirements')}
    definition: ${e('The qualifications or experience you need to start a course or a job.')}
# Everything the lesson needs. For one of this site's handouts, add its file name from
# content/handouts/ (without .mdx) on a line of its own under the name, for example:
#   - name: "My work experience plan (one per pupil)"
#     handout: y10-my-work-experience-plan
resources:
  - name: ${e('Job research sheet (one per pupil)')}
  - name: ${e('The National Careers Service job profiles, on a computer or phone for each pair')}
# The timed plan: what the teacher says (in quotation marks) and does, what pupils do (a few
# words: it goes on a slide) and the answers to expect (teacher notes only; may be left out).
steps:
  - title: ${e('Starter quiz')}
    minutes: 8
    teacher: ${e('Show the starter quiz. Say: "Four questions about what you already know. Answer on your own, then check with a partner." Go through the answers.')}
    pupils: ${e('Answer the starter quiz, then check with a partner.')}
    expected: ${e('Most pupils know what an apprenticeship is; some mix up sectors and job titles.')}
  - title: ${e('Where to look')}
    minutes: 10
    teacher: ${e('Ask: "If you wanted to find out about a job, where would you look?" List answers, then ask which can be trusted and why. Show one National Careers Service job profile and point out each section.')}
    pupils: ${e('Suggest places to look and sort them into trusted and not sure.')}
    expected: ${e('The National Careers Service, college and university websites, people who do the job; videos and social media are a start but need checking.')}
  - title: ${e('Research a job')}
    minutes: 30
    teacher: ${e('Say: "Choose a job you know little about. Use its job profile to fill in the research sheet, then check one detail somewhere else." Go round asking: "How do you know that is true?"')}
    pupils: ${e('Research one job on their own and fill in the research sheet.')}
    expected: ${e('What the job involves, the hours, two routes in (such as college, an apprenticeship or university), and one detail checked elsewhere.')}
  - title: ${e('Exit quiz and plenary')}
    minutes: 12
    teacher: ${e('Pupils tell a partner whether their job might suit them and why. Then show the exit quiz and go through the answers.')}
    pupils: ${e('Tell a partner about their job, then answer the exit quiz.')}
# Common wrong ideas pupils have, and how the teacher answers each.
misconceptions:
  - idea: ${e('There is only one way into each job.')}
    response: ${e('Most job profiles list several routes, such as college, an apprenticeship or university. Ask pupils to find two for their job.')}
  - idea: ${e('If a website looks professional, what it says must be true.')}
    response: ${e('Check who wrote it and when, and check one detail somewhere else before you rely on it.')}
# How the task changes for pupils who need more support or more challenge.
support: ${e('Pupils research a job from a short list the teacher chooses, using a research sheet with sentence starters.')}
stretch: ${e('Pupils compare two routes into their job and say which would suit them better, and why.')}
# SEND adaptations that change the task (not just "support weaker pupils").
send:
  - ${e('Pupils who find reading hard research with a partner, using the profile read aloud by a screen reader.')}
  - ${e('Pupils who find open choices hard pick a job from three picture cards before they start.')}
# How the lesson challenges stereotypes.
challengesStereotypes: ${e('The jobs shown as examples include a male nurse and a female electrician, without comment, and pupils are asked to research a job they would not usually consider.')}
# Moments that may touch family circumstances, money, disability or identity, with guidance.
sensitive:
  - moment: ${e("Talking about the jobs pupils' families do.")}
    guidance: ${e('Some pupils have no one in work at home. Never ask pupils to say what their parents do; let them talk about any adult they know, or none.')}
  - moment: ${e('Pay shown on job profiles.')}
    guidance: ${e('Keep the talk on what the job involves and the routes in, not on who earns most. Do not ask about family incomes.')}`;

/** The lesson's quizzes, its remaining fields and its body. */
const quizzesAndNotes = ({ today }: TemplateInput) => `
# Two quizzes of 4 to 6 questions each; every question has one right answer and a one-line
# explanation. Types: choice (3 or 4 options; answer copied exactly from them), true-false
# (answer: true or false), order (items listed in the right order; pupils see them mixed up)
# and match (3 to 5 pairs; pupils see the right-hand side mixed up). See src/schemas/quiz.ts.
# The starter quiz recalls earlier learning. A question that recalls one lesson names it:
# add a line \`recalls: <the lesson's file name, without .mdx>\`, for example
# \`recalls: people-who-broke-the-mould\`; that lesson must come earlier in the programme.
starterQuiz:
  - type: choice
    question: ${e('What is an apprenticeship?')}
    options:
      - ${e('A paid job with training')}
      - ${e('A course you pay for before you start work')}
      - ${e('A week of unpaid work experience')}
    answer: ${e('A paid job with training')}
    explanation: ${e('Apprentices earn a wage while they train for a job.')}
  - type: true-false
    question: ${e('Skills you use in a hobby can also be useful at work.')}
    answer: true
    explanation: ${e('Teamwork, patience and solving problems count wherever you learned them.')}
  - type: order
    question: ${e('Put the steps of applying for an apprenticeship in order, first to last.')}
    items:
      - ${e('Find a vacancy')}
      - ${e('Send an application')}
      - ${e('Go to an interview')}
      - ${e('Start the apprenticeship')}
    explanation: ${e('You apply for an apprenticeship as you would for a job.')}
  - type: match
    question: ${e('Match each job to its sector.')}
    pairs:
      - { left: ${e('Paramedic')}, right: ${e('Health and care')} }
      - { left: ${e('Bricklayer')}, right: ${e('Construction')} }
      - { left: ${e('Chef')}, right: ${e('Hospitality and food')} }
    explanation: ${e('A sector is a group of jobs in the same area of work.')}
# The exit quiz checks this lesson. Every question says what it checks: \`checks: 1\` is the
# first "I can" statement above, or an outcome code from \`outcomes\` in quotes (\`checks: "1.1"\`).
# Between them the questions check every "I can" statement.
exitQuiz:
  - type: choice
    question: ${e('Which is a trusted place to find out what a job involves?')}
    options:
      - ${e('A National Careers Service job profile')}
      - ${e('A comment under a video')}
      - ${e('A game that features the job')}
    answer: ${e('A National Careers Service job profile')}
    explanation: ${e('It is a free public service, and its job profiles say what a job involves and how to get in.')}
    checks: 1
  - type: true-false
    question: ${e('A job profile shows the routes into a job, such as college, an apprenticeship or university.')}
    answer: true
    explanation: ${e('Most jobs have more than one route in, and a job profile lists them.')}
    checks: 2
  - type: order
    question: ${e('Put these research steps in order, first to last.')}
    items:
      - ${e('Choose a job to find out about')}
      - ${e('Find its job profile')}
      - ${e('Note what the job involves and how to get in')}
      - ${e('Check one detail somewhere else')}
    explanation: ${e('Finding the facts first means you have something to check.')}
    checks: 2
  - type: match
    question: ${e('Match each question to the part of a job profile that answers it.')}
    pairs:
      - { left: ${e('What would I do each day?')}, right: ${e('Day-to-day tasks')} }
      - { left: ${e('What do I need to start?')}, right: ${e('Entry requirements')} }
      - { left: ${e('Where could this job lead?')}, right: ${e('Career path and progression')} }
    explanation: ${e('Knowing where to look in a job profile makes research on your own quicker.')}
    checks: "1.1"
  - type: choice
    question: ${e('Sam loves being outdoors. Which part of a job profile helps Sam most to judge whether a job would suit them?')}
    options:
      - ${e('Working environment')}
      - ${e('Entry requirements')}
      - ${e('Career path and progression')}
    answer: ${e('Working environment')}
    explanation: ${e('The working environment says where you would work, such as outdoors or in an office.')}
    checks: 3
# How the teacher will know pupils got there.
assessment: ${e('Research sheets show whether each pupil found what the job involves and two routes in (1.1); the exit quiz shows who can name trusted sources.')}
# Something pupils share or do at home with parents or carers.
homeLink: ${e('Pupils show their research sheet at home and ask an adult what they would like to know about the job.')}
# Role-model profiles and case studies the lesson uses, by file name without .mdx, for
# example \`roleModels: [abena-chartered-accountant]\` or \`caseStudies: [life-skills-faculty]\`.
roleModels: []
caseStudies: []
# Facts from content/facts/ the lesson relies on (UCAS rules, funding, pay), by file name
# without .yaml, for example \`facts: [national-careers-service-young-people]\`.
facts: []
lastReviewed: ${today} # the day you last checked the lesson was accurate
---

## Before the lesson

${exampleBody('Book computers or check that pupils can use phones. Print one job research sheet per pupil. Try the National Careers Service job profile search yourself so you can show it.')}

## Teacher notes

${exampleBody('Background a non-specialist teacher needs: what a job profile contains, and that most jobs have several routes in. Keep changeable details (pay, rules) out of the lesson and cite them from the facts register.')}

## If you have more time

${exampleBody('Pupils research a second job in the same sector and compare the two.')}
`;

/** A lesson: `lessons/year-N/<slug>.mdx`. */
export const lesson = (input: TemplateInput): string =>
  `---\n${plan(input)}${quizzesAndNotes(input)}`;
