import { defaultStartsOn, endedOnFor, localToday, withinProgramme } from './pair-dates.js';

describe('localToday', () => {
  it("is the date in the programme's zone, not in UTC", () => {
    expect(localToday(new Date('2026-03-10T23:30:00Z'), 'Europe/Oslo')).toBe('2026-03-11');
    expect(localToday(new Date('2026-03-10T22:59:59Z'), 'Europe/Oslo')).toBe('2026-03-10');
    // Summer time: Oslo is UTC+2.
    expect(localToday(new Date('2026-07-01T21:59:59Z'), 'Europe/Oslo')).toBe('2026-07-01');
    expect(localToday(new Date('2026-07-01T22:00:00Z'), 'Europe/Oslo')).toBe('2026-07-02');
  });
});

describe('defaultStartsOn', () => {
  it("is today during the programme and the programme's first day before it", () => {
    expect(defaultStartsOn('2026-02-01', '2026-03-10')).toBe('2026-03-10');
    expect(defaultStartsOn('2026-02-01', '2026-01-15')).toBe('2026-02-01');
    expect(defaultStartsOn('2026-02-01', '2026-02-01')).toBe('2026-02-01');
  });
});

describe('withinProgramme', () => {
  const programme = { startDate: '2026-02-01', endDate: '2026-11-30' };

  it.each([
    ['2026-01-31', false],
    ['2026-02-01', true],
    ['2026-06-15', true],
    ['2026-11-30', true],
    ['2026-12-01', false],
  ])('%s → %s', (date, within) => {
    expect(withinProgramme(date, programme)).toBe(within);
  });
});

describe('endedOnFor', () => {
  it("is today, but not after the programme's end nor before the pair's start", () => {
    expect(endedOnFor('2026-03-01', '2026-05-10', '2026-11-30')).toBe('2026-05-10');
    expect(endedOnFor('2026-03-01', '2027-01-05', '2026-11-30')).toBe('2026-11-30');
    expect(endedOnFor('2026-04-01', '2026-03-10', '2026-11-30')).toBe('2026-04-01');
    expect(endedOnFor('2026-03-01', '2026-11-30', '2026-11-30')).toBe('2026-11-30');
  });
});
