import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, htaccessFile } from '../lib/security.ts';

/**
 * Writes the security headers for common static hosts: `_headers` (Netlify, Cloudflare Pages)
 * and `.htaccess` (Apache). Pages also carry the policy as a meta tag, for any other host.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'horizons:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
        writeFileSync(fileURLToPath(new URL('.htaccess', dir)), htaccessFile());
      },
    },
  };
}
