import type { SurveyGroup } from '../schemas/outcome.ts';

/** Each student-voice survey: who answers it. */
export const surveyGroups: { id: SurveyGroup; title: string; who: string }[] = [
  { id: 'ks2', title: 'Key Stage 2 survey', who: 'pupils in Years 5 and 6' },
  { id: 'ks3', title: 'Key Stage 3 survey', who: 'pupils in Years 7, 8 and 9' },
  { id: 'ks4', title: 'Key Stage 4 survey', who: 'pupils in Years 10 and 11' },
  { id: 'ks5', title: 'Sixth form survey', who: 'students in Years 12 and 13' },
  { id: 'leavers', title: 'Leavers survey', who: 'former pupils, about a year after they leave' },
];

/** The year groups each survey is for; the leavers survey follows those who left Year 11 or 13. */
const surveyYears: Record<SurveyGroup, number[]> = {
  ks2: [5, 6],
  ks3: [7, 8, 9],
  ks4: [10, 11],
  ks5: [12, 13],
  leavers: [11, 13],
};

/** The surveys a school teaching `taught` runs. */
export const surveyGroupsFor = (taught: readonly number[]) =>
  surveyGroups.filter((group) => surveyYears[group.id].some((year) => taught.includes(year)));

/** The five points of the agree scale, as printed. */
export const agreeScale = ['Strongly agree', 'Agree', 'Not sure', 'Disagree', 'Strongly disagree'];

/** The least a survey needs from an outcome. */
export interface SurveyOutcome {
  id: string;
  statement: string;
  survey: { text: string; response: 'agree' | 'open'; groups: SurveyGroup[] }[];
}

/** The questions one group is asked, each with the outcome it evidences. */
export function questionsFor(group: SurveyGroup, outcomes: readonly SurveyOutcome[]) {
  return outcomes.flatMap((outcome) =>
    outcome.survey
      .filter((q) => q.groups.includes(group))
      .map((q) => ({
        outcome: outcome.id,
        statement: outcome.statement,
        text: q.text,
        response: q.response,
      })),
  );
}
