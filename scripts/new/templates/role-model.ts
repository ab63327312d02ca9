// The starting file for `npm run new -- role-model`: a worked example of an illustrative profile.
import {
  aYearOn,
  example as e,
  exampleBody,
  howToEdit,
  quote,
  type TemplateInput,
} from '../template-text.ts';

/** A role-model profile: `content/role-models/<slug>.mdx`. */
export const roleModel = ({ title, today }: TemplateInput): string => `---
${howToEdit('role-model profile', 'src/schemas/role-model.ts')}
# Profiles are illustrative composites unless a real person has given consent (CONTENT-RULES.md).
name: ${quote(title)} # the person's name (an invented one for an illustrative profile)
# illustrative: an invented composite, labelled as such on the site.
# real: a real person. Then add their consent and a review date, like this:
#   consent:
#     date: ${today} # the day they agreed to be published
#     recordHeldBy: "Careers Leader, signed form on file"
#   reviewDate: ${aYearOn(today)} # the day to check the profile with them again
kind: illustrative
occupation: ${e('Civil engineer')} # their job title
# Health and care, Construction, Engineering and manufacturing, Digital and technology, Creative and media,
# Law, Finance and business, Public services, Land-based and environment, Hospitality and food, Science,
# Education and childcare, Transport and logistics, Retail and sales, or Sport and leisure
sector: Construction
# apprenticeship, degree-apprenticeship, t-level, college, degree,
# employment-with-training, self-employment or career-change
route: degree-apprenticeship
# The stereotypes the profile challenges: gender, ethnicity, faith, disability,
# socio-economic-background, culture, school-type, age or sexual-orientation-and-gender-identity
challenges: [gender]
# A portrait is an illustration (never a photograph of a child), saved beside this file, with a
# description for people who cannot see it. Add both lines once the image is in place:
#   portrait: ./priya-civil-engineer.svg
#   portraitAlt: "Illustration of a smiling woman in a hard hat and high-visibility jacket"
# One or two sentences for lists and search results.
summary: ${e('She left school at 18 for a degree apprenticeship with a construction firm, and now designs bridges and drainage for new roads.')}
# A short quotation in their own words (invented for an illustrative profile).
quote: ${e('I get to stand on something I drew two years earlier and watch people use it.')}
adviceToYear9Self: ${e('Keep maths and science going, but do not worry if you are not top of the class. Ask to visit a site: you will learn more in a day than in a month of reading.')}
# Lessons that use this profile, by file name without .mdx, for example
# \`relatedLessons: [people-who-broke-the-mould]\`.
relatedLessons: []
---

## My story

${exampleBody('I design the bridges and drainage for new roads. At school I liked maths and art, and nobody I knew worked in engineering.')}

${exampleBody('After A levels I joined a construction firm as a degree apprentice, working four days a week and studying on the fifth. I failed a module in my second year, retook it and passed.')}

${exampleBody('Tell their route honestly, in their own voice: setbacks, part-time study and changes of direction are part of it.')}
`;
