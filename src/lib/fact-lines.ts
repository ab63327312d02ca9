import type { Fact } from '../schemas/fact.ts';
import { formatDate } from './format.ts';

/** Where and when a fact was checked, in one line, for Word files and speaker notes. */
export const factSourceLine = ({ source, checked }: Fact): string =>
  `${source.publisher}, ${source.title} (${source.url}). Checked on ${formatDate(checked)}.`;

/** A cited fact as one line: the register's wording, then where and when it was checked. */
export const factLine = (fact: Fact): string => `${fact.statement} Source: ${factSourceLine(fact)}`;
