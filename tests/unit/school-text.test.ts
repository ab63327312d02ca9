import { describe, expect, it } from 'vitest';
import { checkSchoolText } from '../../src/validation/rules/school-text.ts';
import { validSnapshot } from '../helpers/fixture.ts';

/** The fixture's school, ready to change. */
function fixture() {
  const snapshot = validSnapshot();
  if (!snapshot.school) throw new Error('The valid fixture has a school.yaml.');
  return { snapshot, school: snapshot.school };
}

describe('the school text rule', () => {
  it('accepts the fixture school', () => {
    expect(checkSchoolText(fixture().snapshot)).toEqual([]);
  });

  it('warns about contact details typed into a paragraph, naming the field', () => {
    const { snapshot, school } = fixture();
    school.providerAccess.howToRequest = 'Email Ms Smith at smith@school.example.org.';
    school.access.parentsAndCarers = 'Ring us on 01632 960000.';
    // The field meant for a provider contact may hold one.
    school.providerAccess.mainContact = 'Ms Smith, smith@school.example.org, 01632 960001';
    expect(checkSchoolText(snapshot).map((p) => p.field)).toEqual([
      'access.parentsAndCarers',
      'providerAccess.howToRequest',
    ]);
  });

  it('warns when the summary names years the school does not teach', () => {
    const { snapshot, school } = fixture();
    school.phase = 'secondary';
    school.sixthForm = false;
    school.programmeSummary = 'Our programme runs from Year 7 to Year 13.';
    const [problem] = checkSchoolText(snapshot);
    expect(problem?.field).toBe('programmeSummary');
    expect(problem?.fix).toContain('Year 7 to Year 11');
    school.programmeSummary = 'Our programme runs from Year 7 to Year 11.';
    expect(checkSchoolText(snapshot)).toEqual([]);
  });

  it('refuses a real school published at the example address or at none', () => {
    const { snapshot, school } = fixture();
    school.fictional = false;
    school.website = 'https://example.sch.uk/careers/';
    expect(checkSchoolText(snapshot)).toMatchObject([
      { severity: 'error', rule: 'school-address', field: 'website' },
    ]);
    delete school.website;
    expect(checkSchoolText(snapshot)[0]?.message).toContain('There is no `website`');
    school.website = 'https://www.riverside.sch.uk/careers/';
    expect(checkSchoolText(snapshot)).toEqual([]);
  });
});
