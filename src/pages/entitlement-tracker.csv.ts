import type { APIRoute } from 'astro';
import { getActivities, getLessons, getYearsTaught } from '../lib/content.ts';
import { toCsv } from '../lib/csv.ts';
import { entitlementColumns, entitlementTrackerRows } from '../lib/entitlement-tracker.ts';

/** The per-pupil entitlement tracker, blank, for the school to keep privately. */
export const GET: APIRoute = async () => {
  const [years, lessons, activities] = await Promise.all([
    getYearsTaught(),
    getLessons(),
    getActivities(),
  ]);
  const rows = entitlementTrackerRows(entitlementColumns(years, lessons, activities));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
