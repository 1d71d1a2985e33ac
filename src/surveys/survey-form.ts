import { EMPLOYMENT_STATUSES, type EmploymentStatus } from '../participants/participant-fields.js';
import {
  HELPED_ANSWERS,
  MAX_COMMENT_LENGTH,
  NORWEGIAN_LEVELS,
  type HelpedAnswer,
  type NorwegianLevel,
} from './survey-questions.js';

/** The answers of one survey form, as stored. The mentee's three are null for a mentor. */
export interface SurveyAnswers {
  progress: number;
  usefulness: number;
  employmentStatus: EmploymentStatus | null;
  norwegianLevel: NorwegianLevel | null;
  helped: HelpedAnswer | null;
  comment: string | null;
}

export const FORM_FIELDS = [
  'progress',
  'usefulness',
  'employmentStatus',
  'norwegianLevel',
  'helped',
  'comment',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The form's fields as given (text only), to show them again beside the errors. */
export type GivenFields = Partial<Record<FormField, string>>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function scale(value: string | undefined): number | null {
  return value !== undefined && /^[1-5]$/.test(value) ? Number(value) : null;
}

/**
 * Reads a posted survey form: the answers, or the fields in error. Every question is required but
 * the comment; a mentor's form has no mentee questions, and any sent are ignored.
 */
export function readSurveyForm(
  body: unknown,
  isMentee: boolean,
): { given: GivenFields; answers: SurveyAnswers | null; errors: FormField[] } {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const given: GivenFields = {};
  for (const field of FORM_FIELDS) {
    const value = text(fields[field]);
    if (value !== undefined) given[field] = value;
  }
  const errors: FormField[] = [];
  const progress = scale(given.progress);
  if (progress === null) errors.push('progress');
  const usefulness = scale(given.usefulness);
  if (usefulness === null) errors.push('usefulness');
  let employmentStatus: EmploymentStatus | null = null;
  let norwegianLevel: NorwegianLevel | null = null;
  let helped: HelpedAnswer | null = null;
  if (isMentee) {
    employmentStatus = oneOf(given.employmentStatus, EMPLOYMENT_STATUSES);
    if (employmentStatus === null) errors.push('employmentStatus');
    norwegianLevel = oneOf(given.norwegianLevel, NORWEGIAN_LEVELS);
    if (norwegianLevel === null) errors.push('norwegianLevel');
    helped = oneOf(given.helped, HELPED_ANSWERS);
    if (helped === null) errors.push('helped');
  }
  const comment = (given.comment ?? '').replace(/\r\n/g, '\n').trim();
  // eslint-disable-next-line no-control-regex
  if (comment.length > MAX_COMMENT_LENGTH || /[\u0000]/.test(comment)) errors.push('comment');
  if (errors.length > 0) return { given, answers: null, errors };
  return {
    given,
    answers: {
      progress: progress!,
      usefulness: usefulness!,
      employmentStatus,
      norwegianLevel,
      helped,
      comment: comment === '' ? null : comment,
    },
    errors,
  };
}
