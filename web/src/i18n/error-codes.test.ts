import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/common/error-codes.js';
import { errorText } from '../ui/api-errors.js';
import { en } from './en.js';
import type { ErrorCode, ErrorParams } from './error-codes.js';
import type { Language } from './languages.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';

const MESSAGES: Record<Language, Messages> = { nb, nn, en };
const LANGUAGES = Object.keys(MESSAGES) as Language[];

/** The service's list: every code with the kind of each param. */
const CODES = Object.keys(ERROR_CODES) as ErrorCode[];
const kinds = (code: ErrorCode): Record<string, string> => ERROR_CODES[code].params;

/**
 * Two values of each param, as the service sends them: a message that uses a param writes the
 * two differently. A string param means something by its name (a role, a day), so each has its own.
 */
const BY_KIND: Record<string, [unknown, unknown]> = {
  number: [2000, 1],
  'string[]': [['A1', 'B2', 'native'], ['1870']],
};
const BY_NAME: Record<string, [unknown, unknown]> = {
  role: ['mentor', 'coordinator'],
  status: ['approved', 'ended'],
  resource: ['participant', 'user'],
  rule: ['too_far', 'rejected'],
  other: ['startDate', 'startsAt'],
  startDate: ['2027-01-15', '2027-02-01'],
  endDate: ['2027-09-15', '2027-10-01'],
  today: ['2027-03-01', '2027-03-02'],
  from: ['2027-03-20', '2027-04-02'],
  to: ['2027-04-10', '2027-05-01'],
  municipalityCode: ['1870', '1866'],
  id: ['6f1c2a9e-8d3b-4c4e-9a51-0c7d2e3f4a5b', '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b'],
  status_number: [418, 503],
};

function sample(code: ErrorCode, name: string, which: 0 | 1): unknown {
  const kind = kinds(code)[name];
  const values = kind === 'string' ? BY_NAME[name] : name === 'status' ? BY_NAME.status_number : BY_KIND[kind];
  if (!values) throw new Error(`No sample for ${code}.${name} (${kind}): add one to the test`);
  return values[which];
}

function params(code: ErrorCode, which: 0 | 1 = 0): ErrorParams {
  return Object.fromEntries(Object.keys(kinds(code)).map((name) => [name, sample(code, name, which)]));
}

const write = (language: Language, code: ErrorCode, p: ErrorParams) => MESSAGES[language].errorCodes[code](p);

describe('the error codes in every language', () => {
  it('has a message for exactly the codes of the service (src/common/error-codes.ts)', () => {
    expect(CODES.length).toBeGreaterThan(70);
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGES[language].errorCodes).sort(), language).toEqual([...CODES].sort());
    }
  });

  it.each(LANGUAGES)('%s: writes every code from its params as a whole text, with no hole in it', (language) => {
    for (const code of CODES) {
      const text = write(language, code, params(code));
      const where = `${language} ${code}: ${text}`;
      expect(text.trim(), where).not.toBe('');
      expect(text, where).toBe(text.trim());
      expect(text, where).not.toMatch(/[{}]|undefined|NaN|null|\[object/);
      // Several errors of one field are shown one after the other.
      expect(text, where).toMatch(/\.$/);
    }
  });

  it.each(LANGUAGES)('%s: uses every param a code declares', (language) => {
    for (const code of CODES) {
      for (const name of Object.keys(kinds(code))) {
        const changed = { ...params(code), [name]: sample(code, name, 1) };
        expect(write(language, code, changed), `${language} ${code}.${name}`).not.toBe(
          write(language, code, params(code)),
        );
      }
    }
  });

  it('writes nynorsk, not bokmål copied', () => {
    const same = CODES.filter((code) => write('nb', code, params(code)) === write('nn', code, params(code)));
    expect(same.length, `the same in nb and nn: ${same.join(', ')}`).toBeLessThanOrEqual(CODES.length / 10);
  });

  it('writes numbers, lists and days the way the language writes them', () => {
    expect(nb.errorCodes.too_short({ min: 12 })).toBe('Må være minst 12 tegn.');
    expect(nb.errorCodes.too_small({ min: 0.5 })).toBe('Må være minst 0,5.');
    expect(nb.errorCodes.csv_too_many_rows({ max: 2000 })).toMatch(/^CSV-filen har mer enn 2\s000 rader\./u);
    expect(en.errorCodes.csv_too_many_rows({ max: 2000 })).toMatch(/more than 2,000 rows/);
    const levels = { allowed: ['A1', 'A2', 'B1', 'native'] };
    expect(nb.errorCodes.must_be_one_of(levels)).toBe('Velg én av disse: A1, A2, B1 eller native.');
    expect(nn.errorCodes.must_be_one_of(levels)).toBe('Vel éin av desse: A1, A2, B1 eller native.');
    expect(en.errorCodes.must_be_one_of(levels)).toBe('Choose one of these: A1, A2, B1 or native.');
    const programme = { startDate: '2027-01-15', endDate: '2027-09-15' };
    expect(nb.errorCodes.must_be_within_programme(programme)).toBe(
      'Må være innenfor programmet, fra 15. januar 2027 til 15. september 2027.',
    );
    expect(en.errorCodes.must_be_within_programme(programme)).toBe(
      'Must be within the programme, from 15 January 2027 to 15 September 2027.',
    );
    expect(nb.errorCodes.body_too_large({ maxBytes: 5 * 1024 * 1024 })).toMatch(/Grensen er 5\sMB\.$/u);
  });

  it('names the values a param takes in the language, and one it does not know as it is', () => {
    expect(nb.errorCodes.only_for_role({ role: 'mentee' })).toBe('Gjelder bare for mentees.');
    expect(nn.errorCodes.must_be_role({ role: 'mentor' })).toBe('Må vere ein mentor.');
    expect(en.errorCodes.required_for_role({ role: 'coordinator' })).toBe('Required for a coordinator.');
    expect(nb.errorCodes.must_be_after({ other: 'startDate' })).toBe('Må være etter startdatoen.');
    expect(nb.errorCodes.match_already_decided({ status: 'rejected' })).toBe('Forslaget er allerede avvist.');
    expect(nb.errorCodes.must_be_role({ role: 'mentor_in_training' })).toBe('Må være mentor_in_training.');
    expect(nb.errorCodes.not_found({ resource: 'widget' })).toMatch(/^Fant ikke det du ba om\./);
  });
});

describe('errorText', () => {
  const fallback = 'the API sentence';

  it('writes a known code in the language', () => {
    expect(errorText('too_long', { max: 200 }, fallback, nb)).toBe('Kan ikke være lengre enn 200 tegn.');
    expect(errorText('too_long', { max: 200 }, fallback, nn)).toBe('Kan ikkje vere lengre enn 200 teikn.');
  });

  it("shows the API's sentence for a code it does not know, or params not of the declared kinds", () => {
    expect(errorText('a_code_from_a_newer_service', {}, fallback, nb)).toBe(fallback);
    expect(errorText(undefined, {}, fallback, nb)).toBe(fallback);
    expect(errorText('toString', {}, fallback, nb)).toBe(fallback);
    expect(errorText('too_long', {}, fallback, nb)).toBe(fallback);
    expect(errorText('must_be_one_of', { allowed: 'A1' }, fallback, en)).toBe(fallback);
    expect(errorText('must_not_be_in_future', { today: 'tomorrow' }, fallback, nn)).toBe(fallback);
  });
});
