import { ConflictError, InvalidInputError } from '../common/errors.js';
import type { HardRule } from './scoring.js';

export class MentorAtCapacityError extends ConflictError {
  constructor() {
    super('The mentor has no free place left');
  }
}

export class MenteeAlreadyMatchedError extends ConflictError {
  constructor() {
    super('The mentee already has a mentor');
  }
}

export class MatchAlreadyDecidedError extends ConflictError {
  constructor(status: string) {
    super(`The match is already ${status}`);
  }
}

/** A hand-made pair that breaks a hard rule of the programme. */
export class PairNotAllowedError extends InvalidInputError {
  constructor(
    readonly rule: HardRule,
    explanation: string,
  ) {
    super([`The pair breaks the rule ${rule}: ${explanation}`]);
  }
}
