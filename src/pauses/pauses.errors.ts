import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

/** A pause of a pair that never started (proposed or rejected). */
export class PairNotStartedError extends ConflictError {
  constructor(status: string) {
    super(
      detail(null, 'pair_not_started', { status }, `Pauses are for a pair that has started; this pair is ${status}`),
    );
  }
}

/** A pause day outside the pair's active span. */
export class PauseOutsidePairError extends InvalidInputError {
  constructor(field: 'from' | 'to', startDate: string, endDate: string) {
    super([
      detail(
        field,
        'must_be_within_pair',
        { startDate, endDate },
        `${field} must be within the pair's active days, ${startDate} to ${endDate}`,
      ),
    ]);
  }
}

/** `to` before `from`. */
export class PauseOrderError extends InvalidInputError {
  constructor() {
    super([detail('to', 'must_not_be_before', { other: 'from' }, 'to must not be before from')]);
  }
}

/** The pause overlaps another pause of the pair: 409, naming `from` and the pause it meets. */
export class PauseOverlapError extends ConflictError {
  constructor(from: string, to: string) {
    super(detail('from', 'pause_overlaps', { from, to }, `from: the pair is already paused from ${from} to ${to}`));
  }
}
