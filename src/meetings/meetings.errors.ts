import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

export class MatchNotActiveError extends ConflictError {
  constructor(status: string) {
    super(
      detail(null, 'match_not_active', { status }, `Meetings are logged for approved pairs; this pair is ${status}`),
    );
  }
}

/** A meeting dated outside its programme. */
export class MeetingOutsideProgrammeError extends InvalidInputError {
  constructor(startDate: string, endDate: string) {
    super([
      detail(
        'date',
        'must_be_within_programme',
        { startDate, endDate },
        `date must be within the programme, ${startDate} to ${endDate}`,
      ),
    ]);
  }
}

/** A meeting dated after today in the programme's zone. */
export class MeetingInFutureError extends InvalidInputError {
  constructor(today: string) {
    super([detail('date', 'must_not_be_in_future', { today }, `date must not be in the future (today is ${today})`)]);
  }
}

/**
 * A signed link has already recorded its day's allowance of new meetings (LINK_DAILY_MEETINGS).
 * Only the link pages meet it; they answer with a page, not an API error body.
 */
export class LinkDailyLimitError extends Error {
  constructor() {
    super('This link has recorded as many new meetings as it may today');
    this.name = 'LinkDailyLimitError';
  }
}
