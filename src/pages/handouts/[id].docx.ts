import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getHandouts } from '../../lib/content.ts';
import { horizonsCredit } from '../../lib/credit.ts';
import { handoutDocxBytes, wordHandoutKinds } from '../../lib/docx/handout-document.ts';
import { entryBody } from '../../lib/entry-body.ts';

export const getStaticPaths = (async () =>
  (await getHandouts())
    .filter((handout) => wordHandoutKinds.has(handout.data.kind))
    .map((handout) => ({
      params: { id: handout.id },
      props: { handout },
    }))) satisfies GetStaticPaths;

/** A template or staff sheet as an editable Word document, to fill in or adapt. */
export const GET: APIRoute<{ handout: CollectionEntry<'handouts'> }> = ({ props, site }) => {
  const { handout } = props;
  const bytes = handoutDocxBytes({
    title: handout.data.title,
    summary: handout.data.summary,
    markdown: entryBody(handout.filePath),
    source: horizonsCredit(site?.host ?? ''),
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
