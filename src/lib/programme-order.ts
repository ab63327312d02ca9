import type { HalfTerm, Term } from '../schemas/common.ts';
import { capitalise, termOrder } from './format.ts';

/** Where a lesson sits in the school year: its term and which half of it. */
export interface ProgrammeSlot {
  year: number;
  term: Term;
  halfTerm: HalfTerm;
}

/** One number per half term across the whole programme, so slots compare and sort directly. */
export const programmePosition = ({ year, term, halfTerm }: ProgrammeSlot): number =>
  year * 6 + termOrder[term] * 2 + (halfTerm - 1);

/** How schools name a half term: "Autumn 1", "Spring 2". */
export const halfTermLabel = ({ term, halfTerm }: Pick<ProgrammeSlot, 'term' | 'halfTerm'>) =>
  `${capitalise(term)} ${halfTerm}`;

/** The six half terms of a school year, in order. */
export const halfTermsOfYear = (Object.keys(termOrder) as Term[]).flatMap((term) =>
  ([1, 2] as const).map((halfTerm) => ({ term, halfTerm })),
);
