/** Valid request bodies in one line; a test states only the fields that matter to it. */

export const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];

export function programmeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Mentorprogram Vesterålen 2027',
    startDate: '2027-01-15',
    municipalityCodes: VESTERALEN,
    ...overrides,
  };
}

let people = 0;

export function mentorBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  people += 1;
  return {
    role: 'mentor',
    name: `Kari Mentor ${people}`,
    email: `mentor${people}@example.org`,
    municipalityCode: '1870',
    preferredLanguage: 'nb',
    languages: [
      { code: 'nb', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    professionCode: '2221',
    ...overrides,
  };
}

export function menteeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  people += 1;
  return {
    role: 'mentee',
    name: `Amina Mentee ${people}`,
    email: `mentee${people}@example.org`,
    municipalityCode: '1870',
    preferredLanguage: 'en',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    professionCode: '5321',
    category: 'refugee',
    ...overrides,
  };
}

/** A newcomer of a municipality's register: a labour immigrant's spouse, consenting to every purpose. */
export function newcomerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  people += 1;
  return {
    name: `Olena Newcomer ${people}`,
    email: `newcomer${people}@example.org`,
    preferredLanguage: 'uk',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'B1' },
    ],
    category: 'labour_spouse',
    arrivalMonth: '2026-09',
    professionCode: '2221',
    education: { level: 'bachelor', field: 'Nursing', country: 'UA', recognition: 'pending' },
    workYears: 6,
    consent: { register: true, invitations: true, mentorProgramme: true, givenOn: '2026-10-01' },
    ...overrides,
  };
}
