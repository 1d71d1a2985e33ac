import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarDay, isClockTime, isTimeZone, todayIn, wallClock, zonedIso } from './zoned-time.js';

describe('zonedIso', () => {
  it('writes a wall-clock time in Oslo with the offset of that day: winter +01:00, summer +02:00', () => {
    expect(zonedIso('2027-01-15', '17:00', 'Europe/Oslo')).toBe('2027-01-15T17:00:00+01:00');
    expect(zonedIso('2027-06-10', '17:30', 'Europe/Oslo')).toBe('2027-06-10T17:30:00+02:00');
  });

  it('names the same instant the API gives back', () => {
    expect(Date.parse(zonedIso('2027-03-15', '09:05', 'Europe/Oslo'))).toBe(Date.parse('2027-03-15T08:05:00Z'));
  });

  it('keeps the wall-clock time on the days the clocks change', () => {
    // Oslo moves to summer time at 02:00 on 28 March 2027 and back at 03:00 on 31 October 2027.
    expect(zonedIso('2027-03-28', '17:00', 'Europe/Oslo')).toBe('2027-03-28T17:00:00+02:00');
    expect(zonedIso('2027-10-31', '17:00', 'Europe/Oslo')).toBe('2027-10-31T17:00:00+01:00');
  });

  it('puts a time the spring change skips after the change', () => {
    expect(zonedIso('2027-03-28', '02:30', 'Europe/Oslo')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('works in other zones, west of UTC too', () => {
    expect(zonedIso('2027-01-15', '17:00', 'America/New_York')).toBe('2027-01-15T17:00:00-05:00');
    expect(zonedIso('2027-01-15', '17:00', 'UTC')).toBe('2027-01-15T17:00:00+00:00');
  });
});

describe('wallClock', () => {
  it("reads an instant as the programme's wall clock shows it, whatever offset it was written with", () => {
    expect(wallClock('2027-01-15T17:00:00+01:00', 'Europe/Oslo')).toEqual({ date: '2027-01-15', time: '17:00' });
    expect(wallClock('2027-01-15T23:30:00Z', 'Europe/Oslo')).toEqual({ date: '2027-01-16', time: '00:30' });
    expect(wallClock('2027-06-10T15:00:00Z', 'Europe/Oslo')).toEqual({ date: '2027-06-10', time: '17:00' });
  });

  it('round-trips with zonedIso', () => {
    const iso = zonedIso('2027-09-17', '20:15', 'Europe/Oslo');
    expect(wallClock(iso, 'Europe/Oslo')).toEqual({ date: '2027-09-17', time: '20:15' });
  });
});

describe('todayIn', () => {
  it("is the day in the programme's zone, not in UTC", () => {
    expect(todayIn('Europe/Oslo', new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-16');
    expect(todayIn('UTC', new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-15');
  });
});

describe('addMonths', () => {
  it('adds calendar months as the service does for the default end date', () => {
    expect(addMonths('2027-01-15', 8)).toBe('2027-09-15');
    expect(addMonths('2027-06-01', 8)).toBe('2028-02-01');
  });

  it('takes the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-06-30', 8)).toBe('2028-02-29');
  });
});

describe('input checks', () => {
  it('knows a real day, a clock time and an IANA zone', () => {
    expect(isCalendarDay('2027-02-28')).toBe(true);
    expect(isCalendarDay('2027-02-30')).toBe(false);
    expect(isCalendarDay('15.03.2027')).toBe(false);
    expect(isClockTime('17:00')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Europe/Nowhere')).toBe(false);
    expect(isTimeZone('CET+1')).toBe(false);
  });
});
