/** The example school's host: a real school's site must not be published under it. */
export const exampleHost = 'example.sch.uk';

/** Where the site is published: the origin for canonical links and the path it lives under. */
export interface SiteAddress {
  site: string;
  base: string;
}

/**
 * The site's address from `school.yaml`'s `website`, so a school sets it in one place. On GitHub
 * Pages, a school still on the example address publishes at https://<owner>.github.io/<repo>/.
 * HORIZONS_SITE and HORIZONS_BASE still override both (the tests build a copy under /careers/).
 */
export function siteAddress(
  website: string | undefined,
  env: Record<string, string | undefined>,
): SiteAddress {
  let url = website ? new URL(website) : undefined;
  const [owner, repository] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if ((!url || url.hostname === exampleHost) && owner && repository) {
    url = new URL(`https://${owner}.github.io/${repository}/`);
  }
  const pathname = url?.pathname ?? '/';
  return {
    site: env['HORIZONS_SITE'] ?? url?.origin ?? `https://${exampleHost}`,
    base: env['HORIZONS_BASE'] ?? (pathname.endsWith('/') ? pathname : `${pathname}/`),
  };
}
