import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getHandouts, getLessons, getOutcomes } from '../../lib/content.ts';
import { lessonDocxBytes } from '../../lib/docx/lesson-document.ts';
import { capitalise, labelFromSlug } from '../../lib/format.ts';

export async function getStaticPaths() {
  return (await getLessons()).map((lesson) => ({ params: { id: lesson.id }, props: { lesson } }));
}

/** Each lesson as an editable Word document, written at build time. */
export const GET: APIRoute<{ lesson: CollectionEntry<'lessons'> }> = async ({ props, site }) => {
  const { lesson } = props;
  const data = lesson.data;
  const [outcomes, handouts] = await Promise.all([getOutcomes(), getHandouts()]);
  const statement = (id: string) => outcomes.find((o) => o.id === id)?.data.statement ?? '';
  const bytes = lessonDocxBytes({
    title: data.title,
    facts: `Year ${data.year} · ${capitalise(data.term)} term · ${data.duration} minutes · ${labelFromSlug(data.format)}`,
    summary: data.summary,
    pupilOutcomes: data.pupilOutcomes,
    outcomes: data.outcomes.map((o) => ({ id: o.id, statement: statement(o.id) })),
    keywords: data.keywords,
    resources: data.resources.map((r) => r.name),
    steps: data.steps,
    misconceptions: data.misconceptions,
    support: data.support,
    stretch: data.stretch,
    send: data.send,
    challengesStereotypes: data.challengesStereotypes,
    sensitive: data.sensitive,
    assessment: data.assessment,
    homeLink: data.homeLink,
    notesMarkdown: lesson.body ?? '',
    handouts: data.resources.flatMap((r) =>
      handouts.filter((h) => h.id === r.handout?.id).map((h) => ({ title: h.data.title, markdown: h.body ?? '' })),
    ),
    source: `From Horizons${site ? ` (${site.host})` : ''}, an open careers programme. Licensed CC BY 4.0: adapt it freely and credit Horizons.`,
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
