import type { components } from '../api/schema.js';
import { formatters } from './format.js';
import { LOCALES, type Language } from './languages.js';

/** Every code an error of the API carries: the generated client's enum (ERROR_CODES in src/common/error-codes.ts). */
export type ErrorCode = components['schemas']['ErrorCode'];

/** An error's params as they come over the wire; a message reads each through `ErrorWords`, which checks its kind. */
export type ErrorParams = Readonly<Record<string, unknown>>;

/**
 * One language's message for every code. A code added to the service fails the type check once
 * the client is regenerated (`npm run api:client`), until every language writes it.
 */
export type ErrorMessages = Record<ErrorCode, (params: ErrorParams) => string>;

/**
 * A param missing, or of another kind than its code declares: `errorText` (ui/api-errors.ts)
 * then shows the API's own sentence rather than a message with a hole in it.
 */
export class ErrorParamMismatch extends Error {
  constructor(value: unknown, expected: string) {
    super(`An error param is ${JSON.stringify(value) ?? String(value)}, not ${expected}`);
  }
}

/** How the messages of one language write their params. */
export interface ErrorWords {
  /** A count or a limit: `2 000`, `0,5` in Norwegian. */
  number(value: unknown): string;
  /** A number that names something, such as an HTTP status: as it is, without grouping. */
  code(value: unknown): string;
  /** A string param as it is (an id, a column). */
  text(value: unknown): string;
  /** A calendar day (`2027-03-15`) as the console writes days: `15. mars 2027`. */
  day(value: unknown): string;
  /** A size in bytes, in kB or MB. */
  bytes(value: unknown): string;
  /** A list param's values. */
  items(value: unknown): readonly string[];
  /** A list joined as the language joins one: `a, b og c`. */
  and(value: unknown): string;
  /** A list of alternatives: `a, b eller c`. */
  or(value: unknown): string;
  /** A value by its name in this language; one not named here as it is, or as `otherwise` when given. */
  name(value: unknown, names: Readonly<Record<string, string>>, otherwise?: string): string;
}

const KIB = 1024;
const MIB = 1024 * 1024;

export function errorWords(language: Language): ErrorWords {
  const locale = LOCALES[language];
  const formats = formatters(language);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const and = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  const size = (unit: 'byte' | 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short' });

  const number = (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ErrorParamMismatch(value, 'a number');
    return value;
  };
  const text = (value: unknown): string => {
    if (typeof value !== 'string') throw new ErrorParamMismatch(value, 'a string');
    return value;
  };
  const items = (value: unknown): readonly string[] => {
    const list: unknown[] = Array.isArray(value) ? value : [];
    if (list.length === 0 || !list.every((item): item is string => typeof item === 'string')) {
      throw new ErrorParamMismatch(value, 'a list of strings');
    }
    return list;
  };

  return {
    number: (value) => numbers.format(number(value)),
    code: (value) => String(number(value)),
    text,
    day: (value) => {
      const iso = text(value);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new ErrorParamMismatch(value, 'a day YYYY-MM-DD');
      return formats.day(iso);
    },
    bytes: (value) => {
      const bytes = number(value);
      if (bytes >= MIB) return size('megabyte').format(Math.round((bytes / MIB) * 10) / 10);
      if (bytes >= KIB) return size('kilobyte').format(Math.round(bytes / KIB));
      return size('byte').format(bytes);
    },
    items,
    and: (value) => and.format(items(value)),
    or: (value) => or.format(items(value)),
    name: (value, names, otherwise) => {
      const key = text(value);
      return Object.hasOwn(names, key) ? names[key] : (otherwise ?? key);
    },
  };
}
