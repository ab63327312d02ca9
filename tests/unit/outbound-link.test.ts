import { describe, expect, it } from 'vitest';
import { isOutbound } from '../../src/lib/outbound-link.ts';

const site = 'https://example.sch.uk';

describe('isOutbound', () => {
  it.each([
    'https://www.gov.uk/',
    'http://example.sch.uk/',
    'https://example.sch.uk:8443/',
    'https://example.sch.uk.evil.com/',
    'https://evil.com/?https://example.sch.uk',
    '//evil.com/',
    'HTTPS://WWW.GOV.UK/',
  ])('treats %j as leaving the site', (href) => {
    expect(isOutbound(href, site)).toBe(true);
  });

  it.each([
    'https://example.sch.uk/',
    'https://EXAMPLE.sch.uk/careers/lessons/',
    'https://example.sch.uk:443/',
    '/careers/lessons/',
    'lessons/',
    '#top',
    'mailto:careers@example.sch.uk',
    'tel:01632960001',
    '',
    'http://[broken',
  ])('treats %j as staying', (href) => {
    expect(isOutbound(href, site)).toBe(false);
  });

  it('accepts the site as a full address, and works with no site set', () => {
    expect(isOutbound('https://example.sch.uk/a/', 'https://example.sch.uk/careers/')).toBe(false);
    expect(isOutbound('https://example.sch.uk.evil.com/', 'https://example.sch.uk/')).toBe(true);
    expect(isOutbound('https://www.gov.uk/', undefined)).toBe(true);
    expect(isOutbound('/lessons/', undefined)).toBe(false);
  });
});
