// The starting file for `npm run new -- case-study`: a worked example from one of the sources.
import {
  example as e,
  exampleBody,
  howToEdit,
  quote,
  type TemplateInput,
} from '../template-text.ts';

/** A case study: `case-studies/<slug>.mdx`. */
export const caseStudy = ({ title }: TemplateInput): string => `---
${howToEdit('case study', 'src/schemas/case-study.ts')}
# A case study retells an example from one of the source documents in our own words, and stays
# as anonymous as its source (CONTENT-RULES.md). Never invent a figure or a quotation.
title: ${quote(title)} # says what was done
source:
  # principles-into-practice-2009, principle-5-booklet-2010, ofsted-2013, kga-framework-2025 or nfer-2012
  document: ofsted-2013
  section: ${e('The section or heading of the source it comes from')}
institution: ${e('An 11–16 school in a market town')} # as anonymous as the source made it
# primary, secondary, all-through, special, pupil-referral-unit, sixth-form,
# further-education, higher-education, partnership or many-schools
phase: secondary
context: ${e('The situation before the work began: few pupils chose apprenticeships, and tutors felt unsure about advising on them.')}
# What the institution did, one action to an item.
whatTheyDid:
  - ${e('Invited apprentices who were former pupils to speak to every Year 10 tutor group.')}
  - ${e('Trained tutors to talk about every route on equal terms.')}
# The difference it made, with any figures the source gives (and only those).
impact: ${e('The source gives no figures. It says pupils knew more about apprenticeships, and more applied.')}
principles: ["1"] # the Principles it illustrates, "1" to "6", in quotes
outcomes: ["3.4"] # outcome codes it illustrates, in quotes (may be [])
# Themes for filtering: gender, disability-and-send, disadvantage, ethnicity-and-faith,
# parents-and-carers, staff-development, leadership, employer-links, labour-market-information,
# transition, primary, personal-guidance, curriculum or evaluation
themes: [employer-links, staff-development]
# At least three questions for a staff meeting.
reflectionQuestions:
  - ${e('Which routes do our pupils hear least about, and from whom?')}
  - ${e('Which former pupils could speak to our tutor groups?')}
  - ${e('How confident are our tutors to talk about every route?')}
# Facts from content/facts/ it relies on, by file name without .yaml, for example
# \`facts: [national-careers-service-young-people]\`.
facts: []
---

## The story

${exampleBody('Tutors at the school said they felt unsure about apprenticeships, and few pupils applied for them. The careers leader asked former pupils who were apprentices to visit every Year 10 tutor group.')}

${exampleBody('Tell the story in our own words. A quotation is short, in quotation marks, with its source and year.')}

## What this means today

${exampleBody('Say what has changed since the source was written, and what a school can take from the example now.')}
`;
