// The starting file for `npm run new -- starter`: a worked example of a ten-minute subject starter.
import { example as e, howToEdit, quote, type TemplateInput } from '../template-text.ts';

/** A subject starter: `content/starters/<slug>.yaml`. */
export const starter = ({
  title,
  year,
  today,
}: TemplateInput): string => `${howToEdit('ten-minute subject starter', 'src/schemas/starter.ts')}
# A subject teacher runs it at the start of an ordinary lesson, with nothing to cut or prepare.
title: ${quote(title)}
# Which subject it belongs to, by file name in content/subjects/ without .yaml, for example
# \`subject: maths\`.
subject: maths
year: ${year >= 7 && year <= 13 ? year : 8} # the year group it is written for, 7 to 13
# The curriculum topic the class is already studying.
topic: ${e('Ratio and proportion')}
# What the teacher says to open, read aloud: two or three sentences.
say: ${e('Pharmacy technicians prepare medicines every day, and they use the ratio methods we are learning today. They always check their working.')}
# The questions to ask, each with the answers to listen for.
questions:
  - ask: ${e('A medicine has 5 ml of liquid for every 2 tablets of drug. How much liquid holds 6?')}
    expect: [${e('15 ml')}]
# What pupils do, in exercise books or on mini whiteboards.
task: ${e('In pairs, write a made-up dose question for your partner, swap, solve it and check each other’s working.')}
jobs: [${e('Pharmacy technician')}, ${e('Nurse')}] # named jobs the topic is used in
# Routes into those jobs: apprenticeship, degree-apprenticeship, t-level, college, degree,
# employment-with-training, self-employment or career-change. Give more than one kind.
routes:
  - { route: apprenticeship, name: ${e('Level 3 pharmacy technician apprenticeship')} }
  - { route: degree, name: ${e('Pharmacy degree')} }
# Role models it can point to, by file name in content/role-models/, for example
# \`roleModels: [abena-chartered-accountant]\`; or leave the list empty.
roleModels: []
outcomes: ["3.3"] # outcome codes it touches, in quotes (see content/outcomes/)
minutes: 10
# Facts from content/facts/ it relies on, for example \`facts: [apprenticeship-levels]\`.
facts: []
lastReviewed: ${today} # the day you last checked it was accurate
`;
