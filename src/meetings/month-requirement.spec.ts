import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  localDate,
  monthlyCompliance,
  requiredMeetings,
  type MeetingRecord,
  type MonthCompliance,
  type MonthRequirementInput,
} from './month-requirement.js';

/** A programme from mid-January to mid-September 2027, first and last months partial. */
const PROGRAMME = { programmeStart: '2027-01-18', programmeEnd: '2027-09-12' } as const;

function input(overrides: Partial<MonthRequirementInput> = {}): MonthRequirementInput {
  return {
    ...PROGRAMME,
    pairStart: PROGRAMME.programmeStart,
    pairEnd: null,
    minMeetingsPerMonth: 2,
    minMeetingMinutes: 120,
    timezone: 'Europe/Oslo',
    asOf: new Date('2028-01-01T12:00:00Z'),
    meetings: [],
    ...overrides,
  };
}

function months(result: MonthCompliance[]): string[] {
  return result.map((entry) => entry.month);
}

function required(result: MonthCompliance[]): Record<string, number> {
  return Object.fromEntries(result.map((entry) => [entry.month, entry.requiredMeetings]));
}

function entry(result: MonthCompliance[], month: string): MonthCompliance {
  const found = result.find((candidate) => candidate.month === month);
  if (!found) throw new Error(`${month} is not listed: ${months(result).join(', ')}`);
  return found;
}

function meeting(date: string, durationMinutes = 120): MeetingRecord {
  return { date, durationMinutes };
}

// Independent oracles for the properties: luxon's own calendar in UTC (the module does its own
// integer calendar arithmetic) and the platform's Intl for the local date.
function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

function luxonDaysInMonth(month: string): number {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).daysInMonth!;
}

function intlLocalDate(instant: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant)
    .slice(0, 10);
}

describe('requiredMeetings', () => {
  it.each([28, 29, 30, 31])('requires the whole minimum for a whole month of %i days', (days) => {
    for (const minimum of [0, 1, 2, 3, 4, 7]) expect(requiredMeetings(minimum, days, days)).toBe(minimum);
  });

  it('requires nothing for a month with no active day', () => {
    expect(requiredMeetings(2, 0, 31)).toBe(0);
    expect(requiredMeetings(3, 0, 28)).toBe(0);
  });

  it.each([
    // minimum, active days, days in month, required  (exact value)
    [2, 15, 30, 1], // 1.0
    [2, 8, 31, 1], // 0.516
    [2, 7, 31, 0], // 0.452
    [2, 7, 30, 0], // 0.467
    [2, 8, 30, 1], // 0.533
    [2, 7, 28, 1], // 0.5 exactly: half rounds up
    [2, 6, 28, 0], // 0.429
    [2, 7, 29, 0], // 0.483: a leap February needs one day more than a common one
    [2, 8, 29, 1], // 0.552
    [2, 22, 30, 1], // 1.467
    [2, 23, 30, 2], // 1.533
    [2, 21, 28, 2], // 1.5 exactly
    [2, 30, 31, 2], // 1.935
    [2, 1, 31, 0], // 0.065
    [3, 5, 30, 1], // 0.5 exactly
    [3, 4, 30, 0], // 0.4
    [3, 15, 30, 2], // 1.5 exactly
    [3, 25, 30, 3], // 2.5 exactly
    [3, 24, 30, 2], // 2.4
    [3, 10, 31, 1], // 0.968
    [3, 5, 31, 0], // 0.484
    [3, 26, 31, 3], // 2.516
    [3, 25, 31, 2], // 2.419
    [1, 14, 28, 1], // 0.5 exactly
    [1, 14, 29, 0], // 0.483
    [15, 1, 30, 1], // 0.5 exactly
    [15, 1, 31, 0], // 0.484
    [14, 1, 28, 1], // 0.5 exactly
    [14, 1, 29, 0], // 0.483
  ])('round-half-up of %i × %i / %i is %i', (minimum, activeDays, daysInMonth, expected) => {
    expect(requiredMeetings(minimum, activeDays, daysInMonth)).toBe(expected);
  });

  it('is exact for numbers far larger than any programme has', () => {
    expect(requiredMeetings(1_000_001, 1, 2)).toBe(500_001); // 500000.5
    expect(requiredMeetings(999_999, 1, 2)).toBe(500_000); // 499999.5
    expect(requiredMeetings(1_000_000, 333_333, 1_000_000)).toBe(333_333); // 333333.0
  });

  it.each([
    [2, 32, 31],
    [2, 1, 0],
    [2, 0, 0],
    [-1, 10, 30],
    [2, -1, 30],
    [2.5, 10, 30],
    [2, 10.5, 30],
    [2, 10, 30.5],
    [Number.NaN, 10, 30],
  ])('rejects minimum %p, active days %p, days %p', (minimum, activeDays, daysInMonth) => {
    expect(() => requiredMeetings(minimum, activeDays, daysInMonth)).toThrow(RangeError);
  });

  it('is the round-half-up of the exact fraction (checked in integers)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc
          .integer({ min: 1, max: 366 })
          .chain((days) => fc.tuple(fc.constant(days), fc.integer({ min: 0, max: days }))),
        (minimum, [days, active]) => {
          const result = requiredMeetings(minimum, active, days);
          // result = floor(x + 1/2) with x = minimum·active/days  ⇔  result ≤ x + 1/2 < result + 1
          expect(2 * days * result).toBeLessThanOrEqual(2 * minimum * active + days);
          expect(2 * minimum * active + days).toBeLessThan(2 * days * (result + 1));
          expect(Number.isInteger(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never decreases as active days grow and never exceeds the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc
          .integer({ min: 28, max: 31 })
          .chain((days) =>
            fc.tuple(fc.constant(days), fc.integer({ min: 0, max: days }), fc.integer({ min: 0, max: days })),
          ),
        (minimum, [days, a, b]) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const low = requiredMeetings(minimum, fewer, days);
          const high = requiredMeetings(minimum, more, days);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(low).toBeLessThanOrEqual(high);
          expect(high).toBeLessThanOrEqual(minimum);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('sums to minimum × months over whole months, whatever the months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.constantFrom(28, 29, 30, 31), { minLength: 1, maxLength: 24 }),
        (minimum, monthLengths) => {
          const total = monthLengths.reduce((sum, days) => sum + requiredMeetings(minimum, days, days), 0);
          expect(total).toBe(minimum * monthLengths.length);
        },
      ),
    );
  });
});

describe('localDate', () => {
  it.each([
    // instant, zone, local date
    ['2027-03-31T22:30:00Z', 'Europe/Oslo', '2027-04-01'], // 00:30 summer time (+2), not 23:30
    ['2027-03-31T21:59:59Z', 'Europe/Oslo', '2027-03-31'],
    ['2027-03-31T22:00:00Z', 'Europe/Oslo', '2027-04-01'],
    ['2027-10-31T22:30:00Z', 'Europe/Oslo', '2027-10-31'], // 23:30 winter time (+1), not 00:30
    ['2027-10-31T22:59:59Z', 'Europe/Oslo', '2027-10-31'],
    ['2027-10-31T23:00:00Z', 'Europe/Oslo', '2027-11-01'],
    ['2027-01-31T23:30:00Z', 'Europe/Oslo', '2027-02-01'],
    ['2027-01-31T22:59:59Z', 'Europe/Oslo', '2027-01-31'],
    // the nights of the changes themselves
    ['2027-03-27T22:59:59Z', 'Europe/Oslo', '2027-03-27'],
    ['2027-03-27T23:00:00Z', 'Europe/Oslo', '2027-03-28'],
    ['2027-03-28T01:00:00Z', 'Europe/Oslo', '2027-03-28'], // 03:00, the clock has jumped
    ['2027-03-28T21:59:59Z', 'Europe/Oslo', '2027-03-28'],
    ['2027-03-28T22:00:00Z', 'Europe/Oslo', '2027-03-29'],
    ['2027-10-30T21:59:59Z', 'Europe/Oslo', '2027-10-30'],
    ['2027-10-30T22:00:00Z', 'Europe/Oslo', '2027-10-31'],
    ['2027-10-31T01:30:00Z', 'Europe/Oslo', '2027-10-31'], // 02:30 the second time
    // behind UTC: the local date is still the day before
    ['2027-03-01T03:00:00Z', 'America/New_York', '2027-02-28'],
    ['2027-03-01T05:00:00Z', 'America/New_York', '2027-03-01'],
    ['2028-03-01T04:59:59Z', 'America/New_York', '2028-02-29'],
    ['2027-11-01T03:59:59Z', 'America/New_York', '2027-10-31'], // EDT, -4
    ['2027-12-01T04:59:59Z', 'America/New_York', '2027-11-30'], // EST, -5
    // far ahead of UTC
    ['2027-01-31T10:00:00Z', 'Pacific/Kiritimati', '2027-02-01'],
    ['2027-01-31T23:59:59Z', 'UTC', '2027-01-31'],
  ])('%s in %s is %s', (instant, timezone, expected) => {
    expect(localDate(new Date(instant), timezone)).toBe(expected);
  });

  it('rejects an unknown time zone and an invalid instant', () => {
    expect(() => localDate(new Date('2027-01-01T00:00:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => localDate(new Date('not a date'), 'Europe/Oslo')).toThrow(RangeError);
  });

  it('agrees with the platform calendar for any instant and zone', () => {
    const zones = ['Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(localDate(instant, zone)).toBe(intlLocalDate(instant, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('monthlyCompliance', () => {
  describe('the months listed and what each requires', () => {
    it('lists every month of a programme that is over, partial first and last months prorated', () => {
      const result = monthlyCompliance(input());
      // January: 18th–31st = 14 of 31 days → 0.90 → 1; September: 1st–12th = 12 of 30 → 0.8 → 1
      expect(required(result)).toEqual({
        '2027-01': 1,
        '2027-02': 2,
        '2027-03': 2,
        '2027-04': 2,
        '2027-05': 2,
        '2027-06': 2,
        '2027-07': 2,
        '2027-08': 2,
        '2027-09': 1,
      });
      expect(result.every((month) => month.closed)).toBe(true);
    });

    it('gives the full shape of an entry', () => {
      const result = monthlyCompliance(input({ meetings: [meeting('2027-02-03', 120), meeting('2027-02-17', 90)] }));
      expect(entry(result, '2027-02')).toEqual({
        month: '2027-02',
        requiredMeetings: 2,
        qualifyingMeetings: 1,
        meetings: 2,
        minutes: 210,
        met: false,
        closed: true,
        pausedDays: 0,
        exempt: false,
      });
    });

    it('prorates a minimum of 3 as well', () => {
      // January 3 × 14/31 = 1.35 → 1; September 3 × 12/30 = 1.2 → 1
      const result = monthlyCompliance(input({ minMeetingsPerMonth: 3 }));
      expect(required(result)).toEqual({
        '2027-01': 1,
        '2027-02': 3,
        '2027-03': 3,
        '2027-04': 3,
        '2027-05': 3,
        '2027-06': 3,
        '2027-07': 3,
        '2027-08': 3,
        '2027-09': 1,
      });
    });

    it('prorates a last month that ends on the 16th of 30 days to exactly half, rounded up', () => {
      // 2 × 15/30 = 1.0; 3 × 15/30 = 1.5 → 2
      const twoFor = monthlyCompliance(input({ programmeEnd: '2027-09-15' }));
      expect(entry(twoFor, '2027-09').requiredMeetings).toBe(1);
      const threeFor = monthlyCompliance(input({ programmeEnd: '2027-09-15', minMeetingsPerMonth: 3 }));
      expect(entry(threeFor, '2027-09').requiredMeetings).toBe(2);
    });

    it('requires nothing of any month when the minimum is 0, and every month is met', () => {
      const result = monthlyCompliance(input({ minMeetingsPerMonth: 0 }));
      expect(result).toHaveLength(9);
      expect(result.every((month) => month.requiredMeetings === 0 && month.met)).toBe(true);
    });

    it('lists months in order across a new year', () => {
      const result = monthlyCompliance(
        input({
          programmeStart: '2027-11-01',
          programmeEnd: '2028-02-29',
          pairStart: '2027-11-01',
          asOf: new Date('2028-06-01'),
        }),
      );
      expect(required(result)).toEqual({ '2027-11': 2, '2027-12': 2, '2028-01': 2, '2028-02': 2 });
      expect(months(result)).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    });
  });

  describe('month lengths and leap years', () => {
    // A pair active only on a month's last day with a minimum of 14 or 15 lands on 0.5 or just under,
    // so the answer depends on the month having exactly the right number of days.
    it.each([
      ['2027-04-30', 15, 1], // 15 × 1/30 = 0.5
      ['2027-05-31', 15, 0], // 15 × 1/31 = 0.48
      ['2027-05-31', 16, 1], // 16 × 1/31 = 0.52
      ['2027-02-28', 14, 1], // 14 × 1/28 = 0.5: 2027 is a common year
      ['2028-02-29', 14, 0], // 14 × 1/29 = 0.48: 2028 is a leap year
      ['2028-02-29', 15, 1], // 15 × 1/29 = 0.52
      ['2028-02-28', 14, 0], // 14 × 1/29 as well: one day of a 29-day month
    ])('a pair active only on %s with a minimum of %i requires %i', (day, minimum, expected) => {
      const result = monthlyCompliance(
        input({
          programmeStart: '2027-01-01',
          programmeEnd: '2028-12-31',
          pairStart: day,
          pairEnd: day,
          minMeetingsPerMonth: minimum,
          asOf: new Date('2029-01-01T12:00:00Z'),
        }),
      );
      expect(result).toEqual([
        expect.objectContaining({ month: day.slice(0, 7), requiredMeetings: expected, closed: true }),
      ]);
    });

    it('counts the first week of February against 28 days in 2027 and 29 in 2028', () => {
      const common = monthlyCompliance(
        input({ programmeStart: '2027-02-01', programmeEnd: '2027-12-31', pairEnd: '2027-02-07' }),
      );
      expect(common).toEqual([expect.objectContaining({ month: '2027-02', requiredMeetings: 1 })]); // 2 × 7/28 = 0.5
      const leap = monthlyCompliance(
        input({
          programmeStart: '2028-02-01',
          programmeEnd: '2028-12-31',
          pairEnd: '2028-02-07',
          asOf: new Date('2029-01-01T12:00:00Z'),
        }),
      );
      expect(leap).toEqual([expect.objectContaining({ month: '2028-02', requiredMeetings: 0 })]); // 2 × 7/29 = 0.48
    });

    it.each([
      ['2100-02-28', 1], // 2100 is not a leap year: 14 × 1/28 = 0.5
      ['2000-02-28', 0], // 2000 is: 14 × 1/29 = 0.48
      ['1900-02-28', 1],
      ['2400-02-28', 0],
    ])('knows the century rule: one day, %s, with a minimum of 14 requires %i', (day, expected) => {
      const result = monthlyCompliance(
        input({
          programmeStart: `${day.slice(0, 4)}-01-01`,
          programmeEnd: `${day.slice(0, 4)}-12-31`,
          pairStart: day,
          pairEnd: day,
          minMeetingsPerMonth: 14,
          asOf: new Date(`${day.slice(0, 4)}-06-01T12:00:00Z`),
        }),
      );
      expect(result).toEqual([expect.objectContaining({ month: day.slice(0, 7), requiredMeetings: expected })]);
    });

    it('accepts 29 February only in a leap year', () => {
      const leapDay = { programmeStart: '2028-01-01', programmeEnd: '2028-12-31', asOf: new Date('2029-01-01') };
      expect(monthlyCompliance(input({ ...leapDay, pairStart: '2028-02-29' }))[0]?.month).toBe('2028-02');
      expect(monthlyCompliance(input({ ...leapDay, pairStart: '2000-02-29' }))).toHaveLength(12);
      expect(() => monthlyCompliance(input({ ...leapDay, pairEnd: '2100-02-29' }))).toThrow(RangeError);
      expect(() => monthlyCompliance(input({ ...leapDay, pairEnd: '2027-02-29' }))).toThrow(RangeError);
    });

    it('requires the whole minimum of a whole February in a leap year and a common one', () => {
      const result = monthlyCompliance(
        input({ programmeStart: '2027-02-01', programmeEnd: '2028-03-31', asOf: new Date('2028-06-01') }),
      );
      expect(entry(result, '2027-02').requiredMeetings).toBe(2);
      expect(entry(result, '2028-02').requiredMeetings).toBe(2);
      expect(result).toHaveLength(14);
    });
  });

  describe('the pair’s own span', () => {
    it.each([
      ['2027-03-17', 1], // 15 of 31 days: 0.97
      ['2027-03-24', 1], // 8 of 31: 0.52
      ['2027-03-25', 0], // 7 of 31: 0.45
      ['2027-03-01', 2], // the whole month
      ['2027-03-31', 0], // 1 of 31
    ])('starts with a partial month for a pair that started on %s (requires %i)', (pairStart, expected) => {
      const result = monthlyCompliance(input({ pairStart }));
      expect(months(result)[0]).toBe('2027-03');
      expect(entry(result, '2027-03').requiredMeetings).toBe(expected);
      expect(months(result)).toHaveLength(7);
      expect(entry(result, '2027-04').requiredMeetings).toBe(2);
    });

    it('prorates a pair that started on the 16th of a 30-day month to exactly 1', () => {
      const result = monthlyCompliance(input({ pairStart: '2027-04-16' }));
      expect(result[0]).toMatchObject({ month: '2027-04', requiredMeetings: 1 });
    });

    it('starts at the programme start for a pair recorded as starting before it', () => {
      const result = monthlyCompliance(input({ pairStart: '2026-12-01' }));
      expect(result[0]).toMatchObject({ month: '2027-01', requiredMeetings: 1 });
      expect(result).toHaveLength(9);
    });

    it.each([
      ['2027-05-15', '2027-05', 1], // 15 of 31 days: 0.97
      ['2027-06-15', '2027-06', 1], // 15 of 30: 1.0
      ['2027-06-16', '2027-06', 1], // 16 of 30: 1.07
      ['2027-05-07', '2027-05', 0], // 7 of 31: 0.45
      ['2027-05-08', '2027-05', 1], // 8 of 31: 0.52
      ['2027-04-30', '2027-04', 2], // the whole month
      ['2027-05-01', '2027-05', 0], // 1 of 31
    ])('ends with a partial month for a pair that ended on %s', (pairEnd, lastMonth, expected) => {
      const result = monthlyCompliance(input({ pairEnd }));
      expect(months(result).at(-1)).toBe(lastMonth);
      expect(result.at(-1)?.requiredMeetings).toBe(expected);
      expect(result.every((month) => month.closed)).toBe(true);
    });

    it('ends at the programme end for a pair recorded as ending after it', () => {
      const result = monthlyCompliance(input({ pairEnd: '2027-12-31' }));
      expect(result.at(-1)).toMatchObject({ month: '2027-09', requiredMeetings: 1 });
    });

    it('prorates a pair that started and ended within one month by the days between', () => {
      // 10th–20th April = 11 of 30 days: 0.73 → 1
      const result = monthlyCompliance(input({ pairStart: '2027-04-10', pairEnd: '2027-04-20' }));
      expect(result).toEqual([
        {
          month: '2027-04',
          requiredMeetings: 1,
          qualifyingMeetings: 0,
          meetings: 0,
          minutes: 0,
          met: false,
          closed: true,
          pausedDays: 0,
          exempt: false,
        },
      ]);
    });

    it('prorates a pair that started late and ended early on both ends', () => {
      const result = monthlyCompliance(input({ pairStart: '2027-03-25', pairEnd: '2027-06-15' }));
      expect(required(result)).toEqual({ '2027-03': 0, '2027-04': 2, '2027-05': 2, '2027-06': 1 });
    });

    it('lists nothing for a pair whose span does not meet the programme', () => {
      expect(monthlyCompliance(input({ pairStart: '2026-11-01', pairEnd: '2027-01-17' }))).toEqual([]);
      expect(monthlyCompliance(input({ pairStart: '2027-09-13' }))).toEqual([]);
      expect(monthlyCompliance(input({ pairStart: '2027-05-10', pairEnd: '2027-05-09' }))).toEqual([]);
    });

    it('lists one day of a pair that ended the day it started', () => {
      const result = monthlyCompliance(input({ pairStart: '2027-01-18', pairEnd: '2027-01-18' }));
      expect(result).toEqual([
        expect.objectContaining({ month: '2027-01', requiredMeetings: 0, met: true, closed: true }),
      ]);
    });
  });

  describe('as of a day: which months are listed and which are closed', () => {
    it('lists nothing before the active span starts', () => {
      expect(monthlyCompliance(input({ asOf: new Date('2027-01-10T12:00:00Z') }))).toEqual([]);
      expect(monthlyCompliance(input({ asOf: new Date('2026-06-01T12:00:00Z') }))).toEqual([]);
      expect(monthlyCompliance(input({ pairStart: '2027-04-01', asOf: new Date('2027-03-20T12:00:00Z') }))).toEqual([]);
    });

    it('lists the first month, open, on the first active day in the programme’s zone', () => {
      // 23:00Z on the 17th is 00:00 on the 18th in Oslo
      expect(monthlyCompliance(input({ asOf: new Date('2027-01-17T22:59:59Z') }))).toEqual([]);
      const result = monthlyCompliance(input({ asOf: new Date('2027-01-17T23:00:00Z') }));
      expect(result).toEqual([expect.objectContaining({ month: '2027-01', requiredMeetings: 1, closed: false })]);
    });

    it('lists the current month, not closed, as of the middle of it, with what the whole month will require', () => {
      const result = monthlyCompliance(input({ asOf: new Date('2027-05-14T10:00:00Z') }));
      expect(months(result)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05']);
      expect(result.map((month) => month.closed)).toEqual([true, true, true, true, false]);
      expect(entry(result, '2027-05').requiredMeetings).toBe(2);
    });

    it('requires of the current month what the whole active span in it will require, days after asOf included', () => {
      // the pair ends on the 20th; as of the 10th, May requires 2 × 20/31 = 1.29 → 1, not 2 × 10/31
      const result = monthlyCompliance(input({ pairEnd: '2027-05-20', asOf: new Date('2027-05-10T12:00:00Z') }));
      expect(result.at(-1)).toMatchObject({ month: '2027-05', requiredMeetings: 1, closed: false });
      // and a pair starting on the 24th, as of the 25th: 8 of 31 days → 1, not 2 of 31 → 0
      const late = monthlyCompliance(input({ pairStart: '2027-03-24', asOf: new Date('2027-03-25T12:00:00Z') }));
      expect(late).toEqual([expect.objectContaining({ month: '2027-03', requiredMeetings: 1, closed: false })]);
    });

    it('closes a month the day after its last day, not on it', () => {
      const lastDay = monthlyCompliance(input({ asOf: new Date('2027-02-28T22:59:59Z') })); // 23:59:59 on the 28th
      expect(lastDay.at(-1)).toMatchObject({ month: '2027-02', closed: false });
      const nextDay = monthlyCompliance(input({ asOf: new Date('2027-02-28T23:00:00Z') })); // 00:00 on 1 March
      expect(months(nextDay).slice(-2)).toEqual(['2027-02', '2027-03']);
      expect(nextDay.map((month) => month.closed)).toEqual([true, true, false]);
    });

    it('closes the month a pair ended in the day after it ended, and lists no later month', () => {
      const onEndDay = monthlyCompliance(input({ pairEnd: '2027-05-20', asOf: new Date('2027-05-20T12:00:00Z') }));
      expect(onEndDay.at(-1)).toMatchObject({ month: '2027-05', closed: false });
      const dayAfter = monthlyCompliance(input({ pairEnd: '2027-05-20', asOf: new Date('2027-05-21T12:00:00Z') }));
      expect(dayAfter.at(-1)).toMatchObject({ month: '2027-05', closed: true });
      expect(months(dayAfter)).toHaveLength(5);
      const monthsLater = monthlyCompliance(input({ pairEnd: '2027-05-20', asOf: new Date('2027-08-01T12:00:00Z') }));
      expect(months(monthsLater)).toEqual(months(dayAfter));
    });

    it('stops at the programme’s last month and closes it once the programme is over', () => {
      const lastDay = monthlyCompliance(input({ asOf: new Date('2027-09-12T21:00:00Z') })); // 23:00 on the 12th
      expect(lastDay.at(-1)).toMatchObject({ month: '2027-09', closed: false });
      const after = monthlyCompliance(input({ asOf: new Date('2027-09-13T08:00:00Z') }));
      expect(after.at(-1)).toMatchObject({ month: '2027-09', closed: true });
      // the rest of September is not the pair's: the month is over for it on the 13th
      expect(after).toHaveLength(9);
      const yearLater = monthlyCompliance(input({ asOf: new Date('2028-09-13T08:00:00Z') }));
      expect(yearLater).toEqual(after);
    });
  });

  describe('the programme’s time zone', () => {
    const autumn = { programmeStart: '2027-08-23', programmeEnd: '2028-04-20' } as const;

    it('reads 2027-03-31T22:30Z as 1 April in Oslo (summer time), so April is listed', () => {
      const result = monthlyCompliance(input({ asOf: new Date('2027-03-31T22:30:00Z') }));
      expect(months(result).slice(-2)).toEqual(['2027-03', '2027-04']);
      expect(entry(result, '2027-03').closed).toBe(true);
      expect(entry(result, '2027-04').closed).toBe(false);
    });

    it('reads 2027-10-31T22:30Z as 23:30 on 31 October in Oslo (winter time), still October', () => {
      const result = monthlyCompliance(
        input({ ...autumn, pairStart: autumn.programmeStart, asOf: new Date('2027-10-31T22:30:00Z') }),
      );
      expect(months(result)).toEqual(['2027-08', '2027-09', '2027-10']);
      expect(result.at(-1)).toMatchObject({ month: '2027-10', closed: false });
      const midnight = monthlyCompliance(
        input({ ...autumn, pairStart: autumn.programmeStart, asOf: new Date('2027-10-31T23:00:00Z') }),
      );
      expect(midnight.at(-1)).toMatchObject({ month: '2027-11', closed: false });
      expect(entry(midnight, '2027-10').closed).toBe(true);
    });

    it('reads 2027-01-31T23:30Z as 1 February in Oslo', () => {
      const result = monthlyCompliance(input({ asOf: new Date('2027-01-31T23:30:00Z') }));
      expect(months(result)).toEqual(['2027-01', '2027-02']);
      expect(result.map((month) => month.closed)).toEqual([true, false]);
    });

    it('counts the days of the months with a daylight-saving change as whole calendar days', () => {
      // March and October 2027 in Oslo have a 23-hour and a 25-hour day; a pair from the 24th has 8 days either way
      const march = monthlyCompliance(input({ pairStart: '2027-03-24', asOf: new Date('2027-04-15T12:00:00Z') }));
      expect(entry(march, '2027-03').requiredMeetings).toBe(1); // 8 of 31
      const october = monthlyCompliance(
        input({ ...autumn, pairStart: '2027-10-25', asOf: new Date('2027-11-15T12:00:00Z') }),
      );
      expect(entry(october, '2027-10').requiredMeetings).toBe(0); // 7 of 31
      const ended = monthlyCompliance(input({ pairEnd: '2027-03-28', asOf: new Date('2027-05-01T12:00:00Z') }));
      expect(ended.at(-1)).toMatchObject({ month: '2027-03', requiredMeetings: 2, closed: true }); // 28 of 31
    });

    it('reads asOf in New York, where the date is still the day before UTC’s', () => {
      const asOf = new Date('2027-03-01T03:00:00Z'); // 22:00 on 28 February in New York
      const newYork = monthlyCompliance(input({ timezone: 'America/New_York', asOf }));
      expect(newYork.at(-1)).toMatchObject({ month: '2027-02', closed: false });
      const oslo = monthlyCompliance(input({ timezone: 'Europe/Oslo', asOf }));
      expect(oslo.at(-1)).toMatchObject({ month: '2027-03', closed: false });
      expect(entry(oslo, '2027-02').closed).toBe(true);
      const utc = monthlyCompliance(input({ timezone: 'UTC', asOf }));
      expect(months(utc)).toEqual(months(oslo));
    });

    it('lists nothing in New York on the evening before the programme starts there', () => {
      // 02:00Z on the 18th is 21:00 on the 17th in New York, already the 18th in Oslo
      const asOf = new Date('2027-01-18T02:00:00Z');
      expect(monthlyCompliance(input({ timezone: 'America/New_York', asOf }))).toEqual([]);
      expect(monthlyCompliance(input({ timezone: 'Europe/Oslo', asOf }))).toHaveLength(1);
    });
  });

  describe('meetings', () => {
    it('counts a meeting of at least the minimum minutes as qualifying, and one minute less as not', () => {
      const result = monthlyCompliance(
        input({ meetings: [meeting('2027-03-02', 119), meeting('2027-03-09', 120), meeting('2027-03-16', 121)] }),
      );
      expect(entry(result, '2027-03')).toMatchObject({ qualifyingMeetings: 2, meetings: 3, minutes: 360, met: true });
    });

    it('does not meet the minimum with meetings one minute short, however many or long together', () => {
      const short = Array.from({ length: 6 }, (_, index) => meeting(`2027-04-${String(index + 10)}`, 119));
      const result = monthlyCompliance(input({ meetings: short }));
      expect(entry(result, '2027-04')).toMatchObject({ qualifyingMeetings: 0, meetings: 6, minutes: 714, met: false });
    });

    it('follows the programme’s own minimum minutes', () => {
      const meetings = [meeting('2027-03-02', 60), meeting('2027-03-09', 59)];
      const result = monthlyCompliance(input({ minMeetingMinutes: 60, meetings }));
      expect(entry(result, '2027-03')).toMatchObject({ qualifyingMeetings: 1, meetings: 2, minutes: 119, met: false });
    });

    it('sums the minutes of every meeting of a month, qualifying or not, and keeps months apart', () => {
      const result = monthlyCompliance(
        input({
          meetings: [
            meeting('2027-02-28', 600),
            meeting('2027-03-01', 15),
            meeting('2027-03-31', 45),
            meeting('2027-03-15', 130),
            meeting('2027-04-01', 120),
          ],
        }),
      );
      expect(entry(result, '2027-02')).toMatchObject({ meetings: 1, minutes: 600, qualifyingMeetings: 1 });
      expect(entry(result, '2027-03')).toMatchObject({ meetings: 3, minutes: 190, qualifyingMeetings: 1 });
      expect(entry(result, '2027-04')).toMatchObject({ meetings: 1, minutes: 120, qualifyingMeetings: 1 });
      expect(entry(result, '2027-05')).toMatchObject({ meetings: 0, minutes: 0, qualifyingMeetings: 0, met: false });
    });

    it('meets a month with exactly the required number of qualifying meetings, and not with one fewer', () => {
      const twice = monthlyCompliance(input({ meetings: [meeting('2027-06-01'), meeting('2027-06-30')] }));
      expect(entry(twice, '2027-06')).toMatchObject({ requiredMeetings: 2, qualifyingMeetings: 2, met: true });
      const once = monthlyCompliance(input({ meetings: [meeting('2027-06-01')] }));
      expect(entry(once, '2027-06')).toMatchObject({ requiredMeetings: 2, qualifyingMeetings: 1, met: false });
      // the prorated January needs only one
      expect(entry(once, '2027-01')).toMatchObject({ requiredMeetings: 1, qualifyingMeetings: 0, met: false });
      const january = monthlyCompliance(input({ meetings: [meeting('2027-01-20')] }));
      expect(entry(january, '2027-01')).toMatchObject({ requiredMeetings: 1, qualifyingMeetings: 1, met: true });
    });

    it('meets a month that requires nothing without any meeting', () => {
      const result = monthlyCompliance(input({ pairStart: '2027-03-25' }));
      expect(entry(result, '2027-03')).toMatchObject({ requiredMeetings: 0, qualifyingMeetings: 0, met: true });
    });

    it('counts a meeting dated outside the pair’s span in its calendar month when that month is listed', () => {
      const result = monthlyCompliance(
        input({
          pairStart: '2027-03-17',
          pairEnd: '2027-05-10',
          meetings: [meeting('2027-03-05'), meeting('2027-05-25', 150)],
        }),
      );
      expect(entry(result, '2027-03')).toMatchObject({ meetings: 1, qualifyingMeetings: 1, met: true });
      expect(entry(result, '2027-05')).toMatchObject({ meetings: 1, minutes: 150, qualifyingMeetings: 1 });
    });

    it('ignores meetings in months that are not listed', () => {
      const result = monthlyCompliance(
        input({
          pairStart: '2027-03-17',
          asOf: new Date('2027-04-10T12:00:00Z'),
          meetings: [
            meeting('2027-02-20'), // before the pair's first month
            meeting('2026-12-20'), // before the programme
            meeting('2027-05-02'), // after asOf's month
            meeting('2028-03-10'), // after the programme
          ],
        }),
      );
      expect(months(result)).toEqual(['2027-03', '2027-04']);
      expect(result.every((month) => month.meetings === 0 && month.minutes === 0)).toBe(true);
    });

    it('counts a meeting dated later in the current month', () => {
      const result = monthlyCompliance(
        input({ asOf: new Date('2027-05-14T10:00:00Z'), meetings: [meeting('2027-05-02'), meeting('2027-05-28')] }),
      );
      expect(result.at(-1)).toMatchObject({
        month: '2027-05',
        meetings: 2,
        qualifyingMeetings: 2,
        met: true,
        closed: false,
      });
    });

    it('does not depend on the order of the meetings and leaves them as they are', () => {
      const meetings = [meeting('2027-05-02'), meeting('2027-02-02', 30), meeting('2027-05-28'), meeting('2027-03-03')];
      const frozen = Object.freeze(meetings.map((item) => Object.freeze({ ...item })));
      const forward = monthlyCompliance(input({ meetings: frozen }));
      const backward = monthlyCompliance(input({ meetings: [...meetings].reverse() }));
      expect(backward).toEqual(forward);
      expect(months(forward)).toEqual([...months(forward)].sort());
    });
  });

  describe('invalid input', () => {
    it.each([
      ['programmeStart', { programmeStart: '2027-1-18' }],
      ['programmeEnd', { programmeEnd: '2027-09-31' }],
      ['pairStart', { pairStart: '2027-02-29' }],
      ['pairEnd', { pairEnd: '2027-13-01' }],
      ['pairEnd', { pairEnd: '' }],
      ['timezone', { timezone: 'Europe/Atlantis' }],
      ['asOf', { asOf: new Date('yesterday') }],
      ['minMeetingsPerMonth', { minMeetingsPerMonth: -1 }],
      ['minMeetingsPerMonth', { minMeetingsPerMonth: 1.5 }],
      ['meeting date', { meetings: [meeting('2027-04-31')] }],
      ['meeting date', { meetings: [meeting('2027-04-01T10:00:00Z')] }],
    ])('rejects a malformed %s: %j', (_field, overrides: Partial<MonthRequirementInput>) => {
      expect(() => monthlyCompliance(input(overrides))).toThrow(RangeError);
    });
  });

  describe('properties', () => {
    const zones = ['Europe/Oslo', 'America/New_York', 'Pacific/Kiritimati', 'UTC'];

    it('requires minimum × months over a span of whole months, in any year', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1990, max: 2150 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 0, max: 6 }),
          fc.constantFrom(...zones),
          (year, month, count, minimum, timezone) => {
            const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
            const last = first.plus({ months: count }).minus({ days: 1 });
            const result = monthlyCompliance(
              input({
                programmeStart: first.toISODate()!,
                programmeEnd: last.toISODate()!,
                pairStart: first.toISODate()!,
                minMeetingsPerMonth: minimum,
                timezone,
                asOf: last.plus({ days: 2 }).toJSDate(),
              }),
            );
            expect(result).toHaveLength(count);
            expect(result.reduce((sum, entry) => sum + entry.requiredMeetings, 0)).toBe(minimum * count);
            expect(result.every((entry) => entry.closed && entry.requiredMeetings === minimum)).toBe(true);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('lists the months so far, each with what its active days require, against a day-by-day count', () => {
      const scenario = fc.record({
        programmeStart: fc.integer({ min: 0, max: 4 * 366 }).map((offset) => addDays('2026-01-01', offset)),
        programmeDays: fc.integer({ min: 0, max: 300 }),
        pairStartOffset: fc.integer({ min: -40, max: 320 }),
        pairDays: fc.option(fc.integer({ min: -5, max: 320 }), { nil: null }),
        asOfOffsetHours: fc.integer({ min: -60 * 24, max: 400 * 24 }),
        minimum: fc.integer({ min: 0, max: 5 }),
        timezone: fc.constantFrom(...zones),
        meetings: fc.array(
          fc.record({ offset: fc.integer({ min: -60, max: 360 }), durationMinutes: fc.integer({ min: 15, max: 600 }) }),
          { maxLength: 30 },
        ),
      });
      fc.assert(
        fc.property(scenario, (s) => {
          const programmeEnd = addDays(s.programmeStart, s.programmeDays);
          const pairStart = addDays(s.programmeStart, s.pairStartOffset);
          const pairEnd = s.pairDays === null ? null : addDays(pairStart, s.pairDays);
          const asOf = DateTime.fromISO(`${s.programmeStart}T12:00:00`, { zone: 'UTC' })
            .plus({ hours: s.asOfOffsetHours })
            .toJSDate();
          const meetings = s.meetings.map((item) =>
            meeting(addDays(s.programmeStart, item.offset), item.durationMinutes),
          );
          const result = monthlyCompliance({
            programmeStart: s.programmeStart,
            programmeEnd,
            pairStart,
            pairEnd,
            minMeetingsPerMonth: s.minimum,
            minMeetingMinutes: 120,
            timezone: s.timezone,
            asOf,
            meetings,
          });

          const today = intlLocalDate(asOf, s.timezone);
          const start = [s.programmeStart, pairStart].sort()[1];
          const end = [programmeEnd, pairEnd ?? programmeEnd].sort()[0];
          if (start > end || today < start) {
            expect(result).toEqual([]);
            return;
          }

          // day by day: the active days and the last active day of each month of the span
          const activeDays = new Map<string, number>();
          const lastActive = new Map<string, string>();
          for (let day = start; day <= end; day = addDays(day, 1)) {
            activeDays.set(day.slice(0, 7), (activeDays.get(day.slice(0, 7)) ?? 0) + 1);
            lastActive.set(day.slice(0, 7), day);
          }
          const lastListed = (today < end ? today : end).slice(0, 7);
          const expectedMonths = [...activeDays.keys()].filter((month) => month <= lastListed);
          expect(months(result)).toEqual(expectedMonths);

          for (const month of result) {
            const inMonth = meetings.filter((item) => item.date.startsWith(month.month));
            const qualifying = inMonth.filter((item) => item.durationMinutes >= 120).length;
            expect(month).toEqual({
              month: month.month,
              requiredMeetings: requiredMeetings(
                s.minimum,
                activeDays.get(month.month)!,
                luxonDaysInMonth(month.month),
              ),
              qualifyingMeetings: qualifying,
              meetings: inMonth.length,
              minutes: inMonth.reduce((sum, item) => sum + item.durationMinutes, 0),
              met: qualifying >= month.requiredMeetings,
              closed: lastActive.get(month.month)! < today,
              pausedDays: 0,
              exempt: false,
            });
            expect(month.requiredMeetings).toBeLessThanOrEqual(s.minimum);
          }
          // only the last month listed can still be open
          expect(result.slice(0, -1).every((month) => month.closed)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  });
});

describe('holidays and pauses (hand-worked)', () => {
  it('pro-rates both months of a pause across a month’s end over their unpaused days', () => {
    const result = monthlyCompliance(input({ pauses: [{ from: '2027-03-20', to: '2027-04-10' }] }));
    // March: 31 days, 20th–31st paused (12), 19 active: 2 × 19 / 31 = 1.23 → 1.
    expect(entry(result, '2027-03')).toMatchObject({ requiredMeetings: 1, pausedDays: 12, exempt: false });
    // April: 30 days, 1st–10th paused (10), 20 active: 2 × 20 / 30 = 1.33 → 1.
    expect(entry(result, '2027-04')).toMatchObject({ requiredMeetings: 1, pausedDays: 10, exempt: false });
    expect(entry(result, '2027-02')).toMatchObject({ requiredMeetings: 2, pausedDays: 0 });
    expect(entry(result, '2027-05')).toMatchObject({ requiredMeetings: 2, pausedDays: 0 });
  });

  it('requires nothing of a month a pause covers whole, and the month counts as met', () => {
    const result = monthlyCompliance(
      input({
        pauses: [{ from: '2027-04-30', to: '2027-06-01' }],
        meetings: [{ date: '2027-06-15', durationMinutes: 120 }],
      }),
    );
    expect(entry(result, '2027-05')).toMatchObject({ requiredMeetings: 0, pausedDays: 31, met: true, exempt: false });
    // April 30 paused: 29 of 30 active, 2 × 29 / 30 = 1.93 → 2; June 1 paused: 2 × 29 / 30 → 2.
    expect(entry(result, '2027-04')).toMatchObject({ requiredMeetings: 2, pausedDays: 1 });
    expect(entry(result, '2027-06')).toMatchObject({ requiredMeetings: 2, pausedDays: 1, met: false });
  });

  it('requires nothing in July when July is exempt, and the months around it in full', () => {
    const result = monthlyCompliance(input({ exemptMonths: [7] }));
    expect(entry(result, '2027-07')).toMatchObject({ requiredMeetings: 0, exempt: true, met: true, pausedDays: 0 });
    expect(entry(result, '2027-06')).toMatchObject({ requiredMeetings: 2, exempt: false, met: false });
    expect(entry(result, '2027-08')).toMatchObject({ requiredMeetings: 2, exempt: false, met: false });
    // Without the exemption July is an ordinary month.
    expect(entry(monthlyCompliance(input()), '2027-07')).toMatchObject({ requiredMeetings: 2, exempt: false });
  });

  it('lists an exempt first month of a pair that starts in it, requiring nothing', () => {
    const result = monthlyCompliance(input({ pairStart: '2027-07-20', exemptMonths: [7] }));
    expect(months(result)[0]).toBe('2027-07');
    expect(entry(result, '2027-07')).toMatchObject({ requiredMeetings: 0, exempt: true });
    expect(entry(result, '2027-08')).toMatchObject({ requiredMeetings: 2, exempt: false });
    // Not exempt, its 12 days of 31 would require 2 × 12 / 31 = 0.77 → 1.
    expect(entry(monthlyCompliance(input({ pairStart: '2027-07-20' })), '2027-07').requiredMeetings).toBe(1);
  });

  it('counts a paused day once where pauses overlap, and only the days inside the pair’s span', () => {
    const result = monthlyCompliance(
      input({
        pairEnd: '2027-06-10',
        pauses: [
          // January: the programme starts on the 18th (14 days); 25th–31st paused leaves 7: 2 × 7 / 31 → 0.
          { from: '2027-01-10', to: '2027-01-31' },
          { from: '2027-01-25', to: '2027-01-28' },
          // June: the pair ends on the 10th; the 5th–10th paused leaves 4 days: 2 × 4 / 30 → 0.
          { from: '2027-06-05', to: '2027-06-20' },
        ],
      }),
    );
    expect(entry(result, '2027-01')).toMatchObject({ requiredMeetings: 0, pausedDays: 14 });
    expect(entry(result, '2027-06')).toMatchObject({ requiredMeetings: 0, pausedDays: 6 });
    expect(months(result).at(-1)).toBe('2027-06');
  });

  it('shows the paused days of an exempt month and still requires nothing', () => {
    const result = monthlyCompliance(
      input({ exemptMonths: [7, 8], pauses: [{ from: '2027-07-25', to: '2027-08-05' }] }),
    );
    expect(entry(result, '2027-07')).toMatchObject({ requiredMeetings: 0, pausedDays: 7, exempt: true });
    expect(entry(result, '2027-08')).toMatchObject({ requiredMeetings: 0, pausedDays: 5, exempt: true });
  });

  it('rejects an exempt month outside 1–12 and a pause that is not a date', () => {
    expect(() => monthlyCompliance(input({ exemptMonths: [13] }))).toThrow(RangeError);
    expect(() => monthlyCompliance(input({ pauses: [{ from: '2027-02-30', to: '2027-03-01' }] }))).toThrow(RangeError);
  });
});
