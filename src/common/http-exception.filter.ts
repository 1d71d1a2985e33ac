import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { loggableError } from '../logging/logger.js';
import { detail, type ErrorDetail } from './error-codes.js';
import {
  ConflictError,
  DomainError,
  InvalidCredentialsError,
  InvalidInputError,
  NotAuthenticatedError,
  NotFoundError,
} from './errors.js';

/** Every error body: NestJS's shape, and beside `message` the same entries with a code and params. */
export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  errors: ErrorDetail[];
  requestId?: string;
}

const PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** An error body whose `message` is the sentence of each detail (one, as a string, when `single`). */
export function errorBody(statusCode: number, details: readonly ErrorDetail[], single = false): ErrorBody {
  const messages = details.map((d) => d.message);
  return {
    statusCode,
    message: single && messages.length === 1 ? messages[0] : messages,
    error: PHRASES[statusCode] ?? 'Error',
    errors: [...details],
  };
}

/** The one table from domain errors to HTTP; anything unexpected is a logged 500 without internals. */
export function toHttp(error: unknown): ErrorBody | null {
  if (error instanceof InvalidCredentialsError || error instanceof NotAuthenticatedError) {
    return errorBody(401, error.details, true);
  }
  if (error instanceof NotFoundError) return errorBody(404, error.details, true);
  if (error instanceof ConflictError) return errorBody(409, error.details, true);
  if (error instanceof InvalidInputError) return errorBody(400, error.details);
  if (error instanceof DomainError) return { ...errorBody(400, error.details, true), message: error.message };
  if (error instanceof QueryFailedError) {
    // A race the service's own checks could not see: the database's constraints settle it.
    const code = (error as QueryFailedError & { code?: string }).code;
    if (code === '23505') {
      return errorBody(409, [detail(null, 'conflict', {}, 'This conflicts with an existing record')], true);
    }
    if (code === '23503') {
      return errorBody(
        409,
        [detail(null, 'reference_changed', {}, 'A record this refers to was changed or removed')],
        true,
      );
    }
  }
  return null;
}

/** The code of an HTTP error that carries none of its own (a 401 of the guard, a 404 of no route). */
function codedByStatus(status: number, message: string): ErrorDetail {
  switch (status) {
    case 400:
      return detail(null, 'bad_request', {}, message);
    case 401:
      return detail(null, 'unauthenticated', {}, message);
    case 403:
      return detail(null, 'forbidden', {}, message);
    case 404:
      return detail(null, 'not_found', { resource: 'path' }, message);
    case 409:
      return detail(null, 'conflict', {}, message);
    case 415:
      return detail(null, 'unsupported_media_type', {}, message);
    case 429:
      return detail(null, 'too_many_requests', {}, message);
    default:
      return detail(null, 'http_error', { status }, message);
  }
}

/** The body of an HttpException with its `errors`: its own when it has them, else one per message, coded by status. */
export function httpExceptionBody(exception: HttpException): Record<string, unknown> {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const body: Record<string, unknown> =
    typeof response === 'string'
      ? { statusCode: status, message: response, error: PHRASES[status] ?? response }
      : { ...(response as Record<string, unknown>) };
  if (Array.isArray(body.errors)) return body;
  const messages: unknown[] = Array.isArray(body.message) ? body.message : [body.message ?? PHRASES[status] ?? 'Error'];
  return { ...body, errors: messages.map((m) => codedByStatus(status, typeof m === 'string' ? m : JSON.stringify(m))) };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request & { id?: string }>();
    if (response.headersSent) return;

    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(httpExceptionBody(exception));
      return;
    }
    const mapped = toHttp(exception);
    if (mapped) {
      response.status(mapped.statusCode).json(mapped);
      return;
    }
    const requestId = request.id === undefined ? undefined : String(request.id);
    this.logger.error({ error: loggableError(exception), requestId }, 'Unhandled error');
    const message = 'Internal server error; quote the request id when you report it';
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      ...errorBody(500, [detail(null, 'internal_error', {}, message)], true),
      requestId,
    } satisfies ErrorBody);
  }
}
