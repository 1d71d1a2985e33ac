import { EMPLOYMENT_STATUSES } from '../participants/participant-fields.js';

/** The survey emails, each sent once per person: at the midway and closing gatherings, and after the pair. */
export const SURVEY_KINDS = ['midway_survey', 'closing_survey', 'followup_survey'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** Months after a pair ended that its mentee gets a follow-up survey. */
export const FOLLOWUP_MONTHS = [3, 6, 12] as const;

/** Norwegian level now: a CEFR level, or none yet. */
export const NORWEGIAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type NorwegianLevel = (typeof NORWEGIAN_LEVELS)[number];

/** Did the programme help them into work or education? */
export const HELPED_ANSWERS = ['yes', 'partly', 'no'] as const;
export type HelpedAnswer = (typeof HELPED_ANSWERS)[number];

export const SCALE = [1, 2, 3, 4, 5] as const;
export const MAX_COMMENT_LENGTH = 1000;

/** The questions' keys, in the order of the form; the last three are asked of mentees only. */
export const SCALE_QUESTIONS = ['progress', 'usefulness'] as const;
export const CHOICE_QUESTIONS = {
  employmentStatus: EMPLOYMENT_STATUSES,
  norwegianLevel: NORWEGIAN_LEVELS,
  helped: HELPED_ANSWERS,
} as const;
export type ChoiceQuestion = keyof typeof CHOICE_QUESTIONS;
export const CHOICE_QUESTION_KEYS = Object.keys(CHOICE_QUESTIONS) as ChoiceQuestion[];
