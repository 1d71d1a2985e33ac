import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError, type ValidatorOptions } from 'class-validator';
import { detail, type ErrorCode, type ErrorDetail } from './error-codes.js';

/** One set of validator options for request bodies, queries and the CSV import alike. */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  // The target (the object the error was found in) names the DTO class whose rule failed, so the
  // rule's numbers can be read back for the error's params. Errors are never sent as they are.
  validationError: { target: true, value: true },
};

/** An error about one field: `field` is its full path, e.g. "languages.1.level". */
export type FieldError = ErrorDetail & { field: string };

type Coded = Pick<ErrorDetail, 'code' | 'params'>;

/** The numbers and lists a rule was declared with (`@Min(15)` → [15]), from class-validator's metadata. */
function ruleConstraints(target: object | undefined, property: string, rule: string): unknown[] | undefined {
  if (!target || typeof target.constructor !== 'function') return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === rule);
  return metadata?.constraints;
}

function numberOf(values: unknown[] | undefined): number | undefined {
  const value = values?.[0];
  return typeof value === 'number' ? value : undefined;
}

function coded(code: ErrorCode, params: ErrorDetail['params'] = {}): Coded {
  return { code, params };
}

/** A field's range from its @Min and @Max: both bounds when both are declared, else the one there is. */
function range(target: object | undefined, property: string): Coded {
  const min = numberOf(ruleConstraints(target, property, 'min'));
  const max = numberOf(ruleConstraints(target, property, 'max'));
  if (min !== undefined && max !== undefined) return coded('out_of_range', { min, max });
  if (min !== undefined) return coded('too_small', { min });
  if (max !== undefined) return coded('too_large', { max });
  return coded('invalid_format');
}

/**
 * The code of each class-validator rule (by its constraint name, as decorators register it), with
 * the params read from how the rule was declared. A new decorator needs a line here; the unit spec
 * fails for any rule of a DTO that has none.
 */
const RULE_CODES: Record<string, (target: object | undefined, property: string, rule: string) => Coded> = {
  isDefined: () => coded('required'),
  isString: () => coded('must_be_string'),
  isNumber: () => coded('must_be_number'),
  isInt: () => coded('must_be_integer'),
  isBoolean: () => coded('must_be_boolean'),
  isArray: () => coded('must_be_array'),
  isObject: () => coded('must_be_object'),
  nestedValidation: () => coded('must_be_object'),
  unknownValue: () => coded('must_be_object'),
  whitelistValidation: () => coded('not_whitelisted'),
  isIn: (target, property, rule) => {
    const allowed = ruleConstraints(target, property, rule)?.[0];
    return coded('must_be_one_of', { allowed: Array.isArray(allowed) ? allowed.map(String) : [] });
  },
  minLength: (target, property, rule) =>
    coded('too_short', { min: numberOf(ruleConstraints(target, property, rule)) ?? 0 }),
  maxLength: (target, property, rule) =>
    coded('too_long', { max: numberOf(ruleConstraints(target, property, rule)) ?? 0 }),
  min: range,
  max: range,
  isLatitude: () => coded('out_of_range', { min: -90, max: 90 }),
  isLongitude: () => coded('out_of_range', { min: -180, max: 180 }),
  arrayMinSize: (target, property, rule) =>
    coded('too_few_items', { min: numberOf(ruleConstraints(target, property, rule)) ?? 0 }),
  arrayMaxSize: (target, property, rule) =>
    coded('too_many_items', { max: numberOf(ruleConstraints(target, property, rule)) ?? 0 }),
  arrayUnique: () => coded('duplicate'),
  isEmail: () => coded('must_be_email'),
  isUuid: () => coded('must_be_uuid'),
  isTimeZone: () => coded('must_be_time_zone'),
  isCalendarDate: () => coded('must_be_date'),
  isInstant: () => coded('must_be_instant'),
  isLanguageCode: () => coded('must_be_language_code'),
  isIscoCode: () => coded('must_be_profession_code'),
  isMunicipalityCode: () => coded('must_be_municipality_code'),
  isPhoneNumber: () => coded('must_be_phone_number'),
  isCountryCode: () => coded('must_be_country_code'),
  matches: () => coded('invalid_format'),
  onlyForRole: (target, property, rule) => {
    const role = ruleConstraints(target, property, rule)?.[0];
    return coded('only_for_role', { role: typeof role === 'string' ? role : '' });
  },
};

/** The rules every DTO may use that have a code; the unit spec checks each DTO's rules against it. */
export const CODED_RULES: ReadonlySet<string> = new Set(Object.keys(RULE_CODES));

/** When rules share one sentence, the code of the one that says most: presence, then type, then the rest. */
const RULE_ORDER = ['isDefined', 'isString', 'isNumber', 'isInt', 'isBoolean', 'isArray', 'isObject'];
const rank = (rule: string): number => {
  const i = RULE_ORDER.indexOf(rule);
  return i === -1 ? RULE_ORDER.length : i;
};

/** The code and params of a failed rule of `error`. */
export function codeOfRule(error: ValidationError, rule: string): Coded {
  return RULE_CODES[rule]?.(error.target, error.property, rule) ?? coded('invalid_format');
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
  return errors.flatMap((error): FieldError[] => {
    // An object that is no DTO at all (class-validator names no property) is the body itself.
    const property = error.property ?? 'body';
    const path = parentPath ? `${parentPath}.${property}` : property;
    // A missing field fails every rule of it; one sentence says it better.
    if (error.value === undefined && error.constraints && !error.constraints.onlyForRole) {
      const message = withPath(error.constraints.isDefined ?? `${property} is required`, property, path);
      return [{ ...detail(path, 'required', {}, message), field: path }];
    }
    // Rules that share one sentence (a range said once for its type, minimum and maximum) say it once,
    // with the code of the rule that says most.
    const bySentence = new Map<string, string>();
    for (const [rule, text] of Object.entries(error.constraints ?? {})) {
      const chosen = bySentence.get(text);
      if (chosen === undefined || rank(rule) < rank(chosen)) bySentence.set(text, rule);
    }
    const own = [...bySentence].map(([text, rule]): FieldError => {
      const { code, params } = codeOfRule(error, rule);
      return { field: path, code, params, message: withPath(text, property, path) } as FieldError;
    });
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
  const field = path || 'body';
  if (depth > MAX_DEPTH) {
    return [{ ...detail(field, 'too_deeply_nested', { maxDepth: MAX_DEPTH }, `${field} is nested too deeply`), field }];
  }
  if (typeof value === 'string') {
    if (!value.includes('\u0000')) return [];
    return [{ ...detail(field, 'must_not_contain_nul', {}, `${field} must not contain NUL characters`), field }];
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
    return {
      value,
      errors: [{ ...detail('body', 'must_be_object', {}, 'body must be a JSON object'), field: 'body' }],
    };
  }
  return { value, errors: flattenValidationErrors(await validate(value, VALIDATOR_OPTIONS)) };
}

/**
 * A 400 of invalid input: `message` lists the sentences as it always has, `errors` the same
 * entries, in the same order, with the field's path, a code and its params.
 */
export class InvalidRequestException extends BadRequestException {
  constructor(readonly details: readonly ErrorDetail[]) {
    super({ statusCode: 400, message: details.map((d) => d.message), error: 'Bad Request', errors: details });
  }
}

/** The global pipe: unknown fields rejected, every offending field listed in `message` and `errors`. */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A text body (the CSV import) is checked row by row, so one bad cell refuses one row.
    if ((metadata.type === 'body' || metadata.type === 'query') && typeof value === 'object') {
      const nul = nulCharacterErrors(value);
      if (nul.length) throw new InvalidRequestException(nul);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new InvalidRequestException(flattenValidationErrors(errors)),
  });
}
