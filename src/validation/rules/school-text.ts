import { schoolFile } from '../../lib/collection-sources.ts';
import { yearsForSchool } from '../../lib/school-years.ts';
import { exampleHost } from '../../lib/site-address.ts';
import type { School } from '../../schemas/school.ts';
import { error, warning, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

const emailAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// UK numbers as people write them: 01632 960000, 020 7946 0000, 07700 900000.
const phoneNumber = /\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const yearRange = /\bYears? (\d{1,2}) (?:to|and|–|-) (?:Year )?(\d{1,2})\b/;

/** Fields that exist to hold contact details or addresses. */
const contactFields = new Set(['careersLeader', 'website', 'logo', 'mainContact']);

/** Every string in the school file outside the fields meant for contact details, with its path. */
function freeText(value: unknown, path: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => freeText(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, v]) =>
      contactFields.has(key) ? [] : freeText(v, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** A real school's site must say where it is published: canonical links and the sitemap use it. */
function addressProblems(school: School): Problem[] {
  if (school.fictional) return [];
  const host = school.website ? new URL(school.website).hostname : undefined;
  if (host && host !== exampleHost) return [];
  return [
    error({
      rule: 'school-address',
      file: schoolFile,
      field: 'website',
      message: host
        ? `The site would be published as ${school.website}, the example school's address, so search engines and shared links would point there.`
        : 'There is no `website`, so search engines and shared links cannot find your site.',
      fix: 'Set `website` to the address your careers site will have, e.g. https://www.your-school.sch.uk/careers/ (on GitHub Pages: https://your-account.github.io/horizons/).',
    }),
  ];
}

/**
 * Text a school copies from the example goes stale: contact details typed into a paragraph
 * outlive a change of careers leader, and a summary can promise years the school does not teach.
 */
export function checkSchoolText({ school }: ContentSnapshot): Problem[] {
  if (!school) return [];
  const contact = freeText(school, '')
    .filter(({ text }) => emailAddress.test(text) || phoneNumber.test(text))
    .map(({ field }) =>
      warning({
        rule: 'school-text',
        file: schoolFile,
        field,
        message:
          'This text contains an email address or telephone number, which will go out of date when the contact changes.',
        fix: "Take the contact details out of this text: the page adds the Careers Leader's name, email and phone from `careersLeader` (or `providerAccess.mainContact`).",
      }),
    );
  const taught = yearsForSchool(school);
  const [, from, to] = school.programmeSummary.match(yearRange) ?? [];
  const first = taught[0];
  const last = taught.at(-1);
  const range =
    from !== undefined && to !== undefined && (Number(from) !== first || Number(to) !== last)
      ? [
          warning({
            rule: 'school-text',
            file: schoolFile,
            field: 'programmeSummary',
            message: `The summary says the programme runs from Year ${from} to Year ${to}, but a school with phase "${school.phase}"${school.sixthForm ? ' and a sixth form' : ''} teaches Year ${first} to Year ${last}.`,
            fix: `Change the summary to the years you teach (Year ${first} to Year ${last}), or correct \`phase\` and \`sixthForm\`.`,
          }),
        ]
      : [];
  return [...contact, ...range, ...addressProblems(school)];
}
