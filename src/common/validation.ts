import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
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

/** class-validator's sentence about `property`, rewritten to start with its full path. */
function withPath(text: string, property: string, path: string): string {
  if (text.startsWith(`${property} `)) return `${path}${text.slice(property.length)}`;
  if (text === `property ${property} should not exist`) return `property ${path} should not exist`;
  if (text.startsWith(`nested property ${property} `))
    return `${path}${text.slice(`nested property ${property}`.length)}`;
  return `${path}: ${text}`;
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const field = path.split('.')[0];
    // A missing field fails every rule of it; one sentence says it better.
    if (error.value === undefined && error.constraints && !error.constraints.onlyForRole) {
      return [
        {
          field,
          message: withPath(error.constraints.isDefined ?? `${error.property} is required`, error.property, path),
        },
      ];
    }
    // Rules that share one sentence (a range said once for its type, minimum and maximum) say it once.
    const own = [...new Set(Object.values(error.constraints ?? {}))].map((text) => ({
      field,
      message: withPath(text, error.property, path),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Deeper than any body of the API; deeper input is refused before anything recurses into it. */
const MAX_DEPTH = 16;

/**
 * PostgreSQL cannot store U+0000 in text; such input is refused by field, before any rule runs.
 * So is input nested deeper than MAX_DEPTH, which no field of the API takes.
 */
export function nulCharacterErrors(value: unknown, path = '', depth = 0): FieldError[] {
  const field = path.split('.')[0] || 'body';
  if (depth > MAX_DEPTH) return [{ field, message: `${path || 'body'} is nested too deeply` }];
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ field, message: `${path || 'body'} must not contain NUL characters` }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    nulCharacterErrors(item, path ? `${path}.${key}` : key, depth + 1),
  );
}

/** Validates a plain object against a DTO class exactly as the HTTP pipe does. */
export async function validateAs<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
): Promise<{ value: T; errors: FieldError[] }> {
  const nul = nulCharacterErrors(plain);
  const value = plainToInstance(cls, plain);
  if (nul.length) return { value, errors: nul };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { value, errors: [{ field: 'body', message: 'body must be a JSON object' }] };
  }
  return { value, errors: flattenValidationErrors(await validate(value, VALIDATOR_OPTIONS)) };
}

/** The global pipe: unknown fields rejected, every offending field listed in `message`. */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A text body (the CSV import) is checked row by row, so one bad cell refuses one row.
    if ((metadata.type === 'body' || metadata.type === 'query') && typeof value === 'object') {
      const nul = nulCharacterErrors(value);
      if (nul.length) throw new BadRequestException(nul.map((e) => e.message));
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors).map((e) => e.message)),
  });
}
