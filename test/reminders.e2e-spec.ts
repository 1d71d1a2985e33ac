import { DateTime } from 'luxon';
import { monthlyCompliance, type MeetingRecord } from '../src/meetings/month-requirement.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type ReceivedEmail, type TestSmtpServer } from './support/smtp.js';

/*
 * An eight-month programme played through day by day with the app's clock: the daily sweep at
 * 09:00 in Oslo, meetings logged in the evening, a late pair, a pair ended early, a gathering
 * moved, a late participant. What arrives is compared, email by email, with a model of the rules
 * of API.md written here in the test (on top of the month-requirement function, tested on its
 * own), and with facts stated by hand.
 */

const ZONE = 'Europe/Oslo';
const START = '2027-01-18';
const END = '2027-09-17';
const RULES = { minMeetingsPerMonth: 2, minMeetingMinutes: 120, midMonthReminderDay: 15 };

interface PairState {
  name: string;
  matchId: string;
  mentorEmail: string;
  menteeMunicipality: string;
  startsOn: string;
  endedOn: string | null;
  active: boolean;
  meetings: MeetingRecord[];
  /** day of month → minutes, logged in the evening of each day of the pair's months */
  schedule: Record<number, number>;
}

interface GatheringState {
  id: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
}

interface Coordinator {
  email: string;
  codes: string[];
}

const key = (kind: string, to: string, subject: string, period: string) => `${kind}|${to}|${subject}|${period}`;
const at9 = (day: string) => DateTime.fromISO(`${day}T09:00`, { zone: ZONE }).toJSDate();
const monthOf = (day: string) => day.slice(0, 7);
const minusMonths = (day: string, n: number) => DateTime.fromISO(day).minus({ months: n }).toFormat('yyyy-MM');

/** The emails the rules ask for at one day's sweep, given the state at 09:00 that day. */
function modelSweep(
  day: string,
  pairs: PairState[],
  gatherings: GatheringState[],
  participants: string[],
  coordinators: Coordinator[],
): string[] {
  const asOf = at9(day);
  const dom = Number(day.slice(8));
  const due: string[] = [];
  for (const pair of pairs) {
    const lastDay = pair.endedOn ?? END;
    if (!pair.active || day < pair.startsOn || day > lastDay) continue;
    const months = monthlyCompliance({
      programmeStart: START,
      programmeEnd: END,
      pairStart: pair.startsOn,
      pairEnd: pair.endedOn,
      minMeetingsPerMonth: RULES.minMeetingsPerMonth,
      minMeetingMinutes: RULES.minMeetingMinutes,
      timezone: ZONE,
      asOf,
      meetings: pair.meetings,
    });
    const month = (m: string) => months.find((x) => x.month === m);
    const short = (m: string) => {
      const c = month(m);
      return c !== undefined && c.qualifyingMeetings < c.requiredMeetings;
    };
    const current = month(monthOf(day));
    if (
      dom === RULES.midMonthReminderDay &&
      pair.startsOn <= `${monthOf(day)}-15` &&
      current &&
      current.requiredMeetings > 0 &&
      current.qualifyingMeetings === 0
    ) {
      due.push(key('midmonth_nudge', pair.mentorEmail, pair.matchId, monthOf(day)));
    }
    if (dom === 1 && short(minusMonths(day, 1))) {
      due.push(key('minimum_missed', pair.mentorEmail, pair.matchId, minusMonths(day, 1)));
      if (short(minusMonths(day, 2))) {
        for (const c of coordinators.filter((x) => x.codes.includes(pair.menteeMunicipality))) {
          due.push(key('escalation', c.email, pair.matchId, minusMonths(day, 1)));
        }
      }
    }
  }
  for (const g of gatherings.filter((x) => x.startsAt > asOf)) {
    const localDay = DateTime.fromJSDate(g.startsAt, { zone: ZONE }).toISODate()!;
    for (const email of participants) {
      due.push(key('gathering_invite', email, g.id, `v${g.sequence}`));
      if (day >= DateTime.fromISO(localDay).minus({ days: 7 }).toISODate()!) {
        due.push(key('gathering_reminder', email, g.id, localDay));
      }
    }
  }
  return due;
}

describe('an eight-month programme played through', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let lead: { token: string };
  let admin: { token: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url });
    lead = await t.user('lead');
    admin = await t.user('admin');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends each participant and coordinator exactly the emails the rules ask for, each once', async () => {
    t.setNow('2027-01-05T10:00:00Z');
    const coordinators: Coordinator[] = [];
    for (const codes of [['1870'], ['1871'], ['1870', '1871'], ['1866']]) {
      coordinators.push({ email: (await t.user('coordinator', codes)).email, codes });
    }
    const programme = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(lead.token))
      .send(programmeBody({ startDate: START, endDate: END, rules: RULES }));
    expect(programme.status).toBe(201);
    const pid = programme.body.id as string;
    const participants: string[] = [];
    const add = async (body: Record<string, unknown>) => {
      const res = await t.http.post(`/api/v1/programmes/${pid}/participants`).set(t.auth(lead.token)).send(body);
      expect(res.status).toBe(201);
      participants.push(body.email as string);
      return res.body.id as string;
    };
    const pairUp = async (mentorId: string, menteeId: string, startsOn?: string) => {
      const match = await t.http
        .post(`/api/v1/programmes/${pid}/matches`)
        .set(t.auth(lead.token))
        .send({ mentorId, menteeId });
      expect(match.status).toBe(201);
      const approved = await t.http
        .post(`/api/v1/matches/${match.body.id}/approve`)
        .set(t.auth(lead.token))
        .send(startsOn ? { startsOn } : {});
      expect(approved.status).toBe(200);
      return approved.body as { id: string; startsOn: string };
    };
    const pairs: PairState[] = [];
    const pair = async (
      name: string,
      municipality: string,
      schedule: Record<number, number>,
      mentorLanguage: string,
      startsOn?: string,
    ) => {
      const mentorEmail = `mentor-${name}@example.org`;
      const mentor = await add(mentorBody({ email: mentorEmail, preferredLanguage: mentorLanguage }));
      const mentee = await add(menteeBody({ email: `mentee-${name}@example.org`, municipalityCode: municipality }));
      const match = await pairUp(mentor, mentee, startsOn);
      const state: PairState = {
        name,
        matchId: match.id,
        mentorEmail,
        menteeMunicipality: municipality,
        startsOn: match.startsOn,
        endedOn: null,
        active: true,
        meetings: [],
        schedule,
      };
      pairs.push(state);
      return state;
    };
    // A meets twice a month, 2 hours; B never; C once fully and once too briefly.
    const a = await pair('a', '1870', { 3: 120, 10: 125, 20: 120 }, 'nb', START);
    const b = await pair('b', '1871', {}, 'en', START);
    const c = await pair('c', '1870', { 5: 130, 20: 60 }, 'nb', START);
    // D's mentor and mentee are there from the start; the pair comes on 10 March and ends on 20 May.
    const dMentor = await add(mentorBody({ email: 'mentor-d@example.org' }));
    const dMentee = await add(menteeBody({ email: 'mentee-d@example.org', municipalityCode: '1870' }));

    const gatheringsRes = await t.http.get(`/api/v1/programmes/${pid}/gatherings`).set(t.auth(lead.token));
    const gatherings: GatheringState[] = (
      gatheringsRes.body as { id: string; kind: string; startsAt: string; endsAt: string }[]
    ).map((g) => ({ id: g.id, startsAt: new Date(g.startsAt), endsAt: new Date(g.endsAt), sequence: 0 }));
    expect(gatherings).toHaveLength(3);
    const midway = gatherings.find(
      (g) => g.id === (gatheringsRes.body as { id: string; kind: string }[]).find((x) => x.kind === 'midway')!.id,
    )!;

    const expected = new Set<string>();
    const sweep = async (day: string) => {
      const asOf = DateTime.fromISO(`${day}T09:00`, { zone: ZONE }).toISO()!;
      t.setNow(asOf);
      const first = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
      expect(first.status).toBe(200);
      const again = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
      expect(again.status).toBe(200);
      expect(again.body.enqueued).toBe(0);
      const due = modelSweep(day, pairs, gatherings, participants, coordinators);
      const fresh = due.filter((k) => !expected.has(k));
      for (const k of due) expected.add(k);
      expect({ day, enqueued: first.body.enqueued }).toEqual({ day, enqueued: fresh.length });
    };

    let d: DateTime | undefined;
    let pairD: PairState | undefined;
    for (d = DateTime.fromISO('2027-01-10'); d <= DateTime.fromISO('2027-09-25'); d = d.plus({ days: 1 })) {
      const day = d.toISODate()!;
      await sweep(day);
      t.setNow(DateTime.fromISO(`${day}T18:00`, { zone: ZONE }).toISO()!);
      if (day === '2027-03-10') {
        const match = await pairUp(dMentor, dMentee);
        pairD = {
          name: 'd',
          matchId: match.id,
          mentorEmail: 'mentor-d@example.org',
          menteeMunicipality: '1870',
          startsOn: match.startsOn,
          endedOn: null,
          active: true,
          meetings: [],
          schedule: {},
        };
        pairs.push(pairD);
      }
      if (day === '2027-05-20') {
        const ended = await t.http
          .post(`/api/v1/matches/${pairD!.matchId}/end`)
          .set(t.auth(lead.token))
          .send({ outcome: 'ended', reason: 'Fikk jobb i Bodø' });
        expect(ended.status).toBe(200);
        pairD!.endedOn = ended.body.endedOn as string;
        pairD!.active = false;
      }
      if (day === '2027-04-01') {
        const moved = DateTime.fromJSDate(midway.startsAt).plus({ days: 7 });
        const res = await t.http
          .patch(`/api/v1/gatherings/${midway.id}`)
          .set(t.auth(lead.token))
          .send({ startsAt: moved.toISO(), endsAt: moved.plus({ hours: 3 }).toISO() });
        expect(res.status).toBe(200);
        midway.startsAt = moved.toJSDate();
        midway.sequence += 1;
      }
      if (day === '2027-04-20') await add(menteeBody({ email: 'mentee-late@example.org' }));
      for (const p of pairs) {
        const minutes = p.schedule[d.day];
        if (minutes === undefined || day < p.startsOn || day > END || !p.active) continue;
        const res = await t.http
          .post(`/api/v1/matches/${p.matchId}/meetings`)
          .set(t.auth(lead.token))
          .send({ date: day, durationMinutes: minutes });
        expect(res.status).toBe(201);
        p.meetings.push({ date: day, durationMinutes: minutes });
      }
    }

    // What the database decided is exactly what the model expects.
    const rows = await t.db.query<{ id: string; kind: string; to: string; subject: string; period: string }[]>(
      `SELECT id, kind, to_address AS "to", subject_id AS subject, period_key AS period FROM outbox`,
    );
    expect(rows.map((r) => key(r.kind, r.to, r.subject, r.period)).sort()).toEqual([...expected].sort());

    // Every one arrives, once, with its kind in the header.
    await smtp.waitFor(rows.length, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(rows.length);
    const byMessageId = new Map<string, ReceivedEmail>();
    for (const email of smtp.received) byMessageId.set(String(email.headers.get('message-id')), email);
    expect(byMessageId.size).toBe(rows.length);
    for (const row of rows) {
      const email = byMessageId.get(`<${row.id}@localhost>`);
      expect(email?.kind).toBe(row.kind);
      expect(email?.to).toBe(row.to);
    }
    const sent = await t.db.query<{ status: string; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM outbox GROUP BY status',
    );
    expect(sent).toEqual([{ status: 'sent', n: rows.length }]);

    // Facts by hand.
    const to = (address: string) => smtp.received.filter((e) => e.to === address).map((e) => e.kind);
    const kinds = (address: string) => [...new Set(to(address))].sort();
    expect(kinds(a.mentorEmail)).toEqual(['gathering_invite', 'gathering_reminder']);
    expect(kinds('mentee-b@example.org')).toEqual(['gathering_invite', 'gathering_reminder']);
    expect(to(coordinators[3].email)).toEqual([]);
    // B never meets: a nudge every month of the programme from February, a missed minimum every month from February.
    const bKinds = to(b.mentorEmail);
    expect(bKinds.filter((k) => k === 'midmonth_nudge')).toHaveLength(8); // 15 Feb … 15 Sep
    expect(bKinds.filter((k) => k === 'minimum_missed')).toHaveLength(8); // for Jan … Aug
    // C meets once a month: never nudged, always short, escalated from March on to Sortland's two coordinators.
    expect(to(c.mentorEmail).filter((k) => k === 'midmonth_nudge')).toHaveLength(0);
    const escalationsFor = (matchId: string) =>
      rows
        .filter((r) => r.kind === 'escalation' && r.subject === matchId)
        .map((r) => `${r.to} ${r.period}`)
        .sort();
    expect(escalationsFor(b.matchId)).toHaveLength(2 * 7); // Andøy's and the both-municipalities coordinator, Feb … Aug
    expect(escalationsFor(c.matchId).filter((x) => x.startsWith(coordinators[1].email))).toEqual([]);
    // D: March (from the 10th) and April short → one escalation per Sortland coordinator, for April; none after it ended.
    expect(escalationsFor(pairD!.matchId)).toEqual(
      [`${coordinators[0].email} 2027-04`, `${coordinators[2].email} 2027-04`].sort(),
    );
    // The moved gathering: invited twice, the same UID, SEQUENCE 0 then 1; the late participant only once.
    const invites = smtp.received.filter(
      (e) => e.kind === 'gathering_invite' && e.to === a.mentorEmail && e.calendar?.includes(`gathering-${midway.id}@`),
    );
    expect(invites.map((e) => /SEQUENCE:(\d+)/.exec(e.calendar!)![1]).sort()).toEqual(['0', '1']);
    expect(
      smtp.received.filter((e) => e.to === 'mentee-late@example.org' && e.kind === 'gathering_invite'),
    ).toHaveLength(2); // the moved midway (v1) and the closing
    // No email says what kind of newcomer anyone is.
    for (const email of smtp.received) expect(email.raw).not.toMatch(/refugee|flyktning|category|kategori/i);
  }, 240_000);
});
