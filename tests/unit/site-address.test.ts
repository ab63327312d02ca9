import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site-address.ts';

describe('the site address', () => {
  it('comes from the school’s website: its origin and its path', () => {
    expect(siteAddress('https://www.riverside.sch.uk/careers', {})).toEqual({
      site: 'https://www.riverside.sch.uk',
      base: '/careers/',
    });
    expect(siteAddress(undefined, {})).toEqual({ site: 'https://example.sch.uk', base: '/' });
  });

  it('uses the GitHub Pages address while the school still has the example one', () => {
    const env = { GITHUB_REPOSITORY: 'riverside-school/horizons' };
    expect(siteAddress('https://example.sch.uk/', env)).toEqual({
      site: 'https://riverside-school.github.io',
      base: '/horizons/',
    });
    // A school with its own domain keeps it on GitHub Pages too.
    expect(siteAddress('https://careers.riverside.sch.uk/', env).site).toBe(
      'https://careers.riverside.sch.uk',
    );
  });

  it('lets HORIZONS_SITE and HORIZONS_BASE override it', () => {
    expect(
      siteAddress('https://www.riverside.sch.uk/careers/', {
        HORIZONS_SITE: 'https://preview.example.org',
        HORIZONS_BASE: '/',
      }),
    ).toEqual({ site: 'https://preview.example.org', base: '/' });
  });
});
