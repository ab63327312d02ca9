import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getSubjects } from '../../lib/content.ts';
import { subjectPackDocxBytes } from '../../lib/docx/subject-pack-document.ts';
import { subjectPackInput } from '../../lib/subject-pack-input.ts';

export const getStaticPaths = (async () =>
  (await getSubjects()).map((subject) => ({
    params: { id: subject.id },
    props: { subject },
  }))) satisfies GetStaticPaths;

/** A subject's department pack as an editable Word document: routes, jobs and every starter. */
export const GET: APIRoute<{ subject: CollectionEntry<'subjects'> }> = async ({ props, site }) =>
  new Response(new Uint8Array(subjectPackDocxBytes(await subjectPackInput(props.subject, site))), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
