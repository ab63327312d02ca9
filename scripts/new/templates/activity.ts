// The starting file for `npm run new -- activity`: a worked example of an employer encounter.
import {
  example as e,
  exampleBody,
  howToEdit,
  quote,
  type TemplateInput,
} from '../template-text.ts';

/** A whole-school activity: `content/activities/<slug>.mdx`. */
export const activity = ({ title, today }: TemplateInput): string => `---
${howToEdit('whole-school activity', 'src/schemas/activity.ts')}
title: ${quote(title)}
# One or two sentences for lists and search results.
summary: ${e('Year 9 pupils meet six local employers in short small-group conversations before they choose their options, and ask each how they got into their work.')}
years: [9] # the year groups that take part, 5 to 13
# assembly, careers-fair, employer-encounter, provider-encounter, workplace-experience,
# personal-guidance, parents-and-carers, survey, destinations-tracking, enrichment,
# higher-education-encounter, targeted-support, transition or leadership (an assembly's body is
# its slides: see CONTENT-RULES.md)
type: employer-encounter
terms: [spring] # the terms it usually runs in: autumn, spring, summer
outcomes: ["4.1"] # outcome codes it covers, in quotes (see content/outcomes/)
benchmarks: [gb5] # Gatsby Benchmarks it contributes to, gb1 to gb8
cdiAreas: [explore-possibilities] # CDI learning areas; see content/frameworks/cdi.yaml
providerAccess: false # true only for a provider encounter under the Provider Access Legislation
# When and for how long it runs, in plain words.
when: ${e('One afternoon in the spring term, before options evening: two hours, with six rounds of fifteen minutes.')}
# Who leads it and who else is involved.
staffing: ${e('The Careers Leader invites the employers and runs the afternoon; Year 9 tutors go with their groups; the SENCo plans support for pupils who need it.')}
# How the school finds out whether it worked.
evaluation: ${e('Pupils answer three questions afterwards about what they learned and what they will look into next; employers are asked what they would change.')}
# Templates and sheets from content/handouts/ that go with it, by file name without .mdx, for
# example \`handouts: [leader-exit-interview-questions]\`; they are listed on its page.
handouts: []
# Facts from content/facts/ it relies on, by file name without .yaml, for example
# \`facts: [national-careers-service-young-people]\`.
facts: []
lastReviewed: ${today} # the day you last checked this page was accurate
---

## What this is and why we run it

${exampleBody('Pupils choose their options in the spring. Meeting people in a range of jobs, and hearing how each got there, helps them see where their subjects can lead.')}

## Before

${exampleBody('Invite six employers from different sectors who took different routes, and send each a one-page brief. In the careers lesson before, each pupil writes two questions to ask.')}

## On the day

${exampleBody('Pupils sit in groups of five. Each employer spends fifteen minutes with a group and moves on at the bell; tutors keep time and help quieter pupils ask their questions.')}

## Afterwards

${exampleBody('Thank the employers the next day. Pupils answer the evaluation questions in tutor time, and the next careers lesson starts from what they found out.')}
`;
