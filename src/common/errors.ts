import { detail, type ErrorDetail } from './error-codes.js';

/**
 * Domain errors. Services throw these; the global filter (common/http-exception.filter.ts) maps
 * each kind to one HTTP status, so no service knows about HTTP. Every one carries its details:
 * a stable code with params (common/error-codes.ts) beside the English sentence, so the console
 * can say it in the reader's language.
 */
export abstract class DomainError extends Error {
  constructor(
    readonly details: readonly ErrorDetail[],
    message = details.map((d) => d.message).join('; '),
  ) {
    super(message);
  }
}

/** What a NotFoundError is about; its `resource` param in lower case. */
export type Resource =
  | 'Participant'
  | 'Match'
  | 'Programme'
  | 'Gathering'
  | 'User'
  | 'Municipality'
  | 'Info page'
  | 'Team member'
  | 'Newcomer'
  | 'Theme evening'
  | 'Pause';

/** The thing does not exist, or lies outside the caller's municipalities (never say which). */
export class NotFoundError extends DomainError {
  constructor(what: Resource) {
    const message = `${what} not found`;
    super([detail(null, 'not_found', { resource: what.toLowerCase() }, message)], message);
  }
}

/** Wrong email or password: one answer for both, so a guess learns nothing. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    const message = 'Wrong email or password';
    super([detail(null, 'invalid_credentials', {}, message)], message);
  }
}

/** No valid credentials for what was asked: a session that has ended, or none presented. */
export class NotAuthenticatedError extends DomainError {
  constructor(reason: ErrorDetail) {
    super([reason], reason.message);
  }
}

/** The request conflicts with the state: a duplicate, a capacity reached, a decision already made. */
export class ConflictError extends DomainError {
  constructor(reason: ErrorDetail) {
    super([reason], reason.message);
  }
}

/** Input that passed the DTO's shape checks but breaks a domain rule; one detail per message. */
export class InvalidInputError extends DomainError {
  constructor(details: readonly ErrorDetail[]) {
    super(details);
  }

  get messages(): string[] {
    return this.details.map((d) => d.message);
  }
}
