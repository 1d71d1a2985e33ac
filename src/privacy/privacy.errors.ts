import { detail } from '../common/error-codes.js';
import { ConflictError } from '../common/errors.js';

/** The person was erased already: an erasure is done once, and an erased record is not changed again. */
export class AlreadyErasedError extends ConflictError {
  constructor() {
    super(detail(null, 'already_erased', {}, 'This person was erased already'));
  }
}
