import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

/** A programme that would end on or before its start; the error sits on the date the request changed. */
export class DatesOutOfOrderError extends InvalidInputError {
  constructor(changed: 'startDate' | 'endDate') {
    const message = 'endDate must be after startDate';
    super([
      changed === 'startDate'
        ? detail('startDate', 'must_be_before', { other: 'endDate' }, message)
        : detail('endDate', 'must_be_after', { other: 'startDate' }, message),
    ]);
  }
}

export class NoPositiveWeightError extends InvalidInputError {
  constructor() {
    super([
      detail('rules.weights', 'needs_positive_weight', {}, 'rules.weights must have at least one weight above 0'),
    ]);
  }
}

/** A programme may not leave a municipality where its participants live. */
export class MunicipalitiesInUseError extends ConflictError {
  constructor(codes: string[]) {
    super(
      detail(
        'municipalityCodes',
        'municipality_has_participants',
        { codes },
        `municipalityCodes: participants are registered in ${codes.join(', ')}; move them first`,
      ),
    );
  }
}

export class GatheringEndNotAfterStartError extends InvalidInputError {
  constructor() {
    super([detail('endsAt', 'must_be_after', { other: 'startsAt' }, 'endsAt must be after startsAt')]);
  }
}

export class GatheringTooLongError extends InvalidInputError {
  constructor(days: number) {
    super([
      detail('endsAt', 'too_long_after', { other: 'startsAt', days }, 'endsAt must be within a week of startsAt'),
    ]);
  }
}

/** Attendance of people who are not the programme's participants the caller may record. */
export class UnknownAttendeesError extends InvalidInputError {
  constructor(ids: string[]) {
    super(
      ids.map((id) =>
        detail(
          'participantIds',
          'unknown_participant',
          { id },
          `participantIds: ${id} is not a participant of this programme that you may record`,
        ),
      ),
    );
  }
}
