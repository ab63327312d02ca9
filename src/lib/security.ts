/**
 * The Content-Security-Policy every page carries: only this site's own files, no inline scripts,
 * and WebAssembly for Pagefind's search (its index runs in a same-origin worker).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for hosts that read a `_headers` file; `frame-ancestors` only works as a header. */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}

/** The same headers for Apache (an `.htaccess` file), common on schools' own web servers. */
export function htaccessFile(): string {
  return [
    '<IfModule mod_headers.c>',
    `  Header set Content-Security-Policy "${contentSecurityPolicy}; frame-ancestors 'none'"`,
    '  Header set X-Content-Type-Options "nosniff"',
    '  Header set Referrer-Policy "no-referrer"',
    '  Header set Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()"',
    '</IfModule>',
    '',
  ].join('\n');
}
