import { detail } from '../common/error-codes.js';
import { InvalidInputError, NotAuthenticatedError } from '../common/errors.js';

/** No session cookie, or one whose session has ended (logged out, expired, revoked or copied). */
export class SessionEndedError extends NotAuthenticatedError {
  constructor() {
    super(detail(null, 'session_ended', {}, 'No session is open for this browser; log in again'));
  }
}

/** A password change whose current password is wrong: a field error, since the caller is logged in. */
export class WrongCurrentPasswordError extends InvalidInputError {
  constructor() {
    super([detail('currentPassword', 'wrong_password', {}, 'currentPassword is not the current password')]);
  }
}
