import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { localDate } from '../../src/meetings/month-requirement.js';
import { insertMeetings, insertPair, insertPauses, insertProgramme } from './rows.js';

/*
 * Random programmes for the tests that hold SQL equal to the month rule of month-requirement.ts
 * (the stats, the pairs list): rules, time zones, pairs (running, ended early, completed, some
 * never started), meetings (some before a pair's start) and instants, 2027 and 2028 so February
 * 2028 (29 days) comes up; random exempt months and random pauses that never overlap each other
 * (as the pauses endpoint keeps them) but often cross a month's edge or the pair's span's ends.
 */

/** Random exempt months: often none or the default July, else a few of any. */
export const exemptMonthsArb: fc.Arbitrary<number[]> = fc.oneof(
  fc.constant<number[]>([]),
  fc.constant<number[]>([7]),
  fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }).map((months) => [...months].sort((a, b) => a - b)),
);

/**
 * Days of pause boundaries, relative to a base day: anywhere, or within two days of a month's edge
 * (the first of a month `months` after the base's).
 */
export const pauseDayArb = fc.oneof(
  fc.record({ kind: fc.constant('any' as const), offset: fc.integer({ min: -20, max: 330 }) }),
  fc.record({
    kind: fc.constant('edge' as const),
    months: fc.integer({ min: 0, max: 11 }),
    offset: fc.integer({ min: -2, max: 2 }),
  }),
);
export type PauseDay = typeof pauseDayArb extends fc.Arbitrary<infer T> ? T : never;

/** Pause boundaries for one pair: an even number of them make the pauses. */
export const pausesArb = fc.oneof(fc.constant([] as PauseDay[]), fc.array(pauseDayArb, { minLength: 2, maxLength: 8 }));

/**
 * Pauses from boundary days about `base`: sorted and unique, taken two by two, so they never overlap
 * (a single day's pause when both ends fall on one day).
 */
export function pausesFrom(base: string, days: readonly PauseDay[]): { from: string; to: string }[] {
  const dates = [
    ...new Set(
      days.map((d) =>
        d.kind === 'any'
          ? day(base, d.offset)
          : DateTime.fromISO(base).startOf('month').plus({ months: d.months, days: d.offset }).toISODate()!,
      ),
    ),
  ].sort();
  const pauses: { from: string; to: string }[] = [];
  for (let i = 0; i + 1 < dates.length; i += 2) pauses.push({ from: dates[i], to: dates[i + 1] });
  return pauses;
}

export interface ScenarioPair {
  status: 'approved' | 'completed' | 'ended' | 'proposed';
  start: string;
  end: string | null;
  meetings: { date: string; durationMinutes: number }[];
  pauses: { from: string; to: string }[];
}

export interface Scenario {
  timezone: string;
  programmeStart: string;
  programmeEnd: string;
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  exemptMonths: number[];
  asOf: Date;
  pairs: ScenarioPair[];
}

export const day = (base: string, offset: number) => DateTime.fromISO(base).plus({ days: offset }).toISODate()!;
export const earlier = (a: string, b: string) => (a < b ? a : b);

export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    timezone: fc.constantFrom('Europe/Oslo', 'America/New_York', 'Pacific/Auckland', 'UTC'),
    startOffset: fc.integer({ min: 0, max: 730 }),
    length: fc.integer({ min: 20, max: 300 }),
    asOfOffset: fc.integer({ min: -5, max: 320 }),
    asOfMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    minMeetingsPerMonth: fc.integer({ min: 1, max: 4 }),
    minMeetingMinutes: fc.integer({ min: 15, max: 240 }),
    exemptMonths: exemptMonthsArb,
    pairs: fc.array(
      fc.record({
        status: fc.constantFrom('approved', 'approved', 'completed', 'ended', 'proposed'),
        startOffset: fc.integer({ min: 0, max: 300 }),
        days: fc.integer({ min: 0, max: 300 }),
        meetings: fc.array(
          fc.record({ offset: fc.integer({ min: 0, max: 320 }), durationMinutes: fc.integer({ min: 15, max: 600 }) }),
          { maxLength: 12 },
        ),
        pauses: pausesArb,
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map((r): Scenario => {
    const programmeStart = day('2027-01-01', r.startOffset);
    const programmeEnd = day(programmeStart, r.length);
    const asOf = DateTime.fromISO(day(programmeStart, r.asOfOffset), { zone: 'UTC' })
      .plus({ minutes: r.asOfMinute })
      .toJSDate();
    const today = localDate(asOf, r.timezone);
    const pairs = r.pairs.map((p): ScenarioPair => {
      const start = day(programmeStart, Math.min(p.startOffset, r.length));
      // An ended pair ended on a day from its start to today (the app records the day it is ended).
      const end = p.status === 'completed' || p.status === 'ended' ? earlier(day(start, p.days), today) : null;
      const lastMeeting = earlier(earlier(end ?? programmeEnd, programmeEnd), today);
      const meetings =
        p.status === 'proposed'
          ? []
          : p.meetings
              .map((m) => ({ date: day(programmeStart, m.offset), durationMinutes: m.durationMinutes }))
              .filter((m) => m.date <= lastMeeting);
      return {
        status: p.status,
        start,
        end: end !== null && end < start ? start : end,
        meetings,
        pauses: p.status === 'proposed' ? [] : pausesFrom(start, p.pauses),
      };
    });
    return {
      timezone: r.timezone,
      programmeStart,
      programmeEnd,
      minMeetingsPerMonth: r.minMeetingsPerMonth,
      minMeetingMinutes: r.minMeetingMinutes,
      exemptMonths: r.exemptMonths,
      asOf,
      pairs,
    };
  });

/** The scenario as rows, after removing every programme; the programme's id and each pair's match id. */
export async function insertScenario(
  db: DataSource,
  s: Scenario,
): Promise<{ programmeId: string; matchIds: string[] }> {
  await db.query('DELETE FROM programmes');
  const programmeId = await insertProgramme(db, {
    start: s.programmeStart,
    end: s.programmeEnd,
    timezone: s.timezone,
    minMeetingsPerMonth: s.minMeetingsPerMonth,
    minMeetingMinutes: s.minMeetingMinutes,
    exemptMonths: s.exemptMonths,
  });
  const matchIds: string[] = [];
  for (const [i, pair] of s.pairs.entries()) {
    const started = pair.status !== 'proposed';
    const matchId = await insertPair(db, programmeId, {
      key: String(i),
      status: pair.status,
      startsOn: started ? pair.start : null,
      endedOn: pair.end,
    });
    await insertMeetings(db, matchId, pair.meetings);
    await insertPauses(db, matchId, pair.pauses);
    matchIds.push(matchId);
  }
  return { programmeId, matchIds };
}
