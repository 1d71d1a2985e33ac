/**
 * Domain errors. Services throw these; the global filter (common/http-exception.filter.ts) maps
 * each kind to one HTTP status, so no service knows about HTTP.
 */
export abstract class DomainError extends Error {}

/** The thing does not exist, or lies outside the caller's municipalities (never say which). */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** Wrong email or password: one answer for both, so a guess learns nothing. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('Wrong email or password');
  }
}

/** No valid credentials for what was asked: a session that has ended, or none presented. */
export class NotAuthenticatedError extends DomainError {}

/** The request conflicts with the state: a duplicate, a capacity reached, a decision already made. */
export class ConflictError extends DomainError {}

/** Input that passed the DTO's shape checks but breaks a domain rule; one message per field. */
export class InvalidInputError extends DomainError {
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}
