import type { HalfTerm, Term } from '../schemas/common.ts';
import type { DeliveryHalfTerm } from '../schemas/delivery.ts';
import { toCsv } from './csv.ts';
import { capitalise, formatDate, termOrder } from './format.ts';
import { halfTermLabel, programmePosition } from './programme-order.ts';

/**
 * What pages need from the delivery records (`content/delivery/<school year>.yaml`): planned
 * against delivered for each year group, and the rows of the CSV export. Pure, so the validator's
 * snapshot and Astro's collections can both feed it.
 */

/** A reference as the site holds it (`{ collection, id }`) or the validator does (the id). */
export type EntryRef = string | { id: string };

/** The id a reference names. */
export const refId = (ref: EntryRef): string => (typeof ref === 'string' ? ref : ref.id);

/** One delivery record entry, with its references in either form. */
export interface DeliveredEntry {
  lesson?: EntryRef | undefined;
  activity?: EntryRef | undefined;
  starter?: EntryRef | undefined;
  year: number;
  date?: Date | undefined;
  halfTerm?: DeliveryHalfTerm | undefined;
  groups?: number | undefined;
  pupils?: number | undefined;
  evaluation?: string | undefined;
}

/** What a delivery entry can name. */
export type DeliveredKind = 'lesson' | 'activity' | 'starter';

/** The lesson, activity or starter an entry names (the schema makes it exactly one). */
export function deliveredItem(entry: DeliveredEntry): { kind: DeliveredKind; id: string } {
  if (entry.lesson !== undefined) return { kind: 'lesson', id: refId(entry.lesson) };
  if (entry.activity !== undefined) return { kind: 'activity', id: refId(entry.activity) };
  return { kind: 'starter', id: entry.starter === undefined ? '' : refId(entry.starter) };
}

/** When an entry ran, as a teacher writes it: "14 October 2026" or "Autumn 1". */
export const deliveredWhen = ({ date, halfTerm }: DeliveredEntry): string =>
  date ? formatDate(date) : halfTerm ? capitalise(halfTerm) : '';

/** An entry with an id and data, as both Astro's collections and the validator hold them. */
interface Listed<D> {
  id: string;
  data: D;
}

/** The programme's lessons, activities and starters, with what the delivery views need of each. */
export interface ProgrammeLists {
  lessons: readonly Listed<{ title: string; year: number; term: Term; halfTerm: HalfTerm }>[];
  activities: readonly Listed<{
    title: string;
    years: readonly number[];
    terms: readonly Term[];
    /** Leadership activities (a strategy review, reports to governors) are staff work, not pupils'. */
    type?: string;
  }>[];
  starters: readonly Listed<{ title: string }>[];
}

/** The title of what an entry names, or its id if the programme has no such entry. */
function titleOf(lists: ProgrammeLists, { kind, id }: { kind: DeliveredKind; id: string }) {
  const list =
    kind === 'lesson' ? lists.lessons : kind === 'activity' ? lists.activities : lists.starters;
  return list.find((e) => e.id === id)?.data.title ?? id;
}

/** One lesson or activity planned for a year group, with the entries recording it delivered. */
export interface PlannedItem {
  kind: 'lesson' | 'activity';
  id: string;
  title: string;
  /** When it is planned: a lesson's half term ("Autumn 1"), an activity's terms ("Autumn, spring"). */
  planned: string;
  /** The entries recording it delivered to this year group, in the order the record gives them. */
  delivered: DeliveredEntry[];
}

/** One year group's planned programme beside what is recorded as delivered. */
export interface YearDelivery {
  year: number;
  /** Its lessons in teaching order, then its activities by title. */
  planned: PlannedItem[];
  /** How many planned items have at least one delivery recorded. */
  deliveredCount: number;
  /** Delivered to this year group but not planned for it: subject starters, another year's lesson. */
  alsoDelivered: { kind: DeliveredKind; id: string; title: string; entry: DeliveredEntry }[];
}

/** "autumn, spring" → "Autumn, spring", in term order. */
const termsLabel = (terms: readonly Term[]) =>
  capitalise([...terms].sort((a, b) => termOrder[a] - termOrder[b]).join(', '));

/**
 * For each year group: what was planned (its lessons and the activities it takes part in) and
 * which of those the delivery entries record as delivered to it. An entry counts for the year
 * group it names, so a Year 8 lesson taught to Year 9 shows under Year 9 as also delivered.
 */
export function plannedVsDelivered(
  years: readonly number[],
  lists: ProgrammeLists,
  entries: readonly DeliveredEntry[],
): YearDelivery[] {
  return years.map((year) => {
    const forYear = entries.filter((e) => e.year === year);
    const deliveredAs = (kind: DeliveredKind, id: string) =>
      forYear.filter((e) => {
        const item = deliveredItem(e);
        return item.kind === kind && item.id === id;
      });
    const lessons: PlannedItem[] = lists.lessons
      .filter((l) => l.data.year === year)
      .sort((a, b) => programmePosition(a.data) - programmePosition(b.data))
      .map((l) => ({
        kind: 'lesson',
        id: l.id,
        title: l.data.title,
        planned: halfTermLabel(l.data),
        delivered: deliveredAs('lesson', l.id),
      }));
    const activities: PlannedItem[] = lists.activities
      .filter((a) => a.data.years.includes(year) && a.data.type !== 'leadership')
      .sort((a, b) => a.data.title.localeCompare(b.data.title))
      .map((a) => ({
        kind: 'activity',
        id: a.id,
        title: a.data.title,
        planned: termsLabel(a.data.terms),
        delivered: deliveredAs('activity', a.id),
      }));
    const planned = [...lessons, ...activities];
    const isPlanned = (e: DeliveredEntry) => {
      const item = deliveredItem(e);
      return planned.some((p) => p.kind === item.kind && p.id === item.id);
    };
    return {
      year,
      planned,
      deliveredCount: planned.filter((p) => p.delivered.length > 0).length,
      alsoDelivered: forYear
        .filter((e) => !isPlanned(e))
        .map((entry) => {
          const item = deliveredItem(entry);
          return { ...item, title: titleOf(lists, item), entry };
        }),
    };
  });
}

/** The CSV's columns, in order. */
export const deliveryCsvHeader = [
  'School year',
  'Year group',
  'Kind',
  'Id',
  'Title',
  'Date',
  'Half term',
  'Groups',
  'Pupils',
  'Evaluation',
] as const;

const kindLabel: Record<DeliveredKind, string> = {
  lesson: 'Lesson',
  activity: 'Activity',
  starter: 'Subject starter',
};

/** A date as YYYY-MM-DD, which every spreadsheet reads and sorts as a date. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One school year's record: its name ("2026-27") and entries. */
export interface NamedRecord {
  academicYear: string;
  entries: readonly DeliveredEntry[];
}

/** The delivery records as CSV rows, the header first: one row per entry, in the order written. */
export function deliveryCsvRows(
  records: readonly NamedRecord[],
  lists: ProgrammeLists,
): (string | number)[][] {
  const rows = records.flatMap(({ academicYear, entries }) =>
    entries.map((entry) => {
      const item = deliveredItem(entry);
      return [
        academicYear,
        entry.year,
        kindLabel[item.kind],
        item.id,
        titleOf(lists, item),
        entry.date ? isoDay(entry.date) : '',
        entry.halfTerm ? capitalise(entry.halfTerm) : '',
        entry.groups ?? '',
        entry.pupils ?? '',
        entry.evaluation ?? '',
      ];
    }),
  );
  return [[...deliveryCsvHeader], ...rows];
}

/** The delivery records as CSV text; `toCsv` neutralises anything a spreadsheet would run. */
export const deliveryCsv = (records: readonly NamedRecord[], lists: ProgrammeLists): string =>
  toCsv(deliveryCsvRows(records, lists));
