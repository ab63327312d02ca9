import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** The built page a site path is served from, or undefined when nothing serves it. */
function fileFor(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.map((c) => join(dist, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Every same-site href and src in every built page, checked against the files in `dist`:
 * returns "page → link" for each one that leads nowhere, anchors included.
 */
export function findBrokenLinks(dist: string, base = '/'): string[] {
  const origin = 'http://site.invalid';
  const broken: string[] = [];
  for (const page of globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**'] })) {
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, origin);
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, attr, value = ''] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (/^(mailto|tel|data|javascript):/.test(value)) continue;
      const url = new URL(value.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== origin) continue;
      const target = fileFor(dist, base, url.pathname);
      const anchor = url.hash.slice(1);
      if (!target) broken.push(`${page} → ${attr} ${value}`);
      else if (
        anchor &&
        target.endsWith('.html') &&
        !idsIn(target).has(decodeURIComponent(anchor))
      ) {
        broken.push(`${page} → ${value} (no id "${anchor}")`);
      }
    }
  }
  return broken;
}
