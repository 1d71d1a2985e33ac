import { describe, expect, it } from 'vitest';
import { blockedText, reasonText, UNMATCHED_REASONS, unmatchedText, type ReasonNames } from './reasons.js';

const names: ReasonNames = {
  municipality: (code) => ({ '1870': 'Sortland', '1866': 'Hadsel', '1871': 'Andøy' })[code],
  profession: (code) => ({ '2221': 'Sykepleiere', '222': 'Sykepleiere og jordmødre' })[code],
};

describe('reasonText', () => {
  it('writes a distance with one Norwegian decimal, and whole kilometres without one', () => {
    const distance = {
      code: 'location_distance',
      params: { km: 27.8, from: '1870', to: '1866', maxKm: 100 },
      reason: '',
    };
    expect(reasonText(distance, 'nb', names)).toBe('27,8 km mellom Sortland og Hadsel');
    expect(reasonText(distance, 'en', names)).toBe('27.8 km apart (Sortland–Hadsel)');
    const tooFar = { code: 'location_too_far', params: { km: 131, from: '1870', to: '1871', maxKm: 100 }, reason: '' };
    expect(reasonText(tooFar, 'nn', names)).toBe(
      '131 km mellom Sortland og Andøy, meir enn grensa til programmet på 100 km',
    );
  });

  it('names the profession group and the language from their codes', () => {
    expect(
      reasonText(
        { code: 'profession_unit_group', params: { group: '2221', via: 'profession' }, reason: '' },
        'nb',
        names,
      ),
    ).toBe('Samme yrke: Sykepleiere (2221)');
    expect(
      reasonText({ code: 'language_shared', params: { language: 'ar', level: 'B2' }, reason: '' }, 'nb', names),
    ).toMatch(/^Begge snakker arabisk/);
    expect(
      reasonText({ code: 'language_shared', params: { language: 'ar', level: 'B2' }, reason: '' }, 'en', names),
    ).toMatch(/^Both speak Arabic/);
  });

  it("falls back to the API's sentence only for a code it does not know", () => {
    expect(reasonText({ code: 'something_new', params: {}, reason: 'In English' }, 'nb', names)).toBe('In English');
  });
});

describe('blockedText and unmatchedText', () => {
  it('writes every unmatched reason of a proposal run in each language, never the code', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      for (const reason of UNMATCHED_REASONS) {
        const text = unmatchedText(reason, language);
        expect(text).not.toBe(reason);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    expect(unmatchedText('no_common_language', 'nb')).toBe(
      'Ingen mentor har et felles språk med menteen på nivå A2 eller bedre.',
    );
  });

  it('writes a blocking rule in words', () => {
    expect(blockedText('mentor_full', 'nb')).toBe('Mentoren har ingen ledige plasser');
    expect(blockedText('gender_mismatch', 'en')).toBe('The mentee asks for a mentor of the same gender');
  });
});
