import {
  academicYear,
  academicYearBounds,
  academicYearOf,
  inAcademicYear,
  parseAcademicYear,
} from '../../lib/academic-year.ts';
import { deliveryFolder, schoolFile } from '../../lib/collection-sources.ts';
import { formatDate } from '../../lib/format.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { findPersonalData, type PersonalDataFinding } from '../personal-data.ts';
import { missingReferenceProblem } from './dangling-references.ts';
import { error, type Problem } from '../problem.ts';
import type { DeliveryRecordFile } from '../read-delivery.ts';
import type { ContentSnapshot } from '../snapshot.ts';
import { checkDeliveredProviderAccess } from './delivery-provider-access.ts';

/** A school year a mistyped name most likely meant: "2026-2027", "2026_27" → 2026-27. */
function meantYear(stem: string): string | undefined {
  const match = /^(20\d\d)\D{1,3}(?:20)?(\d\d)$/.exec(stem.trim());
  if (!match) return undefined;
  const year = academicYear(Number(match[1]));
  return year.label.endsWith(`-${match[2]}`) ? year.label : undefined;
}

/** What is wrong with a delivery record's file name, and the fix; undefined if nothing is. */
function nameAdvice(
  { file, academicYear: year }: DeliveryRecordFile,
  records: readonly DeliveryRecordFile[],
): Pick<Problem, 'message' | 'fix'> | undefined {
  if (year) return undefined;
  const path = file.slice(deliveryFolder.length + 1);
  if (path.includes('/')) {
    return {
      message: `This file is in a folder inside ${deliveryFolder}/, so it is not read.`,
      fix: `Move it into ${deliveryFolder}/ itself, named for the school year it records, e.g. ${deliveryFolder}/2026-27.yaml.`,
    };
  }
  const [, stem = path, ending = ''] = /^(.*?)(\.[^.]*)?$/.exec(path) ?? [];
  if (!/^\.ya?ml$/i.test(ending)) {
    return {
      message: `Horizons does not read this file: ${deliveryFolder}/ holds only delivery records, each a .yaml file named for its school year, e.g. 2026-27.yaml.`,
      fix: `Move it out of ${deliveryFolder}/. To record what ran, copy an existing record and name it for its school year.`,
    };
  }
  const meant = parseAcademicYear(stem)?.label ?? meantYear(stem);
  const taken = meant && records.some((r) => r.file === `${deliveryFolder}/${meant}.yaml`);
  const firstYear = /^(20\d\d)-\d\d$/.exec(stem)?.[1];
  return {
    message: parseAcademicYear(stem)
      ? `This record's name ends ${ending}, not .yaml, so it is not read as a school year.`
      : firstYear
        ? `"${stem}" is not one school year: the part after the dash must be the year after ${firstYear}, e.g. ${academicYear(Number(firstYear)).label}.`
        : `"${stem}" is not a school year: a delivery record is named for the school year it records, e.g. 2026-27.yaml for September 2026 to August 2027.`,
    fix: meant
      ? `Rename it ${meant}.yaml${taken ? '; a file of that name is already there, so move its entries into that file and delete this one' : ''}.`
      : 'Rename it for the school year it records, e.g. 2026-27.yaml.',
  };
}

/** Each record is named for one school year, e.g. 2026-27.yaml. */
function checkNames(delivery: readonly DeliveryRecordFile[]): Problem[] {
  return delivery.flatMap((record) => {
    const advice = nameAdvice(record, delivery);
    return advice
      ? [error({ rule: 'delivery-file-name', file: record.file, field: '(whole file)', ...advice })]
      : [];
  });
}

/** Every dated entry falls inside the school year its file is named for. */
function checkDates({ file, academicYear: year, record }: DeliveryRecordFile): Problem[] {
  if (!year || !record) return [];
  const { first, last } = academicYearBounds(year);
  return record.entries.flatMap(({ date }, i) => {
    if (!date || inAcademicYear(date, year)) return [];
    return [
      error({
        rule: 'delivery-date',
        file,
        field: `entries[${i}].date`,
        message: `${formatDate(date)} is not in the ${year.label} school year (${formatDate(first)} to ${formatDate(last)}) that this file records.`,
        fix: `Correct the date, or if it is right, move this entry to ${deliveryFolder}/${academicYearOf(date).label}.yaml.`,
      }),
    ];
  });
}

/**
 * Every lesson, activity and starter a record names must exist. One the school leaves out still
 * exists (its own file is right), so naming it is not an error.
 */
function checkReferences(
  { entries, leftOut }: ContentSnapshot,
  { file, references }: DeliveryRecordFile,
): Problem[] {
  const exists = (collection: CollectionName, id: string) =>
    (collection in entries &&
      entries[collection as keyof typeof entries].some((e) => e.id === id)) ||
    (leftOut[collection] ?? []).includes(id);
  return references
    .filter((ref) => !exists(ref.collection, ref.id))
    .map((ref) => missingReferenceProblem(file, ref.field, ref));
}

/** Why a delivery record must hold nothing personal, said with every such problem. */
const whyNoPersonalData =
  'A delivery record is published with the school’s careers programme, so it must hold no names and nothing else that identifies a pupil or a member of staff.';

/** What is wrong with one piece of personal data, and the fix. */
function personalAdvice(
  { kind, found }: PersonalDataFinding,
  careersEmail: string | undefined,
): Pick<Problem, 'message' | 'fix'> {
  switch (kind) {
    case 'name-field':
      return {
        message: `\`${found}\` looks like a place for a person’s name or details. ${whyNoPersonalData}`,
        fix: `Delete the \`${found}:\` line. Record how many took part with \`pupils:\` (a number) or \`groups:\`, and write any note about the group as a whole.`,
      };
    case 'pupil-list':
      return {
        message: `\`pupils\` should be how many pupils took part, but it holds words, which could be pupils’ names. ${whyNoPersonalData}`,
        fix: 'Write only the number, e.g. `pupils: 28`.',
      };
    case 'email':
      return {
        message: `This has the email address ${found}, which is not the careers leader’s. ${whyNoPersonalData}`,
        fix: careersEmail
          ? `Delete the address. The only address a delivery record may show is the careers leader’s own, ${careersEmail}, from ${schoolFile}.`
          : `Delete the address. The only address a delivery record may show is the careers leader’s own, from ${schoolFile}.`,
      };
    case 'titled-name':
      return {
        message: `"${found}" looks like a member of staff’s name. ${whyNoPersonalData}`,
        fix: 'Write the role instead, e.g. "the Year 9 tutors" or "the careers adviser".',
      };
    case 'pupil-number':
      return {
        message: `"${found}" looks like a unique pupil number. ${whyNoPersonalData}`,
        fix: 'Delete it: a delivery record says how many took part, never who.',
      };
  }
}

/** Nothing in a delivery record may identify a person, except the careers leader's email. */
function checkPersonalData(
  { file, raw, text }: DeliveryRecordFile,
  careersEmail: string | undefined,
): Problem[] {
  return findPersonalData(raw, text, careersEmail).map((finding) =>
    error({
      rule: 'personal-data',
      file,
      field: finding.field,
      ...personalAdvice(finding, careersEmail),
    }),
  );
}

/** Every rule on the delivery records in content/delivery/. */
export function checkDelivery(snapshot: ContentSnapshot, today: Date): Problem[] {
  const { delivery, school } = snapshot;
  const careersEmail = school?.careersLeader.email;
  return [
    ...checkNames(delivery),
    ...delivery.flatMap((record) => [
      ...checkPersonalData(record, careersEmail),
      ...checkDates(record),
      ...checkReferences(snapshot, record),
    ]),
    ...checkDeliveredProviderAccess(snapshot, today),
  ];
}
