import fc from 'fast-check';
import { DateTime } from 'luxon';
import { localDate, monthlyCompliance } from '../src/meetings/month-requirement.js';
import { StatsRepository } from '../src/stats/stats.repository.js';
import { createTestApp, type TestApp } from './support/app.js';
import { insertPair } from './support/rows.js';
import { earlier, insertScenario, scenario, type Scenario } from './support/scenarios.js';

/*
 * The stats count in SQL what month-requirement.ts decides in TypeScript. For random programmes,
 * rules, time zones, pairs (running, ended early, completed, some never started), meetings and
 * instants, each month's active pairs and pairs meeting the minimum must be exactly the count of
 * pairs whose own compliance (GET /matches/:id/compliance) lists that month, and of those that met
 * it; and the meetings in all must be every meeting of the pairs.
 */

let t: TestApp;
let repository: StatsRepository;

beforeAll(async () => {
  t = await createTestApp({ RUN_WORKERS: 'false' });
  repository = t.app.get(StatsRepository);
});
afterAll(() => t.close());

interface Figures {
  months: { month: string; closed: boolean; activePairs: number; pairsMeetingMinimum: number }[];
  meetings: number;
  minutes: number;
}

/** The figures from each pair's own month list, as the pure function gives it. */
function expected(s: Scenario): Figures {
  const today = localDate(s.asOf, s.timezone);
  const months: Figures['months'] = [];
  if (today >= s.programmeStart) {
    const last = earlier(today, s.programmeEnd).slice(0, 7);
    for (let m = DateTime.fromISO(s.programmeStart).startOf('month'); m.toFormat('yyyy-MM') <= last;) {
      const lastDay = earlier(m.endOf('month').toISODate()!, s.programmeEnd);
      months.push({ month: m.toFormat('yyyy-MM'), closed: lastDay < today, activePairs: 0, pairsMeetingMinimum: 0 });
      m = m.plus({ months: 1 });
    }
  }
  let meetings = 0;
  let minutes = 0;
  for (const pair of s.pairs) {
    if (pair.status === 'proposed') continue;
    meetings += pair.meetings.length;
    minutes += pair.meetings.reduce((sum, m) => sum + m.durationMinutes, 0);
    const own = monthlyCompliance({
      programmeStart: s.programmeStart,
      programmeEnd: s.programmeEnd,
      pairStart: pair.start,
      pairEnd: pair.end,
      minMeetingsPerMonth: s.minMeetingsPerMonth,
      minMeetingMinutes: s.minMeetingMinutes,
      timezone: s.timezone,
      asOf: s.asOf,
      meetings: pair.meetings,
      exemptMonths: s.exemptMonths,
      pauses: pair.pauses,
    });
    for (const m of own) {
      const entry = months.find((e) => e.month === m.month);
      if (!entry) throw new Error(`the pair lists ${m.month}, outside the programme's months so far`);
      entry.activePairs += 1;
      if (m.met) entry.pairsMeetingMinimum += 1;
    }
  }
  return { months, meetings, minutes };
}

async function counted(s: Scenario): Promise<Figures> {
  const { programmeId } = await insertScenario(t.db, s);
  const rows = await repository.read([programmeId], null, s.asOf);
  const [row] = rows.compliance;
  return { months: row.months, meetings: row.meetings, minutes: Number(row.minutes) };
}

describe('the stats in SQL against the month rule in TypeScript', () => {
  it("count each month's active pairs and pairs meeting the minimum as the pairs' own compliance does", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        expect(await counted(s)).toEqual(expected(s));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('has scenarios with partial months met and missed (the property is not vacuous)', () => {
    let met = 0;
    let missed = 0;
    for (const s of fc.sample(scenario, { numRuns: 200, seed: 11 })) {
      for (const m of expected(s).months) {
        met += m.pairsMeetingMinimum;
        missed += m.activePairs - m.pairsMeetingMinimum;
      }
    }
    expect(met).toBeGreaterThan(50);
    expect(missed).toBeGreaterThan(50);
  });

  it('has scenarios whose exempt months and pauses change what months require (not vacuous)', () => {
    let exempt = 0;
    let pausedAndRequiring = 0;
    let pausedWhole = 0;
    for (const s of fc.sample(scenario, { numRuns: 200, seed: 11 })) {
      for (const pair of s.pairs) {
        if (pair.status === 'proposed') continue;
        const months = monthlyCompliance({
          programmeStart: s.programmeStart,
          programmeEnd: s.programmeEnd,
          pairStart: pair.start,
          pairEnd: pair.end,
          minMeetingsPerMonth: s.minMeetingsPerMonth,
          minMeetingMinutes: s.minMeetingMinutes,
          timezone: s.timezone,
          asOf: s.asOf,
          meetings: pair.meetings,
          exemptMonths: s.exemptMonths,
          pauses: pair.pauses,
        });
        exempt += months.filter((m) => m.exempt).length;
        pausedAndRequiring += months.filter((m) => m.pausedDays > 0 && m.requiredMeetings > 0).length;
        pausedWhole += months.filter((m) => m.pausedDays > 0 && !m.exempt && m.requiredMeetings === 0).length;
      }
    }
    expect(exempt).toBeGreaterThan(20);
    expect(pausedAndRequiring).toBeGreaterThan(20);
    expect(pausedWhole).toBeGreaterThan(5);
  });
});

/*
 * meeting_months is kept by triggers; whatever happens to the meetings, it must equal a fresh count
 * of them under the programme's current minimum length.
 */
describe('meeting_months, the counted meetings the stats read', () => {
  const FRESH = `SELECT mt.match_id, to_char(mt.date, 'YYYY-MM') AS month, count(*)::int AS meetings,
      sum(mt.duration_minutes)::int AS minutes,
      count(*) FILTER (WHERE mt.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)::int AS qualifying,
      max(mt.date)::text AS last_date
    FROM meetings mt JOIN matches m ON m.id = mt.match_id JOIN programmes p ON p.id = m.programme_id
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const KEPT = `SELECT match_id, to_char(month, 'YYYY-MM') AS month, meetings, minutes, qualifying, last_date::text
    FROM meeting_months ORDER BY 1, 2`;
  // pair_meeting_totals, kept by triggers on meeting_months: each pair's months in one row.
  const FRESH_TOTALS = `SELECT mt.match_id,
      string_agg((date_part('year', mt.month)::int * 12 + date_part('month', mt.month)::int - 1) || ' ' || mt.qualifying
                 || ' ' || mt.meetings, ',' ORDER BY mt.month) AS counts,
      sum(mt.minutes)::int AS minutes, max(mt.last_date)::text AS last_date
    FROM (SELECT mt.match_id, date_trunc('month', mt.date::timestamp)::date AS month, count(*)::int AS meetings,
                 sum(mt.duration_minutes)::int AS minutes,
                 count(*) FILTER (WHERE mt.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)::int AS qualifying,
                 max(mt.date) AS last_date
            FROM meetings mt JOIN matches m ON m.id = mt.match_id JOIN programmes p ON p.id = m.programme_id
           GROUP BY 1, 2) mt
    GROUP BY 1 ORDER BY 1`;
  const KEPT_TOTALS = `SELECT match_id, counts, minutes, last_date::text FROM pair_meeting_totals ORDER BY 1`;
  const expectKeptEqualsFresh = async () => {
    const [kept, fresh] = [await t.db.query(KEPT), await t.db.query(FRESH)];
    expect(kept).toEqual(fresh);
    expect(await t.db.query(KEPT_TOTALS)).toEqual(await t.db.query(FRESH_TOTALS));
    return kept as { match_id: string; month: string; meetings: number; qualifying: number }[];
  };

  it('holds after meetings are logged, changed and removed, a pair removed, and a new minimum length', async () => {
    const lead = await t.user('lead');
    await t.db.query('DELETE FROM programmes');
    const programme = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(lead.token))
      .send({ name: 'Triggers', startDate: '2027-01-04', endDate: '2027-06-30', municipalityCodes: ['1870'] });
    expect(programme.status).toBe(201);
    const pid = programme.body.id as string;
    const pairs: string[] = [];
    for (let i = 0; i < 3; i++) {
      pairs.push(await insertPair(t.db, pid, { key: `trigger-${i}`, status: 'approved', startsOn: '2027-01-04' }));
    }
    // Many rows in one statement, across pairs and months, some under the 120-minute minimum.
    await t.db.query(
      `INSERT INTO meetings (match_id, date, duration_minutes, source)
       SELECT ($1::uuid[])[1 + i % 3], date '2027-01-04' + (i * 7) % 170, 30 + (i * 37) % 180, 'api'
       FROM generate_series(0, 199) i`,
      [pairs],
    );
    await expectKeptEqualsFresh();
    // One at a time, as the API logs them.
    await t.db.query(
      `INSERT INTO meetings (match_id, date, duration_minutes, source) VALUES ($1, '2027-02-01', 120, 'api')`,
      [pairs[0]],
    );
    await t.db.query(
      `INSERT INTO meetings (match_id, date, duration_minutes, source) VALUES ($1, '2027-02-01', 119, 'api')`,
      [pairs[0]],
    );
    await expectKeptEqualsFresh();
    // Changed: moved to another month, made longer.
    await t.db.query(
      `UPDATE meetings SET date = date + 31, duration_minutes = duration_minutes + 60
       WHERE match_id = $1 AND date < '2027-03-01'`,
      [pairs[1]],
    );
    await expectKeptEqualsFresh();
    // Removed: all of a pair's March meetings (its March row goes), and one pair with all it has.
    await t.db.query(`DELETE FROM meetings WHERE match_id = $1 AND date >= '2027-03-01' AND date < '2027-04-01'`, [
      pairs[2],
    ]);
    const afterDelete = await expectKeptEqualsFresh();
    // Removed: the latest meeting of a month that keeps others, so the month's last day moves back.
    const [latest] = await t.db.query<{ id: string; month: string }[]>(
      `SELECT id, to_char(date, 'YYYY-MM') AS month FROM meetings WHERE match_id = $1 ORDER BY date DESC LIMIT 1`,
      [pairs[0]],
    );
    const kept = afterDelete.filter((r) => r.match_id === pairs[0] && r.month === latest.month);
    expect(kept[0].meetings).toBeGreaterThan(1);
    await t.db.query('DELETE FROM meetings WHERE id = $1', [latest.id]);
    await expectKeptEqualsFresh();
    expect(afterDelete.some((r) => r.match_id === pairs[2] && r.month === '2027-03')).toBe(false);
    await t.db.query('DELETE FROM matches WHERE id = $1', [pairs[2]]);
    await expectKeptEqualsFresh();
    // A new minimum length, through the API: every qualifying count of the programme follows.
    const before = await expectKeptEqualsFresh();
    const patched = await t.http
      .patch(`/api/v1/programmes/${pid}`)
      .set(t.auth(lead.token))
      .send({ rules: { minMeetingMinutes: 60 } });
    expect(patched.status).toBe(200);
    const after = await expectKeptEqualsFresh();
    const total = (rows: typeof before) => rows.reduce((sum, r) => sum + r.qualifying, 0);
    expect(total(after)).toBeGreaterThan(total(before));
  });

  it("keeps a pair's totals whole when two transactions log meetings in two of its months at once", async () => {
    await t.db.query('DELETE FROM programmes');
    const lead = await t.user('lead');
    const programme = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(lead.token))
      .send({ name: 'At once', startDate: '2027-01-04', endDate: '2027-06-30', municipalityCodes: ['1870'] });
    const pair = await insertPair(t.db, programme.body.id as string, {
      key: 'at-once',
      status: 'approved',
      startsOn: '2027-01-04',
    });
    const [first, second] = [t.db.createQueryRunner(), t.db.createQueryRunner()];
    try {
      const log = (runner: typeof first, date: string) =>
        runner.query(`INSERT INTO meetings (match_id, date, duration_minutes, source) VALUES ($1, $2, 120, 'api')`, [
          pair,
          date,
        ]);
      await first.startTransaction();
      await second.startTransaction();
      await log(first, '2027-03-10');
      // The second waits for the first's hold on the pair's totals, then reads the months it committed.
      const waiting = log(second, '2027-04-10');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await Promise.all([first.release(), second.release()]);
    }
    await expectKeptEqualsFresh();
    const [totals] = await t.db.query<{ counts: string }[]>(
      'SELECT counts FROM pair_meeting_totals WHERE match_id = $1',
      [pair],
    );
    expect(totals.counts).toBe(`${2027 * 12 + 2} 1 1,${2027 * 12 + 3} 1 1`);
  });
});

describe('gathering attendance over the participants who were there to be invited', () => {
  it('counts as invited to a gathering held only those who had joined before it, or were recorded there', async () => {
    await t.db.query('DELETE FROM programmes');
    const lead = await t.user('lead');
    const post = async (path: string, body: object) => {
      const res = await t.http.post(`/api/v1${path}`).set(t.auth(lead.token)).send(body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    t.setNow('2027-01-10T10:00:00Z');
    const pid = await post('/programmes', {
      name: 'Andøy 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
      municipalityCodes: ['1871'],
    });
    const person = (role: string, n: number) =>
      post(`/programmes/${pid}/participants`, {
        role,
        name: `Person ${n}`,
        email: `person${n}@example.org`,
        municipalityCode: '1871',
        preferredLanguage: 'nb',
        languages: [{ code: 'nb', level: 'native' }],
        professionCode: '2221',
      });
    const early = [await person('mentor', 1), await person('mentee', 2), await person('mentee', 3)];
    const late = [await person('mentor', 4), await person('mentee', 5)];
    // The two late ones joined on 1 February, after the kickoff of 18 January.
    await t.db.query(`UPDATE participants SET created_at = '2027-02-01T12:00:00Z' WHERE id = ANY($1)`, [late]);
    const gatherings = await t.http.get(`/api/v1/programmes/${pid}/gatherings`).set(t.auth(lead.token));
    const kickoff = (gatherings.body as { id: string; kind: string }[]).find((g) => g.kind === 'kickoff')!.id;
    // Brought over from the spreadsheet: one late mentor was at the kickoff after all.
    const attendance = await t.http
      .put(`/api/v1/gatherings/${kickoff}/attendance`)
      .set(t.auth(lead.token))
      .send({ participantIds: [early[0], late[0]] });
    expect(attendance.status).toBe(200);

    t.setNow('2027-03-01T10:00:00Z');
    const stats = await t.http.get(`/api/v1/programmes/${pid}/stats`).set(t.auth(lead.token));
    expect(stats.status).toBe(200);
    const byKind = Object.fromEntries(
      (stats.body.gatherings as { kind: string; invited: number; attended: number; rate: number | null }[]).map(
        ({ kind, invited, attended, rate }) => [kind, { invited, attended, rate }],
      ),
    );
    expect(byKind).toEqual({
      kickoff: { invited: 4, attended: 2, rate: 0.5 }, // the three early ones and the late one who came
      midway: { invited: 5, attended: 0, rate: null }, // still to come: everyone
      closing: { invited: 5, attended: 0, rate: null },
    });
  });
});
