import { detail } from '../common/error-codes.js';
import { InvalidInputError } from '../common/errors.js';

/** An evening lasts at most this long. */
export const MAX_EVENING_HOURS = 24;

export class EveningEndNotAfterStartError extends InvalidInputError {
  constructor() {
    super([detail('endsAt', 'must_be_after', { other: 'startsAt' }, 'endsAt must be after startsAt')]);
  }
}

export class EveningTooLongError extends InvalidInputError {
  constructor() {
    super([
      detail('endsAt', 'too_long_after', { other: 'startsAt', days: 1 }, 'endsAt must be within a day of startsAt'),
    ]);
  }
}

/** Attendance of people who are not the municipality's newcomers or participants. */
export class UnknownEveningAttendeesError extends InvalidInputError {
  constructor(newcomerIds: string[], participantIds: string[]) {
    super([
      ...newcomerIds.map((id) =>
        detail(
          'newcomerIds',
          'unknown_attendee',
          { id },
          `newcomerIds: ${id} is not one of the municipality’s people whose attendance you may record`,
        ),
      ),
      ...participantIds.map((id) =>
        detail(
          'participantIds',
          'unknown_attendee',
          { id },
          `participantIds: ${id} is not one of the municipality’s people whose attendance you may record`,
        ),
      ),
    ]);
  }
}
