/** The closed vocabularies of a participant, shared by the entity, the DTOs and the CSV import. */
export const PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const MENTEE_CATEGORIES = [
  'refugee',
  'family',
  'labour_eea',
  'labour_non_eea',
  'labour_spouse',
  'other',
] as const;
export type MenteeCategory = (typeof MENTEE_CATEGORIES)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const EMPLOYMENT_STATUSES = [
  'unemployed',
  'introduction_programme',
  'education',
  'part_time',
  'full_time',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export interface LanguageSkill {
  code: string;
  level: LanguageLevel;
}

/** The columns of the CSV import, the fields of POST /programmes/:id/participants (the console's template uses them too). */
export const CSV_COLUMNS = [
  'role',
  'name',
  'email',
  'phone',
  'municipalityCode',
  'preferredLanguage',
  'languages',
  'professionCode',
  'desiredProfessionCode',
  'capacity',
  'category',
  'gender',
  'wantsSameGender',
  'employmentStatusAtStart',
  'birthYear',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a file must have (a cell may still be empty where the field is optional for the role). */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = [
  'role',
  'name',
  'email',
  'municipalityCode',
  'preferredLanguage',
  'languages',
  'professionCode',
];
