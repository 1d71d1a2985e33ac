import { detail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';

/** A coordinator holds at least one municipality. */
export class CoordinatorWithoutMunicipalitiesError extends InvalidInputError {
  constructor() {
    super([
      detail(
        'municipalityCodes',
        'required_for_role',
        { role: 'coordinator' },
        'municipalityCodes must name at least one municipality for a coordinator',
      ),
    ]);
  }
}

/** Admins and leads see every municipality; only a coordinator holds some. */
export class MunicipalitiesOnlyForCoordinatorsError extends InvalidInputError {
  constructor(role: string) {
    super([
      detail(
        'municipalityCodes',
        'only_for_role',
        { role: 'coordinator' },
        `municipalityCodes is only for coordinators; a ${role} sees every municipality`,
      ),
    ]);
  }
}

export class DuplicateUserEmailError extends ConflictError {
  constructor() {
    super(detail('email', 'already_exists', {}, 'A user with this email already exists'));
  }
}

/** Demoting or disabling the last enabled admin would leave nobody to manage the accounts. */
export class LastAdminError extends ConflictError {
  constructor() {
    super(detail(null, 'last_admin', {}, 'This change would leave no enabled admin; make another user admin first'));
  }
}

/**
 * Start-up refused: no admin exists and the environment names none to create. A configuration
 * error for the operator, not an answer to a request.
 */
export class FirstAdminNotConfiguredError extends Error {
  constructor() {
    super('No admin exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first one');
  }
}

/** Start-up refused: ADMIN_EMAIL is the email of an account that is not an admin. */
export class AdminEmailTakenError extends Error {
  constructor(role: string) {
    super(`ADMIN_EMAIL belongs to an account with the role ${role}; choose another email`);
  }
}
