/*
 * Every code an error of the API carries, with the parameters it comes with. The console writes
 * each message from the code and its params in the reader's language (nb, nn, en); its message
 * files are checked against this one list. `en` is the English sentence the console may fall back
 * to, with {param} where a parameter goes. A code, once published, keeps its meaning and params.
 *
 * Param kinds: 'string', 'number', 'string[]'.
 */
export const ERROR_CODES = {
  // Validation of a field, from the class-validator rule that failed (common/validation.ts).
  required: { params: {}, en: '{field} is required' },
  must_be_string: { params: {}, en: '{field} must be text' },
  must_be_number: { params: {}, en: '{field} must be a number' },
  must_be_integer: { params: {}, en: '{field} must be a whole number' },
  must_be_boolean: { params: {}, en: '{field} must be true or false' },
  must_be_array: { params: {}, en: '{field} must be a list' },
  must_be_object: { params: {}, en: '{field} must be an object' },
  must_be_one_of: { params: { allowed: 'string[]' }, en: '{field} must be one of {allowed}' },
  too_short: { params: { min: 'number' }, en: '{field} must be at least {min} characters long' },
  too_long: { params: { max: 'number' }, en: '{field} must be at most {max} characters long' },
  out_of_range: { params: { min: 'number', max: 'number' }, en: '{field} must be from {min} to {max}' },
  too_small: { params: { min: 'number' }, en: '{field} must be at least {min}' },
  too_large: { params: { max: 'number' }, en: '{field} must be at most {max}' },
  too_few_items: { params: { min: 'number' }, en: '{field} must list at least {min}' },
  too_many_items: { params: { max: 'number' }, en: '{field} must list at most {max}' },
  duplicate: { params: {}, en: '{field} must not repeat a value' },
  must_be_email: { params: {}, en: '{field} must be an email address' },
  must_be_uuid: { params: {}, en: '{field} must be a UUID' },
  must_be_date: { params: {}, en: '{field} must be a date written YYYY-MM-DD' },
  must_be_instant: { params: {}, en: '{field} must be a time with its offset, such as 2027-01-15T18:00:00+01:00' },
  must_be_time_zone: { params: {}, en: '{field} must be a time zone such as Europe/Oslo' },
  must_be_language_code: { params: {}, en: '{field} must be a language code such as nb, en or ar' },
  must_be_profession_code: { params: {}, en: '{field} must be an ISCO-08 profession code' },
  must_be_municipality_code: { params: {}, en: '{field} must be a four-digit municipality number' },
  must_be_phone_number: { params: {}, en: '{field} must be a phone number such as +47 912 34 567' },
  must_be_country_code: { params: {}, en: '{field} must be a country code such as NO, SY or UA' },
  invalid_format: { params: {}, en: '{field} is not written the right way' },
  only_for_role: { params: { role: 'string' }, en: '{field} is only for a {role}' },
  not_whitelisted: { params: {}, en: '{field} is not a field of this request' },
  must_not_contain_nul: { params: {}, en: '{field} must not contain NUL characters' },
  too_deeply_nested: { params: { maxDepth: 'number' }, en: '{field} is nested deeper than {maxDepth} levels' },

  // The request as a whole.
  invalid_json: { params: {}, en: 'The request body is not valid JSON' },
  unreadable_body: { params: {}, en: 'The request body could not be read' },
  body_too_large: { params: { maxBytes: 'number' }, en: 'The request body is larger than {maxBytes} bytes' },
  must_be_utf8: { params: {}, en: 'Send the body as UTF-8' },
  unsupported_media_type: { params: {}, en: 'The body is not of a type this endpoint takes' },
  bad_request: { params: {}, en: 'The request is not valid' },

  // Rules of the domain.
  must_be_role: { params: { role: 'string' }, en: '{field} must be a {role}' },
  required_for_role: { params: { role: 'string' }, en: '{field} is required for a {role}' },
  must_be_in_programme: { params: {}, en: '{field} must be a participant of this programme' },
  must_be_within_programme: {
    params: { startDate: 'string', endDate: 'string' },
    en: '{field} must be within the programme, {startDate} to {endDate}',
  },
  must_not_be_in_future: { params: { today: 'string' }, en: '{field} must not be in the future (today is {today})' },
  must_be_after: { params: { other: 'string' }, en: '{field} must be after {other}' },
  must_be_before: { params: { other: 'string' }, en: '{field} must be before {other}' },
  must_not_be_after: { params: { other: 'string' }, en: '{field} must not be after {other}' },
  must_not_be_before: { params: { other: 'string' }, en: '{field} must not be before {other}' },
  only_with_status: { params: { status: 'string' }, en: '{field} is only for the status {status}' },
  not_in_introduction_programme: {
    params: {},
    en: "{field} is not kept for a newcomer in the introduction programme: their mapping is in the state's register",
  },
  must_cover_municipality: {
    params: { municipalityCode: 'string' },
    en: '{field} must be a programme that covers municipality {municipalityCode}',
  },
  too_long_after: { params: { other: 'string', days: 'number' }, en: '{field} must be within {days} days of {other}' },
  must_be_programme_municipality: {
    params: { allowed: 'string[]' },
    en: "{field} must be one of the programme's municipalities: {allowed}",
  },
  must_be_own_municipality: {
    params: { allowed: 'string[]' },
    en: '{field} must be one of your municipalities: {allowed}',
  },
  unknown_municipality: { params: { codes: 'string[]' }, en: '{field} has unknown municipality numbers: {codes}' },
  unknown_participant: {
    params: { id: 'string' },
    en: '{field}: {id} is not a participant of this programme that you may record',
  },
  unknown_attendee: {
    params: { id: 'string' },
    en: '{field}: {id} is not one of the municipality’s people whose attendance you may record',
  },
  needs_positive_weight: { params: {}, en: '{field} must have at least one weight above 0' },
  pair_not_allowed: { params: { rule: 'string' }, en: 'The pair breaks the rule {rule}' },
  csv_unreadable: { params: {}, en: 'The CSV could not be read' },
  csv_empty: { params: {}, en: 'The CSV has a header but no rows, or is empty' },
  csv_too_many_rows: { params: { max: 'number' }, en: 'The CSV has more than {max} rows; split it' },
  csv_unknown_columns: {
    params: { columns: 'string[]', allowed: 'string[]' },
    en: 'Unknown columns: {columns}; the columns are {allowed}',
  },
  csv_missing_columns: { params: { columns: 'string[]' }, en: 'Missing columns: {columns}' },
  csv_duplicate_columns: { params: { columns: 'string[]' }, en: 'Columns appear more than once: {columns}' },
  duplicate_in_file: { params: { row: 'number' }, en: '{field} is also on row {row} of this file' },
  already_exists: { params: {}, en: '{field}: one with this value already exists' },
  municipality_has_participants: {
    params: { codes: 'string[]' },
    en: '{field}: participants are registered in {codes}; move them first',
  },
  mentor_full: { params: {}, en: 'The mentor has no free place left' },
  mentee_already_matched: { params: {}, en: 'The mentee already has a mentor' },
  match_already_decided: { params: { status: 'string' }, en: 'The match is already {status}' },
  match_not_active: {
    params: { status: 'string' },
    en: 'Meetings are logged for approved pairs; this pair is {status}',
  },
  pair_not_started: {
    params: { status: 'string' },
    en: 'Pauses are for a pair that has started; this pair is {status}',
  },
  must_be_within_pair: {
    params: { startDate: 'string', endDate: 'string' },
    en: "{field} must be within the pair's active days, {startDate} to {endDate}",
  },
  pause_overlaps: {
    params: { from: 'string', to: 'string' },
    en: '{field}: the pair is already paused from {from} to {to}',
  },
  pair_not_completed: {
    params: { status: 'string' },
    en: 'A certificate is for a completed pair; this pair is {status}',
  },
  completion_not_met: {
    params: {
      meetings: 'number',
      minMeetings: 'number',
      hours: 'number',
      minHours: 'number',
      gatherings: 'number',
      minGatherings: 'number',
    },
    en:
      'The pair falls short of the completion rule: {meetings} of {minMeetings} meetings, ' +
      '{hours} of {minHours} hours, {gatherings} of {minGatherings} gatherings',
  },
  participant_erased: {
    params: {},
    en: 'The mentee was erased: there is no one left to name on a certificate',
  },
  mentor_not_screened: {
    params: { problems: 'string[]' },
    en: "The programme requires screening; the mentor's documents fall short on the pair's first day: {problems}",
  },
  pair_ended_before: {
    params: {},
    en: 'This mentor and this mentee were a pair that ended; they are not paired again',
  },
  already_erased: { params: {}, en: 'This person was erased already' },
  conflict: { params: {}, en: 'This conflicts with an existing record' },
  reference_changed: { params: {}, en: 'A record this refers to was changed or removed' },
  not_found: { params: { resource: 'string' }, en: 'The {resource} was not found' },
  last_admin: { params: {}, en: 'This change would leave no enabled admin; make another user admin first' },
  wrong_password: { params: {}, en: '{field} is not the current password' },
  wrong_code: { params: {}, en: '{field} is not a valid code: check the app and try again' },
  mfa_already_enabled: { params: {}, en: 'A second factor is already on; turn it off before enrolling again' },
  mfa_not_enrolling: { params: {}, en: 'No enrolment of a second factor is in progress; start one first' },
  mfa_not_enabled: { params: {}, en: 'No second factor is on' },
  password_too_common: { params: {}, en: '{field} is too easy to guess: use a longer phrase of unusual words' },

  // Access and the rest.
  invalid_credentials: { params: {}, en: 'Wrong email or password' },
  session_ended: { params: {}, en: 'No session is open for this browser; log in again' },
  mfa_token_invalid: { params: {}, en: 'The login has expired or was already completed; log in again' },
  unauthenticated: { params: {}, en: 'Log in again' },
  forbidden: { params: {}, en: 'Your role may not do this' },
  too_many_requests: { params: {}, en: 'Too many attempts; wait a little' },
  internal_error: { params: {}, en: 'Something went wrong; quote the request id when you report it' },
  http_error: { params: { status: 'number' }, en: 'The request failed ({status})' },
} as const satisfies Record<string, { params: Record<string, ParamKind>; en: string }>;

type ParamKind = 'string' | 'number' | 'string[]';
type ParamValue<K> = K extends 'string'
  ? string
  : K extends 'number'
    ? number
    : K extends 'string[]'
      ? string[]
      : never;

export type ErrorCode = keyof typeof ERROR_CODES;

export type ErrorParams<C extends ErrorCode> = {
  -readonly [P in keyof (typeof ERROR_CODES)[C]['params']]: ParamValue<(typeof ERROR_CODES)[C]['params'][P]>;
};

/** One thing wrong with a request, as every error body lists it in `errors`. */
export type ErrorDetail = {
  [C in ErrorCode]: {
    /** Full path of the field it is about (`languages.1.level`), or null when it is about no one field. */
    field: string | null;
    code: C;
    params: ErrorParams<C>;
    /** The English sentence, also an entry of the body's `message`. */
    message: string;
  };
}[ErrorCode];

/** An error detail, its params checked against the code. */
export function detail<C extends ErrorCode>(
  field: string | null,
  code: C,
  params: ErrorParams<C>,
  message: string,
): ErrorDetail {
  return { field, code, params, message } as ErrorDetail;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CODES, value);
}

/** Every code, for the enum of the OpenAPI document. */
export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];
