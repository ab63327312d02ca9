import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one built page costs a reader: its HTML and stylesheets compressed, and any JavaScript it loads. */
export function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const local = (href: string) =>
    join(dist, href.replace(/^https?:\/\/[^/]+/, '').replace(/^\//, ''));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
  const css = styles.filter((s) => existsSync(local(s))).map((s) => readFileSync(local(s)));
  const js = scripts.filter((s) => existsSync(local(s))).map((s) => readFileSync(local(s)));
  const gzipBytes = gzipSync(Buffer.concat([Buffer.from(html), ...css])).length;
  const jsBytes =
    js.reduce((n, b) => n + b.length, 0) + inlineScripts.reduce((n, s) => n + s.length, 0);
  return { gzipBytes, jsBytes };
}
