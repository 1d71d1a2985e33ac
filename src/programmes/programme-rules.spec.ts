import { DEFAULT_RULES, mergeRules } from './programme-rules.js';

describe('mergeRules', () => {
  it('fills every rule left out with its default', () => {
    expect(mergeRules(DEFAULT_RULES, { maxDistanceKm: 50 })).toEqual({ ...DEFAULT_RULES, maxDistanceKm: 50 });
  });

  it('merges the weights one by one', () => {
    expect(mergeRules(DEFAULT_RULES, { weights: { location: 0 } }).weights).toEqual({
      profession: 0.5,
      language: 0.3,
      location: 0,
    });
  });

  it('keeps the current rules of a programme on a partial change', () => {
    const current = mergeRules(DEFAULT_RULES, { minMeetingsPerMonth: 3, weights: { profession: 1 } });
    expect(mergeRules(current, { midMonthReminderDay: 10 })).toEqual({ ...current, midMonthReminderDay: 10 });
  });

  it('merges the completion rule one by one', () => {
    expect(mergeRules(DEFAULT_RULES, { completion: { minHours: 30 } }).completion).toEqual({
      minMeetings: 12,
      minHours: 30,
      minGatherings: 2,
    });
  });

  it('never shares the defaults object', () => {
    const rules = mergeRules(DEFAULT_RULES, undefined);
    rules.weights.profession = 9;
    rules.completion.minMeetings = 1;
    expect(DEFAULT_RULES.weights.profession).toBe(0.5);
    expect(DEFAULT_RULES.completion.minMeetings).toBe(12);
  });
});
