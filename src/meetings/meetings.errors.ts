import { ConflictError } from '../common/errors.js';

export class MatchNotActiveError extends ConflictError {
  constructor(status: string) {
    super(`Meetings are logged for approved pairs; this pair is ${status}`);
  }
}
