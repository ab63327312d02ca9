import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** A "feed back that…" outcome is evidenced by asking pupils, so it needs survey questions. */
export function checkFeedbackSurveys({ entries }: ContentSnapshot): Problem[] {
  return entries.outcomes
    .filter((o) => o.data.kind === 'feedback' && o.data.survey.length === 0)
    .map((o) =>
      error({
        rule: 'feedback-survey',
        file: o.file,
        field: 'survey',
        message: `Outcome ${o.id} is evidenced by pupils' feedback but has no survey questions.`,
        fix: 'Add at least one question under `survey:` with its `text`, `response` (agree or open) and `groups`.',
      }),
    );
}
