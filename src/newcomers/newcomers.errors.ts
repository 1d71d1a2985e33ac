import { detail, type ErrorDetail } from '../common/error-codes.js';
import { ConflictError } from '../common/errors.js';

/** The newcomer is a mentee of this programme already. */
export class AlreadyEnrolledError extends ConflictError {
  constructor() {
    super(
      detail('programmeId', 'already_exists', {}, 'programmeId: the newcomer is already enrolled in this programme'),
    );
  }
}

/** Enrolment into a programme that does not cover the newcomer's municipality (or none the caller sees). */
export function programmeMustCover(municipalityCode: string): ErrorDetail {
  return detail(
    'programmeId',
    'must_cover_municipality',
    { municipalityCode },
    `programmeId must be a programme that covers municipality ${municipalityCode}`,
  );
}

/** Enrolment of a newcomer who has not consented to the mentor programme. */
export function mentorConsentMissing(): ErrorDetail {
  return detail(
    'consent.mentorProgramme',
    'must_be_one_of',
    { allowed: ['true'] },
    'consent.mentorProgramme must be true: the newcomer has not consented to the mentor programme',
  );
}

/** A period that ends before it begins. */
export function periodBackwards(): ErrorDetail {
  return detail('to', 'must_not_be_before', { other: 'from' }, 'to must not be before from');
}
