// Stands in for the site's own origin when Astro has no `site`: relative links resolve to it, so
// only a link to somewhere with an address of its own counts as outbound.
const unnamedSite = 'https://this-site.invalid';

const originOf = (address: string): string | undefined => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

/**
 * Whether a link leaves the site for another web origin, so it should open without passing on
 * who sent the reader (`rel="noopener noreferrer"`). Origins are compared whole, as the browser
 * does, never by how the address starts: `https://example.sch.uk.evil.com` and `//evil.com` are
 * outbound from `https://example.sch.uk`; `mailto:` and `tel:` links open no web page at all.
 */
export function isOutbound(href: string, siteOrigin: string | undefined): boolean {
  const site = (siteOrigin && originOf(siteOrigin)) || unnamedSite;
  let target: URL;
  try {
    target = new URL(href, site);
  } catch {
    return false;
  }
  return (target.protocol === 'https:' || target.protocol === 'http:') && target.origin !== site;
}
