import ISO6391 from 'iso-639-1';
import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isco } from '../professions/isco.js';
import type { ParticipantRole } from './participant-fields.js';

/** An ISO 639-1 code in lower case ("nb", "ar", "ti"). */
export function IsLanguageCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLanguageCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^[a-z]{2}$/.test(value) && ISO6391.validate(value),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be an ISO 639-1 language code such as nb, en or ar`,
          options,
        ),
      },
    },
    options,
  );
}

/** An ISCO-08 (STYRK-08) group code of 1 to 4 digits that exists in the shipped classification. */
export function IsIscoCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIscoCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{1,4}$/.test(value) && isco.exists(value),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be an ISCO-08 code of 1 to 4 digits (see GET /professions)`,
          options,
        ),
      },
    },
    options,
  );
}

/** The field may be given only for participants of this role. */
export function OnlyForRole(role: ParticipantRole, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'onlyForRole',
      constraints: [role],
      validator: {
        validate: (value: unknown, args) => {
          // Without a role (a PATCH body) the merged participant is checked instead.
          const given = (args?.object as { role?: unknown }).role;
          return value === undefined || value === false || given === undefined || given === role;
        },
        defaultMessage: buildMessage((prefix) => `${prefix}$property is only for ${role}s`, options),
      },
    },
    options,
  );
}
