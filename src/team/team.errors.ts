import { detail } from '../common/error-codes.js';
import { ConflictError } from '../common/errors.js';

export class DuplicateTeamMemberError extends ConflictError {
  constructor() {
    super(detail('email', 'already_exists', {}, "email is already on the municipality's newcomer team"));
  }
}
