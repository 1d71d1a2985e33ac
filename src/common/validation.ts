import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidationError, type ValidatorOptions } from 'class-validator';

/** One set of validator options for request bodies, queries and the CSV import alike. */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: true },
};

export interface FieldError {
  /** The top-level field, e.g. "languages" for an error in languages[1].level. */
  field: string;
  /** A sentence starting with the full path, e.g. "languages.1.level must be one of ...". */
  message: string;
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    // A missing field fails every rule of it; one sentence says it better.
    if (error.value === undefined && error.constraints && !error.constraints.onlyForRole) {
      const message = error.constraints.isDefined ?? `${error.property} is required`;
      return [{ field: path.split('.')[0], message: parentPath ? `${parentPath}.${message}` : message }];
    }
    const own = Object.values(error.constraints ?? {}).map((text) => ({
      field: path.split('.')[0],
      message: parentPath ? `${parentPath}.${text}` : text,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Validates a plain object against a DTO class exactly as the HTTP pipe does. */
export async function validateAs<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
): Promise<{ value: T; errors: FieldError[] }> {
  const value = plainToInstance(cls, plain);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { value, errors: [{ field: 'body', message: 'body must be a JSON object' }] };
  }
  return { value, errors: flattenValidationErrors(await validate(value, VALIDATOR_OPTIONS)) };
}

/** The global pipe: unknown fields rejected, every offending field listed in `message`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors).map((e) => e.message)),
  });
}
