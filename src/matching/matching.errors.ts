import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import type { HardRule } from './scoring.js';
import type { ScreeningProblem } from './screening.js';

export class MentorAtCapacityError extends ConflictError {
  constructor() {
    super(detail(null, 'mentor_full', {}, 'The mentor has no free place left'));
  }
}

export class MenteeAlreadyMatchedError extends ConflictError {
  constructor() {
    super(detail(null, 'mentee_already_matched', {}, 'The mentee already has a mentor'));
  }
}

export class MatchAlreadyDecidedError extends ConflictError {
  constructor(status: string) {
    super(detail(null, 'match_already_decided', { status }, `The match is already ${status}`));
  }
}

/** A hand-made pair that breaks a hard rule of the programme. */
export class PairNotAllowedError extends InvalidInputError {
  constructor(
    readonly rule: HardRule,
    explanation: string,
  ) {
    super([detail(null, 'pair_not_allowed', { rule }, `The pair breaks the rule ${rule}: ${explanation}`)]);
  }
}

/** A participant given where the other role is needed (a mentor as menteeId, candidates for a mentor). */
export class WrongRoleError extends InvalidInputError {
  constructor(field: string, role: 'mentor' | 'mentee', message = `${field} must be a ${role}`) {
    super([detail(field, 'must_be_role', { role }, message)]);
  }
}

/** A manual pair of participants of another programme. */
export class PairOutsideProgrammeError extends InvalidInputError {
  constructor(field: 'mentorId' | 'menteeId') {
    super([
      detail(field, 'must_be_in_programme', {}, 'mentorId and menteeId must both be participants of this programme'),
    ]);
  }
}

/** A pair's start outside its programme. */
export class StartOutsideProgrammeError extends InvalidInputError {
  constructor(startDate: string, endDate: string) {
    super([
      detail(
        'startsOn',
        'must_be_within_programme',
        { startDate, endDate },
        `startsOn must be within the programme, ${startDate} to ${endDate}`,
      ),
    ]);
  }
}

/** The programme requires screening and the mentor lacks a document, or has one too old, on the pair's first day. */
export class MentorNotScreenedError extends ConflictError {
  constructor(problems: ScreeningProblem[]) {
    super(
      detail(
        null,
        'mentor_not_screened',
        { problems },
        `The programme requires screening; the mentor's documents fall short on the pair's first day: ${problems.join(', ')}`,
      ),
    );
  }
}

/** A manual pair of a mentor and a mentee whose pair ended: an ended pair is never made again. */
export class PairEndedBeforeError extends ConflictError {
  constructor() {
    super(
      detail(
        null,
        'pair_ended_before',
        {},
        'This mentor and this mentee were a pair that ended; they are not paired again',
      ),
    );
  }
}

/** rematch asks for a new mentor after an early end; a completed pair has none to find. */
export class RematchNeedsEarlyEndError extends InvalidInputError {
  constructor() {
    super([
      detail(
        'rematch',
        'only_with_status',
        { status: 'ended' },
        'rematch is only for the outcome ended (an early end)',
      ),
    ]);
  }
}
