import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { loggableError } from '../logging/logger.js';
import {
  ConflictError,
  DomainError,
  InvalidCredentialsError,
  InvalidInputError,
  NotAuthenticatedError,
  NotFoundError,
} from './errors.js';

interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  requestId?: string;
}

const PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
};

/** The one table from domain errors to HTTP; anything unexpected is a logged 500 without internals. */
export function toHttp(error: unknown): ErrorBody | null {
  if (error instanceof InvalidCredentialsError || error instanceof NotAuthenticatedError) {
    return { statusCode: 401, message: error.message, error: PHRASES[401] };
  }
  if (error instanceof NotFoundError) return { statusCode: 404, message: error.message, error: PHRASES[404] };
  if (error instanceof ConflictError) return { statusCode: 409, message: error.message, error: PHRASES[409] };
  if (error instanceof InvalidInputError) return { statusCode: 400, message: error.messages, error: PHRASES[400] };
  if (error instanceof DomainError) return { statusCode: 400, message: error.message, error: PHRASES[400] };
  if (error instanceof QueryFailedError) {
    // A race the service's own checks could not see: the database's constraints settle it.
    const code = (error as QueryFailedError & { code?: string }).code;
    if (code === '23505')
      return { statusCode: 409, message: 'This conflicts with an existing record', error: PHRASES[409] };
    if (code === '23503')
      return { statusCode: 409, message: 'A record this refers to was changed or removed', error: PHRASES[409] };
  }
  return null;
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
      const body = exception.getResponse();
      const status = exception.getStatus();
      response
        .status(status)
        .json(typeof body === 'string' ? { statusCode: status, message: body, error: PHRASES[status] ?? body } : body);
      return;
    }
    const mapped = toHttp(exception);
    if (mapped) {
      response.status(mapped.statusCode).json(mapped);
      return;
    }
    const requestId = request.id === undefined ? undefined : String(request.id);
    this.logger.error({ error: loggableError(exception), requestId }, 'Unhandled error');
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      message: 'Internal server error; quote the request id when you report it',
      error: PHRASES[500],
      requestId,
    } satisfies ErrorBody);
  }
}
