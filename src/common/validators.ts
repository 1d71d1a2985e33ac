import { DateTime } from 'luxon';
import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/** A calendar day written as YYYY-MM-DD that exists (no 2027-02-30). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a date written YYYY-MM-DD`, options),
      },
    },
    options,
  );
}

/** An instant in ISO 8601 with its offset (2027-01-15T18:00:00+01:00 or ...Z), so it is never ambiguous. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
          DateTime.fromISO(value, { setZone: true }).isValid,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a timestamp with its offset, such as 2027-01-15T18:00:00+01:00`,
          options,
        ),
      },
    },
    options,
  );
}
