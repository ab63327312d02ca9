import type { APIRoute } from 'astro';
import { headersFile } from '../lib/security.ts';

/** Security headers for Netlify, Cloudflare Pages and other hosts that read `_headers`. */
export const GET: APIRoute = () => new Response(headersFile(import.meta.env.BASE_URL));
