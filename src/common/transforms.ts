import type { TransformFnParams } from 'class-transformer';

/** class-transformer helpers: normalise strings, leave every other type for the validator to reject. */
export const trimmed = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

export const lowerCased = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
