import { completionShortfalls } from './completion.js';

const rule = { minMeetings: 12, minHours: 24, minGatherings: 2 };

describe('completionShortfalls', () => {
  it('is empty for a pair exactly at every minimum', () => {
    expect(completionShortfalls(rule, { meetings: 12, minutes: 24 * 60, gatherings: 2 })).toEqual([]);
  });

  it('names each minimum missed, one minute or one meeting short', () => {
    expect(completionShortfalls(rule, { meetings: 11, minutes: 24 * 60 - 1, gatherings: 1 })).toEqual([
      'meetings',
      'hours',
      'gatherings',
    ]);
    expect(completionShortfalls(rule, { meetings: 20, minutes: 24 * 60 - 1, gatherings: 3 })).toEqual(['hours']);
  });

  it('takes fractional hours in minutes', () => {
    const half = { ...rule, minHours: 1.5 };
    expect(completionShortfalls(half, { meetings: 12, minutes: 89, gatherings: 2 })).toEqual(['hours']);
    expect(completionShortfalls(half, { meetings: 12, minutes: 90, gatherings: 2 })).toEqual([]);
  });
});
