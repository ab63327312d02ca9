// The starting file for `npm run new -- fact`: a worked example of an entry in the facts register.
import { placeholder } from '../../../src/validation/placeholders.ts';
import { aYearOn, example as e, howToEdit, quote, type TemplateInput } from '../template-text.ts';

/** A fact: `content/facts/<slug>.yaml`. */
export const fact = ({
  title,
  today,
}: TemplateInput): string => `${howToEdit('fact for the facts register', 'src/schemas/fact.ts')}
# Check the fact at its source before you write it, and leave out any detail the source does not
# support. Cite it from a lesson, handout or activity by adding this file's name to its \`facts:\`.
# The fact (${quote(title)}) in one or two plain sentences, as pupils will read it, true on the
# day you checked it.
statement: ${e('In England, young people must stay in education or training until their 18th birthday.')}
# The figure on its own, if the fact is one; otherwise "".
value: ${e('Until your 18th birthday')}
area: law-and-guidance # qualifications, apprenticeships, higher-education, money or law-and-guidance
source:
  publisher: ${e('Department for Education')} # who published the page you checked
  title: ${e('The page title, exactly as published')}
  url: ${quote(`https://www.gov.uk/${placeholder('the exact address of the page you checked')}`)}
checked: ${today} # the day you read the source
reviewBy: ${aYearOn(today)} # when it must be checked again; sooner if it changes each year
`;
