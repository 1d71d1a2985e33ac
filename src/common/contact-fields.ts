import { domainToASCII, domainToUnicode } from 'node:url';
import { Matches, ValidateBy, buildMessage, isEmail, type ValidationOptions } from 'class-validator';

/*
 * One rule for every email address and one for every person's name the service takes: the JSON
 * endpoints (users, login, participants) and the CSV import (which validates each row with the
 * participant DTO) all use these functions and decorators.
 */

/** C0 and C1 control characters, CR and LF among them; and the line and paragraph separators. */
const CONTROL = '\\p{Cc}\\u2028\\u2029';
/** Characters that change the direction of the text around them (ALM, LRM, RLM, embeddings, overrides, isolates). */
const BIDI_CONTROL = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
/** Characters that show as nothing: zero-width space, (non-)joiner, word joiner, invisible operators, BOM. */
const ZERO_WIDTH = '\\u180E\\u200B-\\u200D\\u2060-\\u2064\\uFEFF';

const FORBIDDEN = new RegExp(`[${CONTROL}${BIDI_CONTROL}${ZERO_WIDTH}]`, 'u');

/** Whether the text holds a control, bidi-control or zero-width character. */
export function hasHiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** A character of an unquoted local part: RFC 5322 atext, or a letter, mark or digit of any script. */
const LOCAL_ATOM = /^[a-z0-9!#$%&'*+\-/=?^_`{|}~\p{L}\p{M}\p{Nd}]+$/iu;
/** A domain label of letters, marks and digits, with hyphens inside but not at either end. */
const LABEL = /^[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?$/u;
/** A label written in punycode. */
const ACE_LABEL = /^xn--[a-z0-9]+(?:-[a-z0-9]+)*$/i;
/** The top-level domain: letters only, or punycode. */
const TLD = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/iu;

const MAX_EMAIL_LENGTH = 254;

/** The domain part: labels of letters, digits and hyphens (Unicode or punycode), ending in a TLD, valid IDNA. */
export function isContactDomain(domain: string): boolean {
  if (hasHiddenCharacters(domain)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => label.length <= 63 && (ACE_LABEL.test(label) || LABEL.test(label)))) return false;
  if (!TLD.test(labels[labels.length - 1])) return false;
  // IDNA (UTS 46) must accept it both ways, and punycode must not hide what the rule refuses.
  const ascii = domainToASCII(domain);
  if (ascii === '' || ascii.length > 253) return false;
  const unicode = domainToUnicode(ascii);
  return unicode !== '' && !hasHiddenCharacters(unicode);
}

/**
 * An email address a person can be written to, strictly: no display name, no quoted local part,
 * no IP-literal domain, no control, bidi-control or zero-width character anywhere; the local part
 * of dot-separated atoms (letters of any script allowed); the domain as isContactDomain says.
 */
export function isContactEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH) return false;
  if (hasHiddenCharacters(value) || value.includes('"') || value.includes('\\')) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.indexOf('@') !== at) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!local.split('.').every((atom) => LOCAL_ATOM.test(atom))) return false;
  if (!isContactDomain(domain)) return false;
  return isEmail(value, {
    allow_display_name: false,
    allow_utf8_local_part: true,
    allow_ip_domain: false,
    require_tld: true,
    blacklisted_chars: '"\\\\',
  });
}

/** A person's name: at least one letter, and no control, bidi-control or zero-width character. */
export function isPersonName(value: unknown): value is string {
  return typeof value === 'string' && /\p{L}/u.test(value) && !hasHiddenCharacters(value);
}

/**
 * The same rule as isPersonName as one pattern, for @Matches. The empty string passes here, so
 * that an empty name is named once, by the field's @MinLength.
 */
export const PERSON_NAME_PATTERN = new RegExp(`^(?:|(?=[^]*\\p{L})[^${CONTROL}${BIDI_CONTROL}${ZERO_WIDTH}]*)$`, 'u');

/**
 * Every email field of the API. The rule keeps the name isEmail, so its errors carry the code
 * must_be_email as before.
 */
export function IsContactEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => isContactEmail(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be an email address`, options),
      },
    },
    options,
  );
}

/**
 * Every person's name field of the API: at least one letter, nothing hidden. A refused name has
 * the code invalid_format (the rule is a @Matches of PERSON_NAME_PATTERN).
 */
export function IsPersonName(options?: ValidationOptions): PropertyDecorator {
  return Matches(PERSON_NAME_PATTERN, {
    message: '$property must hold a letter, and no control, direction or invisible characters',
    ...options,
  });
}
