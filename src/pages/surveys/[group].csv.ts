import type { APIRoute } from 'astro';
import { getOutcomes, getYearsTaught } from '../../lib/content.ts';
import { toCsv } from '../../lib/csv.ts';
import { agreeScale, questionsFor, surveyGroupsFor } from '../../lib/surveys.ts';
import type { SurveyGroup } from '../../schemas/outcome.ts';

export async function getStaticPaths() {
  return surveyGroupsFor(await getYearsTaught()).map((group) => ({
    params: { group: group.id },
    props: { group: group.id },
  }));
}

/** A survey's questions as CSV, to paste into an online form tool. */
export const GET: APIRoute<{ group: SurveyGroup }> = async ({ props }) => {
  const outcomes = (await getOutcomes()).map((o) => ({
    id: o.id,
    statement: o.data.statement,
    survey: o.data.survey,
  }));
  const rows = [
    ['Number', 'Question', 'Response', 'Options', 'Outcome', 'Outcome statement'],
    ...questionsFor(props.group, outcomes).map((q, i) => [
      String(i + 1),
      q.text,
      q.response === 'agree' ? 'Five-point scale' : 'Written answer',
      q.response === 'agree' ? agreeScale.join('; ') : '',
      q.outcome,
      `Young people ${q.statement}`,
    ]),
  ];
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
