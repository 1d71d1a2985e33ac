import { DateTime } from 'luxon';
import { ValidateBy, ValidateIf, buildMessage, type ValidationOptions } from 'class-validator';

/** Years a programme can sensibly have; PostgreSQL has no year 0 and nobody plans for 3000. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

function plausibleYear(value: DateTime): boolean {
  return value.isValid && value.year >= FIRST_YEAR && value.year <= LAST_YEAR;
}

/** An optional field that, when present, must be a value: PATCH { "name": null } is refused, not ignored. */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** A calendar day written as YYYY-MM-DD that exists (no 2027-02-30). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && plausibleYear(DateTime.fromISO(value)),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a date written YYYY-MM-DD, years 1900-2999`,
          options,
        ),
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
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/.test(value) &&
          plausibleYear(DateTime.fromISO(value, { setZone: true })),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a timestamp with its offset, such as 2027-01-15T18:00:00+01:00`,
          options,
        ),
      },
    },
    options,
  );
}

/** A kommunenummer: four digits (its existence is the service's to check). */
export function IsMunicipalityCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMunicipalityCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}$/.test(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a four-digit kommunenummer`, options),
      },
    },
    options,
  );
}

/** A phone number as people write it: digits, spaces, brackets and dashes, with an optional leading +. */
export function IsPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhoneNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\+?[0-9][0-9 ()-]{4,24}$/.test(value),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a phone number such as +47 912 34 567`,
          options,
        ),
      },
    },
    options,
  );
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 country code in capitals that names a country ("NO", "SY", "UA"). */
export function isCountryCode(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) return false;
  const name = REGIONS.of(value);
  return name !== undefined && name !== value && name !== 'Unknown Region';
}

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: isCountryCode,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be an ISO 3166-1 country code such as NO, SY or UA`,
          options,
        ),
      },
    },
    options,
  );
}
