import type { TransformFnParams } from 'class-transformer';

/** class-transformer helpers: normalise strings, leave every other type for the validator to reject. */
export const trimmed = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

export const lowerCased = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** A query parameter as an integer when it is written as one; anything else (even "") stays text for @IsInt to name. */
export const integerFromQuery = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;

/** A query parameter "true" or "false" as a boolean; anything else stays text for @IsBoolean to name. */
export const booleanFromQuery = ({ value }: TransformFnParams): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
