import { ConflictError } from '../common/errors.js';

/** Demoting or disabling the last enabled admin would leave nobody to manage the accounts. */
export class LastAdminError extends ConflictError {
  constructor() {
    super('This change would leave no enabled admin; make another user admin first');
  }
}
