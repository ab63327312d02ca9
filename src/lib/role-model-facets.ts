import { labelFromSlug } from './format.ts';

/** The ways the role-model index can be filtered, each a field of the profile. */
export const roleModelFacets = {
  challenges: { label: 'Stereotype challenged', many: true },
  sector: { label: 'Sector', many: false },
  route: { label: 'Route', many: false },
} as const;

export type RoleModelFacet = keyof typeof roleModelFacets;

/** A facet value as it appears in a web address: "Health and care" → "health-and-care". */
export const facetSlug = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A facet value as people read it. */
export const facetLabel = (facet: RoleModelFacet, value: string): string =>
  facet === 'sector' ? value : labelFromSlug(value);

/** The values a profile has for a facet. */
export function facetValues(
  data: { challenges: string[]; sector: string; route: string },
  facet: RoleModelFacet,
): string[] {
  const value = data[facet];
  return Array.isArray(value) ? value : [value];
}
