import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError, NotAuthenticatedError } from '../common/errors.js';

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

/** An mfaToken that is not one (any more): expired, already used, or its user changed since. */
export class MfaTokenInvalidError extends NotAuthenticatedError {
  constructor() {
    super(detail(null, 'mfa_token_invalid', {}, 'The login has expired or was already completed; log in again'));
  }
}

/** A wrong (or reused) code at the second step of a login: a 401 that names the field. */
export class WrongLoginCodeError extends NotAuthenticatedError {
  constructor() {
    super(detail('code', 'wrong_code', {}, 'code is not a valid code: check the app and try again'));
  }
}

/** A wrong (or reused) code from a logged-in user (confirming an enrolment, turning the factor off). */
export class WrongCodeError extends InvalidInputError {
  constructor() {
    super([detail('code', 'wrong_code', {}, 'code is not a valid code: check the app and try again')]);
  }
}

export class MfaAlreadyEnabledError extends ConflictError {
  constructor() {
    super(detail(null, 'mfa_already_enabled', {}, 'A second factor is already on; turn it off before enrolling again'));
  }
}

export class MfaNotEnrollingError extends ConflictError {
  constructor() {
    super(detail(null, 'mfa_not_enrolling', {}, 'No enrolment of a second factor is in progress; start one first'));
  }
}

export class MfaNotEnabledError extends ConflictError {
  constructor() {
    super(detail(null, 'mfa_not_enabled', {}, 'No second factor is on'));
  }
}
