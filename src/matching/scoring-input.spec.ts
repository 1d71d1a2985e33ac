import { DEFAULT_RULES } from '../programmes/programme-rules.js';
import { municipalityCodesOf, scoringContext } from './scoring-input.js';

describe('scoringContext', () => {
  const sortland = { code: '1870', name: 'Sortland', lat: 68.69, lon: 15.41 };

  it('finds the stored places by code', () => {
    const ctx = scoringContext(DEFAULT_RULES, [sortland], new Set());
    expect(ctx.place('1870')).toBe(sortland);
  });

  it('puts a municipality without a stored place at 0,0 under its code', () => {
    const ctx = scoringContext(DEFAULT_RULES, [sortland], new Set());
    expect(ctx.place('9999')).toEqual({ code: '9999', name: '9999', lat: 0, lon: 0 });
  });

  it('carries the rules, the rejected pairs and the full mentors', () => {
    const rejected = new Set(['a:b']);
    const full = new Set(['a']);
    expect(scoringContext(DEFAULT_RULES, [], rejected, full)).toMatchObject({ rules: DEFAULT_RULES, rejected, full });
  });
});

describe('municipalityCodesOf', () => {
  it('lists each municipality once', () => {
    const people = [{ municipalityCode: '1870' }, { municipalityCode: '1866' }, { municipalityCode: '1870' }];
    expect(municipalityCodesOf(people).sort()).toEqual(['1866', '1870']);
  });
});
