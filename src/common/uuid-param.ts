import { Param, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { detail } from './error-codes.js';
import { InvalidRequestException } from './validation.js';

/** UUIDs in lower case, as PostgreSQL writes them, so ids compare equal in code too. */
const lowerCase: PipeTransform<string, string> = { transform: (value) => value.toLowerCase() };

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new InvalidRequestException([detail(name, 'must_be_uuid', {}, `${name} must be a UUID`)]),
    }),
    lowerCase,
  );
