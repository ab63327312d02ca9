import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getSubjects } from '../../lib/content.ts';
import { slidesPptxBytes } from '../../lib/pptx/slides-pptx.ts';
import { starterSlides } from '../../lib/slides/starter-slides.ts';
import { subjectPackInput } from '../../lib/subject-pack-input.ts';

export const getStaticPaths = (async () =>
  (await getSubjects()).map((subject) => ({
    params: { id: subject.id },
    props: { subject },
  }))) satisfies GetStaticPaths;

/** Every starter of a subject as slides, two each, with what to say in the speaker notes. */
export const GET: APIRoute<{ subject: CollectionEntry<'subjects'> }> = async ({ props, site }) => {
  const pack = await subjectPackInput(props.subject, site);
  const slides = pack.starters.flatMap((s) => starterSlides({ ...s, subjectName: pack.name }));
  const title = `${pack.name}: careers starters`;
  return new Response(new Uint8Array(slidesPptxBytes(slides, { title, credit: pack.source })), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
  });
};
