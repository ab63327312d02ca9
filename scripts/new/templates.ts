// Starting files for `npm run new`. Each is a worked example of every field, valid as written (a
// unit test parses every one with its schema), with comments saying what each field is for. Every
// example is marked "[EDIT ME: …]", so the validator reports any the author has not replaced.
import { activity } from './templates/activity.ts';
import { caseStudy } from './templates/case-study.ts';
import { fact } from './templates/fact.ts';
import { lesson } from './templates/lesson.ts';
import { roleModel } from './templates/role-model.ts';
import { starter } from './templates/starter.ts';
import type { TemplateInput } from './template-text.ts';

export type { TemplateInput } from './template-text.ts';

export type NewKind = 'lesson' | 'activity' | 'role-model' | 'case-study' | 'fact' | 'starter';

export const templates: Record<NewKind, (input: TemplateInput) => string> = {
  lesson,
  activity,
  'role-model': roleModel,
  'case-study': caseStudy,
  fact,
  starter,
};

/** Where a new file of each kind goes, relative to the project root. */
export function targetPath(kind: NewKind, slug: string, year: number): string {
  switch (kind) {
    case 'lesson':
      return `lessons/year-${year}/${slug}.mdx`;
    case 'activity':
      return `content/activities/${slug}.mdx`;
    case 'role-model':
      return `content/role-models/${slug}.mdx`;
    case 'case-study':
      return `case-studies/${slug}.mdx`;
    case 'fact':
      return `content/facts/${slug}.yaml`;
    case 'starter':
      return `content/starters/${slug}.yaml`;
  }
}
