/**
 * The per-pupil entitlement tracker: a spreadsheet with a column for each thing a pupil is
 * entitled to, year by year, made from the programme itself, and blank rows the school fills in
 * privately. The site never holds pupil data, so the rows stay empty.
 */

/** Activity types that are an entitlement, by the column heading's word for them. */
const entitlementKinds: Record<string, string> = {
  'employer-encounter': 'encounter',
  'provider-encounter': 'encounter',
  'higher-education-encounter': 'encounter',
  'workplace-experience': 'workplace experience',
  'personal-guidance': 'guidance interview',
};

/** How many blank rows the tracker starts with: a large class. */
export const TRACKER_BLANK_ROWS = 35;

interface TrackerLesson {
  data: { title: string; year: number };
}

interface TrackerActivity {
  data: { title: string; years: readonly number[]; type: string; providerAccess: boolean };
}

/**
 * The tracker's columns: a pupil reference, then for each year group its lessons, then its
 * encounters, workplace experience and guidance interviews, in the order given.
 */
export function entitlementColumns(
  years: readonly number[],
  lessons: readonly TrackerLesson[],
  activities: readonly TrackerActivity[],
): string[] {
  return [
    "Pupil reference (the school's own, kept privately)",
    ...years.flatMap((year) => [
      ...lessons.filter((l) => l.data.year === year).map((l) => `Y${year} lesson: ${l.data.title}`),
      ...activities
        .filter((a) => a.data.years.includes(year))
        .flatMap((a) => {
          const kind = a.data.providerAccess ? 'encounter' : entitlementKinds[a.data.type];
          return kind ? [`Y${year} ${kind}: ${a.data.title}`] : [];
        }),
    ]),
  ];
}

/** The tracker as rows: the columns, then blank rows to fill in. */
export function entitlementTrackerRows(columns: readonly string[]): string[][] {
  return [[...columns], ...Array.from({ length: TRACKER_BLANK_ROWS }, () => columns.map(() => ''))];
}
