import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getActivities, getDeliveryRecords, getLessons, getStarters } from '../../lib/content.ts';
import { deliveryCsv } from '../../lib/delivery.ts';

export const getStaticPaths = (async () =>
  (await getDeliveryRecords()).map((record) => ({
    params: { year: record.id },
    props: { record },
  }))) satisfies GetStaticPaths;

/** One school year's delivery record as CSV, for the school's own tracking. */
export const GET: APIRoute<{ record: CollectionEntry<'delivery'> }> = async ({ props }) => {
  const [lessons, activities, starters] = await Promise.all([
    getLessons(),
    getActivities(),
    getStarters(),
  ]);
  const csv = deliveryCsv([{ academicYear: props.record.id, entries: props.record.data.entries }], {
    lessons,
    activities,
    starters,
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
