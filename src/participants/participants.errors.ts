import { detail, type ErrorDetail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

/** The programme has a participant with this email (a 409 for one registration, a row error in an import). */
export function emailInProgramme(): ErrorDetail {
  return detail('email', 'already_exists', {}, 'email: a participant with this email is already in the programme');
}

export class DuplicateParticipantEmailError extends ConflictError {
  constructor() {
    super(emailInProgramme());
  }
}

/** A conflict that must not say why: the same email held by a person the caller may not know of. */
export function hiddenConflict(): ErrorDetail {
  return detail(null, 'conflict', {}, 'This conflicts with an existing record');
}

export class HiddenConflictError extends ConflictError {
  constructor() {
    super(hiddenConflict());
  }
}

/** A row of an import whose email an earlier row of the same file has. */
export function emailEarlierInFile(row: number): ErrorDetail {
  return detail('email', 'duplicate_in_file', { row }, `email is also on row ${row} of this file`);
}

/** A participant placed in a municipality the programme does not cover. */
export function outsideProgrammeMunicipalities(allowed: string[]): ErrorDetail {
  return detail(
    'municipalityCode',
    'must_be_programme_municipality',
    { allowed },
    `municipalityCode must be one of the programme's municipalities: ${allowed.join(', ')}`,
  );
}

/** A coordinator's participant placed outside the municipalities they hold. */
export function outsideOwnMunicipalities(allowed: string[]): ErrorDetail {
  return detail(
    'municipalityCode',
    'must_be_own_municipality',
    { allowed },
    `municipalityCode must be one of your municipalities: ${allowed.join(', ')}`,
  );
}

/** Screening (police certificate, confidentiality declaration) is recorded for mentors only. */
export class ScreeningForMenteeError extends InvalidInputError {
  constructor(field: 'policeCertificateSeenOn' | 'confidentialitySignedOn') {
    super([
      detail(field, 'only_for_role', { role: 'mentor' }, `${field} is only for a mentor: screening is of mentors`),
    ]);
  }
}

/** A screening date after today. */
export class ScreeningInFutureError extends InvalidInputError {
  constructor(fields: ('policeCertificateSeenOn' | 'confidentialitySignedOn')[], today: string) {
    super(
      fields.map((field) =>
        detail(field, 'must_not_be_in_future', { today }, `${field} must not be in the future (today is ${today})`),
      ),
    );
  }
}
