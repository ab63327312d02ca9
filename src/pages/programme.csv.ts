import type { APIRoute } from 'astro';
import { getActivities, getLessons } from '../lib/content.ts';
import { toCsv } from '../lib/csv.ts';
import { capitalise } from '../lib/format.ts';
import { halfTermLabel } from '../lib/programme-order.ts';
import { href, paths } from '../lib/urls.ts';

/** The whole programme as CSV, for a careers leader's own tracking tools. */
export const GET: APIRoute = async ({ site }) => {
  const [lessons, activities] = await Promise.all([getLessons(), getActivities()]);
  const link = (path: string) => (site ? new URL(href(path), site).href : href(path));
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id).join('; ');
  const rows = [
    [
      'Type',
      'Id',
      'Title',
      'Years',
      'Term',
      'Outcomes',
      'Gatsby benchmarks',
      'Provider access',
      'Link',
    ],
    ...lessons.map((l) => [
      'Lesson',
      l.id,
      l.data.title,
      String(l.data.year),
      halfTermLabel(l.data),
      ids(l.data.outcomes),
      ids(l.data.benchmarks),
      'No',
      link(paths.lesson(l.id)),
    ]),
    ...activities.map((a) => [
      'Activity',
      a.id,
      a.data.title,
      a.data.years.join('; '),
      a.data.terms.map(capitalise).join('; '),
      ids(a.data.outcomes),
      ids(a.data.benchmarks),
      a.data.providerAccess ? 'Yes' : 'No',
      link(paths.activity(a.id)),
    ]),
  ];
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
