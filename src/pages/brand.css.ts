import type { APIRoute } from 'astro';
import { getSchool } from '../lib/content.ts';

/** The school's colours as CSS, so pages need no inline styles (the CSP forbids them). */
export const GET: APIRoute = async () => {
  const { colours } = await getSchool();
  return new Response(
    `:root {\n  --brand: ${colours.primary};\n  --accent: ${colours.accent};\n}\n`,
    {
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
    },
  );
};
