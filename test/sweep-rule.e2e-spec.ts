import fc from 'fast-check';
import { DateTime } from 'luxon';
import { localDate, monthlyCompliance } from '../src/meetings/month-requirement.js';
import { CATCH_UP_DAYS, RemindersRepository } from '../src/reminders/reminders.repository.js';
import { createTestApp, type TestApp } from './support/app.js';
import { insertMeetings, insertPair, insertPauses, insertProgramme } from './support/rows.js';
import { exemptMonthsArb, pausesArb, pausesFrom } from './support/scenarios.js';

/*
 * The sweep decides in SQL what month-requirement.ts decides in TypeScript. For random programmes,
 * rules, pairs, meetings, time zones and instants (leap years, month ends, daylight-saving nights
 * included), the mentor emails the SQL writes — and the figures in them — must be exactly those
 * the pure function implies.
 */

let t: TestApp;
let repository: RemindersRepository;

beforeAll(async () => {
  t = await createTestApp({ RUN_WORKERS: 'false' });
  repository = t.app.get(RemindersRepository);
});
afterAll(() => t.close());

interface Scenario {
  timezone: string;
  programmeStart: string;
  programmeEnd: string;
  pairStart: string;
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  midMonthReminderDay: number;
  asOf: Date;
  meetings: { date: string; durationMinutes: number }[];
  exemptMonths: number[];
  pauses: { from: string; to: string }[];
}

const day = (base: string, offset: number) => DateTime.fromISO(base).plus({ days: offset }).toISODate()!;

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    timezone: fc.constantFrom('Europe/Oslo', 'America/New_York', 'Pacific/Auckland', 'UTC'),
    startOffset: fc.integer({ min: 0, max: 730 }), // 2027-01-01 … 2028-12-31, so February 2028 (29 days) comes up
    length: fc.integer({ min: 20, max: 300 }),
    pairOffset: fc.integer({ min: -10, max: 300 }),
    asOfOffset: fc.integer({ min: -3, max: 310 }),
    // Most runs land where the figures are hardest: the first days of the month after the pair's
    // (often partial) first month, or the reminder days of the programme's (often partial) last month.
    asOfAt: fc.constantFrom('anywhere', 'afterFirstMonth', 'afterFirstMonth', 'lastMonth'),
    asOfDay: fc.integer({ min: 0, max: 8 }),
    asOfMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    minMeetingsPerMonth: fc.integer({ min: 1, max: 4 }),
    minMeetingMinutes: fc.integer({ min: 15, max: 240 }),
    midMonthReminderDay: fc.integer({ min: 1, max: 28 }),
    meetings: fc.array(
      fc.record({ offset: fc.integer({ min: -40, max: 300 }), durationMinutes: fc.integer({ min: 15, max: 600 }) }),
      { maxLength: 14 },
    ),
    exemptMonths: exemptMonthsArb,
    // Boundaries about the span's first month, so pauses cross its months' edges and the span's start.
    pauses: pausesArb,
  })
  .map((r) => {
    const programmeStart = day('2027-01-01', r.startOffset);
    const programmeEnd = day(programmeStart, r.length);
    const pairStart = day(programmeStart, Math.min(Math.max(r.pairOffset, 0), r.length));
    const spanStart = pairStart > programmeStart ? pairStart : programmeStart;
    const asOfDay =
      r.asOfAt === 'afterFirstMonth'
        ? DateTime.fromISO(spanStart).startOf('month').plus({ months: 1, days: r.asOfDay }).toISODate()!
        : r.asOfAt === 'lastMonth'
          ? DateTime.fromISO(programmeEnd)
              .startOf('month')
              .plus({ days: r.midMonthReminderDay - 1 + r.asOfDay })
              .toISODate()!
          : day(programmeStart, r.asOfOffset);
    const asOf = DateTime.fromISO(asOfDay, { zone: 'UTC' }).plus({ minutes: r.asOfMinute }).toJSDate();
    const today = localDate(asOf, r.timezone);
    const meetings = r.meetings
      .map((m) => ({ date: day(today, Math.min(0, -Math.abs(m.offset))), durationMinutes: m.durationMinutes }))
      .filter((m) => m.date >= programmeStart && m.date <= programmeEnd);
    return {
      timezone: r.timezone,
      programmeStart,
      programmeEnd,
      pairStart,
      minMeetingsPerMonth: r.minMeetingsPerMonth,
      minMeetingMinutes: r.minMeetingMinutes,
      midMonthReminderDay: r.midMonthReminderDay,
      asOf,
      meetings,
      exemptMonths: r.exemptMonths,
      pauses: pausesFrom(spanStart, r.pauses),
    };
  });

/**
 * kind|period|required|qualifying of the mentor emails the rules ask for on the scenario's day,
 * and of the mentee's follow-up surveys 3, 6 and 12 months after the pair's span ended (no figures).
 */
function expected(s: Scenario): string[] {
  const today = localDate(s.asOf, s.timezone);
  const spanStart = s.pairStart > s.programmeStart ? s.pairStart : s.programmeStart;
  const followups: string[] = [];
  for (const months of spanStart <= s.programmeEnd ? [3, 6, 12] : []) {
    const due = DateTime.fromISO(s.programmeEnd).plus({ months });
    if (today >= due.toISODate()! && today <= due.plus({ days: CATCH_UP_DAYS }).toISODate()!) {
      followups.push(`followup_survey|${months}|undefined|undefined`);
    }
  }
  if (today < spanStart || today > s.programmeEnd) return followups;
  const months = monthlyCompliance({
    programmeStart: s.programmeStart,
    programmeEnd: s.programmeEnd,
    pairStart: s.pairStart,
    pairEnd: null,
    minMeetingsPerMonth: s.minMeetingsPerMonth,
    minMeetingMinutes: s.minMeetingMinutes,
    timezone: s.timezone,
    asOf: s.asOf,
    meetings: s.meetings,
    exemptMonths: s.exemptMonths,
    pauses: s.pauses,
  });
  const dom = Number(today.slice(8));
  const thisMonth = today.slice(0, 7);
  const lastMonth = DateTime.fromISO(today).minus({ months: 1 }).toFormat('yyyy-MM');
  const out: string[] = [];
  const current = months.find((m) => m.month === thisMonth);
  if (
    current &&
    dom >= s.midMonthReminderDay &&
    dom <= s.midMonthReminderDay + CATCH_UP_DAYS &&
    spanStart <= `${thisMonth}-${String(s.midMonthReminderDay).padStart(2, '0')}` &&
    current.requiredMeetings > 0 &&
    current.qualifyingMeetings === 0
  ) {
    out.push(`midmonth_nudge|${thisMonth}|${current.requiredMeetings}|0`);
  }
  const last = months.find((m) => m.month === lastMonth);
  if (last && dom <= 1 + CATCH_UP_DAYS && last.qualifyingMeetings < last.requiredMeetings) {
    out.push(`minimum_missed|${lastMonth}|${last.requiredMeetings}|${last.qualifyingMeetings}`);
  }
  return out.sort();
}

async function decided(s: Scenario): Promise<string[]> {
  await t.db.query('DELETE FROM programmes');
  const programmeId = await insertProgramme(t.db, {
    start: s.programmeStart,
    end: s.programmeEnd,
    timezone: s.timezone,
    minMeetingsPerMonth: s.minMeetingsPerMonth,
    minMeetingMinutes: s.minMeetingMinutes,
    midMonthReminderDay: s.midMonthReminderDay,
    exemptMonths: s.exemptMonths,
  });
  const matchId = await insertPair(t.db, programmeId, { key: 'p', status: 'approved', startsOn: s.pairStart });
  await insertMeetings(t.db, matchId, s.meetings);
  await insertPauses(t.db, matchId, s.pauses);
  await repository.decideDueEmails(s.asOf, null);
  const rows = await t.db.query<{ kind: string; period_key: string; figures: Record<string, number> | null }[]>(
    'SELECT kind, period_key, figures FROM outbox',
  );
  return rows
    .map((r) => `${r.kind}|${r.period_key}|${r.figures?.requiredMeetings}|${r.figures?.qualifyingMeetings}`)
    .sort();
}

describe('the sweep in SQL against the month rule in TypeScript', () => {
  it('decides the same mentor emails with the same figures', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        expect(await decided(s)).toEqual(expected(s));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('has scenarios that send each kind (the property is not vacuous)', () => {
    const kinds = new Set(
      fc
        .sample(scenario, { numRuns: 300, seed: 7 })
        .flatMap(expected)
        .map((e) => e.split('|')[0]),
    );
    expect([...kinds].sort()).toEqual(['followup_survey', 'midmonth_nudge', 'minimum_missed']);
  });

  it('has scenarios where an exempt or paused month keeps an email from going out (not vacuous)', () => {
    const withoutThem = (s: Scenario): Scenario => ({ ...s, exemptMonths: [], pauses: [] });
    const spared = fc
      .sample(scenario, { numRuns: 400, seed: 7 })
      .filter((s) => expected(withoutThem(s)).length > expected(s).length);
    expect(spared.filter((s) => s.exemptMonths.length > 0 && s.pauses.length === 0).length).toBeGreaterThan(3);
    expect(spared.filter((s) => s.pauses.length > 0 && s.exemptMonths.length === 0).length).toBeGreaterThan(3);
  });
});
