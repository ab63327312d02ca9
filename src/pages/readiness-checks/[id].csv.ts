import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getReadinessChecks } from '../../lib/content.ts';
import { toCsv } from '../../lib/csv.ts';
import { readinessCsvRows } from '../../lib/readiness-sheet.ts';

export const getStaticPaths = (async () =>
  (await getReadinessChecks()).map((check) => ({
    params: { id: check.id },
    props: { check },
  }))) satisfies GetStaticPaths;

/** A readiness check's results sheet, blank, for the school's own analysis. */
export const GET: APIRoute<{ check: CollectionEntry<'readinessChecks'> }> = ({ props }) => {
  const items = props.check.data.items.map((item) => ({ ...item, outcome: item.outcome.id }));
  return new Response(toCsv(readinessCsvRows(items)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
