import { defaultEndDate, middleDay, moveToDay, planStandardGatherings, toZonedIso } from './gathering-schedule.js';

describe('standard gatherings', () => {
  it('puts the kickoff on the first day, the midway on the middle day and the closing on the last', () => {
    const planned = planStandardGatherings('2027-01-15', '2027-09-15', 'Europe/Oslo');
    expect(planned.map((g) => [g.kind, toZonedIso(g.startsAt, 'Europe/Oslo')])).toEqual([
      ['kickoff', '2027-01-15T17:00:00+01:00'],
      ['midway', '2027-05-16T17:00:00+02:00'],
      ['closing', '2027-09-15T17:00:00+02:00'],
    ]);
    for (const g of planned) expect(g.endsAt.getTime() - g.startsAt.getTime()).toBe(3 * 3600_000);
  });

  it('keeps 17:00 local on both sides of a daylight-saving change', () => {
    const [kickoff, , closing] = planStandardGatherings('2027-03-27', '2027-03-29', 'Europe/Oslo');
    expect(kickoff.startsAt.toISOString()).toBe('2027-03-27T16:00:00.000Z');
    expect(closing.startsAt.toISOString()).toBe('2027-03-29T15:00:00.000Z');
  });

  it('rounds the middle day down', () => {
    expect(middleDay('2027-01-01', '2027-01-04')).toBe('2027-01-02');
    expect(middleDay('2027-01-01', '2027-01-05')).toBe('2027-01-03');
    expect(middleDay('2028-02-28', '2028-03-01')).toBe('2028-02-29');
  });

  it('ends eight months after the start by default, at the month end when the day does not exist', () => {
    expect(defaultEndDate('2027-01-15')).toBe('2027-09-15');
    expect(defaultEndDate('2027-06-30')).toBe('2028-02-29');
  });

  it('moves a gathering to another day at the same wall-clock time and length', () => {
    const startsAt = new Date('2027-01-15T16:30:00Z'); // 17:30 in Oslo (winter)
    const endsAt = new Date('2027-01-15T19:00:00Z');
    const moved = moveToDay(startsAt, endsAt, '2027-06-01', 'Europe/Oslo');
    expect(toZonedIso(moved.startsAt, 'Europe/Oslo')).toBe('2027-06-01T17:30:00+02:00');
    expect(moved.endsAt.getTime() - moved.startsAt.getTime()).toBe(150 * 60_000);
  });
});
