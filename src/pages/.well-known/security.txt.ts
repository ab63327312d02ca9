import type { APIRoute } from 'astro';
import { getSchool } from '../../lib/content.ts';

/**
 * security.txt (RFC 9116), from the school's own details: whom to tell about a problem with the
 * site, until the programme's next review.
 */
export const GET: APIRoute = async () => {
  const { careersLeader, nextReview, name } = await getSchool();
  const lines = [
    `# How to report a security problem with the careers site of ${name}.`,
    `Contact: mailto:${careersLeader.email}`,
    `Expires: ${nextReview.toISOString()}`,
    'Preferred-Languages: en',
  ];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
