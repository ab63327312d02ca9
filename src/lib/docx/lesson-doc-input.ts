import type { z } from 'astro/zod';
import type { lessonSchema } from '../../schemas/lesson.ts';
import { horizonsCredit } from '../credit.ts';
import type { Fact } from '../../schemas/fact.ts';
import { factLine } from '../fact-lines.ts';
import { labelFromSlug } from '../format.ts';
import { halfTermLabel } from '../programme-order.ts';
import type { LessonDocInput } from './lesson-document.ts';

/** A lesson as read outside Astro, where references are plain ids. */
export type PlainLesson = z.output<ReturnType<typeof lessonSchema<z.ZodString, z.ZodString>>>;

/** What a lesson document looks up in other collections. */
export interface LessonDocLookups {
  /** The statement of an outcome, by its code. */
  outcomeStatement: (id: string) => string;
  /** A handout's title and Markdown body, by its id. */
  handout: (id: string) => { title: string; markdown: string } | undefined;
  /** A fact from the register, by its id. */
  fact: (id: string) => Fact | undefined;
  /** The host the site is published at, for the credit line; empty if unknown. */
  siteHost: string;
}

/** Gathers everything a lesson's Word document shows, from the lesson and what it refers to. */
export function lessonDocInput(
  lesson: PlainLesson,
  notesMarkdown: string,
  lookups: LessonDocLookups,
): LessonDocInput {
  return {
    title: lesson.title,
    facts: `Year ${lesson.year} · ${halfTermLabel(lesson)} · ${lesson.duration} minutes · ${labelFromSlug(lesson.format)}`,
    summary: lesson.summary,
    pupilOutcomes: lesson.pupilOutcomes,
    outcomes: lesson.outcomes.map((id) => ({ id, statement: lookups.outcomeStatement(id) })),
    keywords: lesson.keywords,
    checkedFacts: lesson.facts.flatMap((id) => {
      const fact = lookups.fact(id);
      return fact ? [factLine(fact)] : [];
    }),
    resources: lesson.resources.map((r) => r.name),
    steps: lesson.steps,
    misconceptions: lesson.misconceptions,
    support: lesson.support,
    stretch: lesson.stretch,
    send: lesson.send,
    challengesStereotypes: lesson.challengesStereotypes,
    sensitive: lesson.sensitive,
    assessment: lesson.assessment,
    homeLink: lesson.homeLink,
    notesMarkdown,
    handouts: lesson.resources.flatMap((r) => {
      const handout = r.handout === undefined ? undefined : lookups.handout(r.handout);
      return handout ? [handout] : [];
    }),
    starterQuiz: lesson.starterQuiz,
    exitQuiz: lesson.exitQuiz,
    source: horizonsCredit(lookups.siteHost),
  };
}
