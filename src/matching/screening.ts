import { DateTime } from 'luxon';

/** How long a police certificate or a confidentiality declaration holds, in years. */
export const SCREENING_VALID_YEARS = 3;

export type ScreeningProblem =
  | 'police_certificate_missing'
  | 'police_certificate_too_old'
  | 'confidentiality_declaration_missing'
  | 'confidentiality_declaration_too_old';

/** The day a document dated `date` turns three years old: from that day on it no longer holds (29 Feb → 28 Feb). */
export function screeningExpiresOn(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ years: SCREENING_VALID_YEARS }).toISODate()!;
}

/**
 * What keeps a mentor's pair starting on `startsOn` from approval when the programme requires
 * screening: each document missing, or three years old or more on the pair's first day.
 */
export function screeningProblems(
  mentor: { policeCertificateSeenOn: string | null; confidentialitySignedOn: string | null },
  startsOn: string,
): ScreeningProblem[] {
  const problems: ScreeningProblem[] = [];
  const check = (date: string | null, document: 'police_certificate' | 'confidentiality_declaration') => {
    if (!date) problems.push(`${document}_missing`);
    else if (screeningExpiresOn(date) <= startsOn) problems.push(`${document}_too_old`);
  };
  check(mentor.policeCertificateSeenOn, 'police_certificate');
  check(mentor.confidentialitySignedOn, 'confidentiality_declaration');
  return problems;
}
