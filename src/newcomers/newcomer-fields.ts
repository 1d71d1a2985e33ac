/** The closed vocabularies of the newcomer register, shared by the entity, the DTOs and the console. */
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'secondary',
  'vocational',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const RECOGNITION_STATUSES = [
  'not_applied',
  'pending',
  'recognised',
  'partly',
  'rejected',
  'not_needed',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const CAREER_GUIDANCE_STATUSES = ['not_referred', 'referred', 'done', 'declined'] as const;
export type CareerGuidanceStatus = (typeof CAREER_GUIDANCE_STATUSES)[number];

/** Birth years the register takes: nobody born before 1900, nobody registered before they are born. */
export const FIRST_BIRTH_YEAR = 1900;
