import type { SourceDocument } from '../schemas/case-study.ts';

/** How each source document is cited on the site. */
export const sourceTitles: Record<SourceDocument, string> = {
  'principles-into-practice-2009': 'Principles into practice, National College (2009)',
  'principle-5-booklet-2010':
    'Principle 5: equality, self-belief and choice, National College (2010)',
  'ofsted-2013': 'Going in the right direction?, Ofsted (2013)',
  'kga-framework-2025': "A school's careers vision and strategy (2025)",
  'nfer-2012': 'Careers professionals guide for headteachers, NFER (2012)',
};

export const sourceTitle = (document: SourceDocument): string => sourceTitles[document];
