import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { MailProcessor } from '../src/mail/mail.processor.js';
import { MailService } from '../src/mail/mail.service.js';
import { monthlyCompliance, type MeetingRecord } from '../src/meetings/month-requirement.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type ReceivedEmail, type TestSmtpServer } from './support/smtp.js';
import { approvedPair } from './support/api.js';

/*
 * An eight-month programme played through day by day with the app's clock: the daily sweep at
 * 09:00 in Oslo, meetings logged in the evening, a late pair, a pair ended early, a gathering
 * moved, a late participant, the summer holiday (July, exempt by the programme's default rule) and
 * two pauses (one across a month's end, one covering a whole month), and the survey emails (midway,
 * closing, a follow-up). What arrives is compared, email by email, with a model of the rules
 * of API.md written here in the test (on top of the month-requirement function, tested on its
 * own), and with facts stated by hand.
 */

const ZONE = 'Europe/Oslo';
const START = '2027-01-18';
const END = '2027-09-17';
const RULES = { minMeetingsPerMonth: 2, minMeetingMinutes: 120, midMonthReminderDay: 15 };
/** The programme's exemptMonths: not given, so the default, July. */
const EXEMPT_MONTHS = [7];

interface PairState {
  name: string;
  matchId: string;
  mentorEmail: string;
  menteeEmail: string;
  menteeMunicipality: string;
  startsOn: string;
  endedOn: string | null;
  active: boolean;
  meetings: MeetingRecord[];
  /** The pair's pauses, as recorded so far. */
  pauses: { from: string; to: string }[];
  /** day of month → minutes, logged in the evening of each day of the pair's months */
  schedule: Record<number, number>;
}

interface GatheringState {
  id: string;
  kind: string;
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
      exemptMonths: EXEMPT_MONTHS,
      pauses: pair.pauses,
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
  // Surveys: on the midway and closing gatherings' day (caught up for 6 days), to the mentor and
  // the mentee of every pair active that day; 3, 6 and 12 months after a pair ended, to its mentee.
  const withinWeekOf = (first: string) => day >= first && day <= DateTime.fromISO(first).plus({ days: 6 }).toISODate()!;
  for (const g of gatherings.filter((x) => x.kind === 'midway' || x.kind === 'closing')) {
    const localDay = DateTime.fromJSDate(g.startsAt, { zone: ZONE }).toISODate()!;
    if (!withinWeekOf(localDay)) continue;
    for (const pair of pairs.filter((p) => p.startsOn <= localDay && localDay <= (p.endedOn ?? END))) {
      due.push(key(`${g.kind}_survey`, pair.mentorEmail, g.id, 'once'));
      due.push(key(`${g.kind}_survey`, pair.menteeEmail, g.id, 'once'));
    }
  }
  for (const pair of pairs) {
    const lastDay = pair.endedOn ?? END;
    for (const months of [3, 6, 12]) {
      if (withinWeekOf(DateTime.fromISO(lastDay).plus({ months }).toISODate()!)) {
        due.push(key('followup_survey', pair.menteeEmail, pair.matchId, String(months)));
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
    const pairUp = (mentorId: string, menteeId: string, startsOn?: string) =>
      approvedPair(t, lead.token, pid, { mentorId, menteeId, startsOn });
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
        menteeEmail: `mentee-${name}@example.org`,
        menteeMunicipality: municipality,
        startsOn: match.startsOn,
        endedOn: null,
        active: true,
        meetings: [],
        pauses: [],
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
    ).map((g) => ({ id: g.id, kind: g.kind, startsAt: new Date(g.startsAt), endsAt: new Date(g.endsAt), sequence: 0 }));
    expect(gatherings).toHaveLength(3);
    const midway = gatherings.find(
      (g) => g.id === (gatheringsRes.body as { id: string; kind: string }[]).find((x) => x.kind === 'midway')!.id,
    )!;

    const expected = new Set<string>();
    /** Each survey email by the day whose sweep decided it: `kind to` → the days (one, if sent once). */
    const surveyDays = new Map<string, string[]>();
    const seenSurveys = new Set<string>();
    const sweep = async (day: string) => {
      const asOf = DateTime.fromISO(`${day}T09:00`, { zone: ZONE }).toISO()!;
      t.setNow(asOf);
      const first = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
      expect(first.status).toBe(200);
      const again = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
      expect(again.status).toBe(200);
      expect(again.body.enqueued).toBe(0);
      const surveys = await t.db.query<{ id: string; kind: string; to: string }[]>(
        `SELECT id, kind::text AS kind, to_address AS "to" FROM outbox WHERE kind::text LIKE '%\\_survey'`,
      );
      for (const s of surveys.filter((x) => !seenSurveys.has(x.id))) {
        seenSurveys.add(s.id);
        surveyDays.set(`${s.kind} ${s.to}`, [...(surveyDays.get(`${s.kind} ${s.to}`) ?? []), day]);
      }
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
          menteeEmail: 'mentee-d@example.org',
          menteeMunicipality: '1870',
          startsOn: match.startsOn,
          endedOn: null,
          active: true,
          meetings: [],
          pauses: [],
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
      // C pauses for sick leave across April's end, recorded two days in; B travels for all of June.
      const pause = async (p: PairState, from: string, to: string, reason: string) => {
        const res = await t.http
          .post(`/api/v1/matches/${p.matchId}/pauses`)
          .set(t.auth(lead.token))
          .send({ from, to, reason });
        expect(res.status).toBe(201);
        p.pauses.push({ from, to });
      };
      if (day === '2027-04-22') await pause(c, '2027-04-20', '2027-05-12', 'sick_leave');
      if (day === '2027-05-25') await pause(b, '2027-06-01', '2027-06-30', 'travel');
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
    const surveys = ['closing_survey', 'midway_survey'];
    expect(kinds(a.mentorEmail)).toEqual(['gathering_invite', 'gathering_reminder', ...surveys].sort());
    expect(kinds('mentee-b@example.org')).toEqual(['gathering_invite', 'gathering_reminder', ...surveys].sort());
    // D ended on 20 May, before the moved midway gathering: no gathering survey, a follow-up on 20 August.
    expect(kinds('mentee-d@example.org')).toEqual(['followup_survey', 'gathering_invite', 'gathering_reminder']);
    expect(to(coordinators[3].email)).toEqual([]);
    // B never meets: a nudge every month of the programme from February, a missed minimum for every
    // month from January; but not for June (paused whole) nor July (the summer holiday).
    const periodsOf = (kind: string, address: string) =>
      rows
        .filter((r) => r.kind === kind && r.to === address)
        .map((r) => r.period)
        .sort();
    expect(periodsOf('midmonth_nudge', b.mentorEmail)).toEqual([
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-08',
      '2027-09',
    ]);
    expect(periodsOf('minimum_missed', b.mentorEmail)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-08',
    ]);
    // Nobody is nudged or told of a missed minimum for July.
    expect(rows.filter((r) => r.period === '2027-07')).toEqual([]);
    // C meets once a month: never nudged, always short, escalated from March on to Sortland's two coordinators.
    expect(to(c.mentorEmail).filter((k) => k === 'midmonth_nudge')).toHaveLength(0);
    const escalationsFor = (matchId: string) =>
      rows
        .filter((r) => r.kind === 'escalation' && r.subject === matchId)
        .map((r) => `${r.to} ${r.period}`)
        .sort();
    // B: Andøy's and the both-municipalities coordinator, for February … May; June (paused) and July
    // (exempt) required nothing, so August missed alone escalates nothing.
    expect(escalationsFor(b.matchId)).toEqual(
      [coordinators[1].email, coordinators[2].email]
        .flatMap((email) => ['2027-02', '2027-03', '2027-04', '2027-05'].map((m) => `${email} ${m}`))
        .sort(),
    );
    // C: short in January (1 required), February and March; April and May, with the pause, require
    // one meeting each (2 × 19/30 and 2 × 19/31 → 1), which C holds: escalated for February and March only.
    expect(escalationsFor(c.matchId)).toEqual(
      [coordinators[0].email, coordinators[2].email]
        .flatMap((email) => ['2027-02', '2027-03'].map((m) => `${email} ${m}`))
        .sort(),
    );
    expect(periodsOf('minimum_missed', c.mentorEmail)).toEqual(['2027-01', '2027-02', '2027-03', '2027-06', '2027-08']);
    // D: March (from the 10th) and April short → one escalation per Sortland coordinator, for April; none after it ended.
    expect(escalationsFor(pairD!.matchId)).toEqual(
      [`${coordinators[0].email} 2027-04`, `${coordinators[2].email} 2027-04`].sort(),
    );
    // Surveys, by hand: the midway one on the day of the moved midway gathering (the middle day,
    // 19 May, moved a week on), the closing one on the programme's last day, to the mentor and the
    // mentee of the three pairs active then (D had ended; the late mentee was never paired), once
    // each; D's mentee the 3-month follow-up on 20 August, three months after D ended (the others'
    // fall after the run). No other survey email, and none sent twice.
    const surveyPeople = [a, b, c].flatMap((p) => [p.mentorEmail, p.menteeEmail]);
    expect(Object.fromEntries(surveyDays)).toEqual({
      ...Object.fromEntries(surveyPeople.map((to) => [`midway_survey ${to}`, ['2027-05-26']])),
      ...Object.fromEntries(surveyPeople.map((to) => [`closing_survey ${to}`, ['2027-09-17']])),
      'followup_survey mentee-d@example.org': ['2027-08-20'],
    });
    expect(rows.filter((r) => r.kind.endsWith('_survey'))).toHaveLength(13);
    expect(rows.filter((r) => r.kind === 'followup_survey').map((r) => [r.subject, r.period])).toEqual([
      [pairD!.matchId, '3'],
    ]);
    for (const email of smtp.received.filter((e) => e.kind.endsWith('_survey'))) {
      expect(email.text).toMatch(/http:\/\/localhost:3000\/api\/v1\/survey\/[\w-]+\.[\w-]+/);
    }
    // The moved gathering: invited twice, the same UID, SEQUENCE 0 then 1; the late participant only once.
    const invites = smtp.received.filter(
      (e) => e.kind === 'gathering_invite' && e.to === a.mentorEmail && e.calendar?.includes(`gathering-${midway.id}@`),
    );
    expect(invites.map((e) => /SEQUENCE:(\d+)/.exec(e.calendar!)![1]).sort()).toEqual(['0', '1']);
    expect(
      smtp.received.filter((e) => e.to === 'mentee-late@example.org' && e.kind === 'gathering_invite'),
    ).toHaveLength(2); // the moved midway (v1) and the closing
    // Every email has a text and an HTML part, in the recipient's language; every mentor reminder
    // carries a signed link that opens the meeting form for that pair.
    for (const email of smtp.received) {
      expect(email.text.length).toBeGreaterThan(50);
      expect(email.html).toContain('<html lang=');
    }
    const reminders = smtp.received.filter((e) => e.kind === 'midmonth_nudge' || e.kind === 'minimum_missed');
    expect(reminders.length).toBeGreaterThan(0);
    for (const email of reminders) expect(email.text).toMatch(/http:\/\/localhost:3000\/api\/v1\/log\/[\w-]+\.[\w-]+/);
    const bNudge = smtp.received.find((e) => e.to === b.mentorEmail && e.kind === 'midmonth_nudge')!;
    expect(bNudge.subject).toMatch(/^Have you met in/);
    expect(bNudge.html).toContain('<html lang="en">');
    const cMissed = smtp.received.filter((e) => e.to === c.mentorEmail && e.kind === 'minimum_missed').at(-1)!;
    expect(cMissed.subject).toMatch(/møter$/);
    // the last one (1 September, for August) still opens the form; links live 45 days
    t.setNow('2027-09-02T10:00:00Z');
    const linkPath = new URL(/http\S+\/api\/v1\/log\/\S+/.exec(cMissed.text)![0]).pathname;
    const form = await t.http.get(linkPath);
    expect(form.status).toBe(200);
    expect(form.text).toContain('<html lang="nb">');
    // No email says what kind of newcomer anyone is.
    for (const email of smtp.received) expect(email.raw).not.toMatch(/refugee|flyktning|category|kategori/i);
  }, 240_000);
});

/** A programme whose three gatherings are ahead, with `people` participants: one sweep decides 3 × people invitations. */
async function programmeWithPeople(t: TestApp, token: string, emails: string[]): Promise<string> {
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(token))
    .send(programmeBody({ startDate: START, endDate: END }));
  expect(programme.status).toBe(201);
  for (const email of emails) {
    const res = await t.http
      .post(`/api/v1/programmes/${programme.body.id}/participants`)
      .set(t.auth(token))
      .send(menteeBody({ email }));
    expect(res.status).toBe(201);
  }
  return programme.body.id as string;
}

async function outbox(
  t: TestApp,
): Promise<{ id: string; to: string; status: string; attempts: number; last_error: string | null }[]> {
  return t.db.query(`SELECT id, to_address AS "to", status, attempts, last_error FROM outbox ORDER BY id`);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const arrivalsPerMessageId = (smtp: TestSmtpServer) => {
  const counts = new Map<string, number>();
  for (const email of smtp.received) {
    const id = String(email.headers.get('message-id'));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
};

describe('delivery when the SMTP server fails', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: { token: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_ATTEMPTS: '12', MAIL_BACKOFF_MS: '20' });
    admin = await t.user('admin');
    t.setNow('2027-01-05T10:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    smtp.refusals.length = 0;
    smtp.behaviour.rcpt = undefined;
    await t.db.query('DELETE FROM programmes');
  });

  it('retries through a stretch of 421 answers and delivers every email once', async () => {
    const emails = Array.from({ length: 5 }, (_, i) => `busy${i}@example.org`);
    await programmeWithPeople(t, admin.token, emails);
    smtp.behaviour.rcpt = () => 421;
    const run = await t.http
      .post('/api/v1/admin/reminders/run')
      .set(t.auth(admin.token))
      .send({ asOf: '2027-01-05T09:00:00+01:00' });
    expect(run.body.enqueued).toBe(15);
    // every email has been refused at least twice before the server recovers
    await until(async () => (await outbox(t)).every((r) => r.attempts >= 2));
    const during = await outbox(t);
    expect(during.every((r) => r.status === 'pending' && /SMTP 421/.test(r.last_error ?? ''))).toBe(true);
    smtp.behaviour.rcpt = undefined;
    await smtp.waitFor(15);
    await until(async () => (await outbox(t)).every((r) => r.status === 'sent'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = arrivalsPerMessageId(smtp);
    expect(counts.size).toBe(15);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await outbox(t)).every((r) => r.last_error === null)).toBe(true);
  });

  it('gives up at once on a 550 for one address, and the others are not held up', async () => {
    const emails = ['gone@example.org', 'here1@example.org', 'here2@example.org'];
    await programmeWithPeople(t, admin.token, emails);
    smtp.behaviour.rcpt = (address) => (address === 'gone@example.org' ? 550 : null);
    const run = await t.http
      .post('/api/v1/admin/reminders/run')
      .set(t.auth(admin.token))
      .send({ asOf: '2027-01-05T09:00:00+01:00' });
    expect(run.body.enqueued).toBe(9);
    await smtp.waitFor(6);
    await until(async () => (await outbox(t)).every((r) => r.status !== 'pending'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await outbox(t);
    const gone = rows.filter((r) => r.to === 'gone@example.org');
    expect(gone).toHaveLength(3);
    for (const row of gone) {
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row.last_error).toMatch(/^SMTP 550/);
    }
    expect(smtp.refusals.filter((r) => r.to === 'gone@example.org')).toHaveLength(3);
    expect(rows.filter((r) => r.to !== 'gone@example.org').every((r) => r.status === 'sent')).toBe(true);
    expect(smtp.received.map((e) => e.to).sort()).toEqual([
      ...Array(3).fill('here1@example.org'),
      ...Array(3).fill('here2@example.org'),
    ]);
    // the admin sees what failed and why
    const failed = await t.http.get('/api/v1/admin/outbox?status=failed').set(t.auth(admin.token));
    expect(failed.status).toBe(200);
    expect(failed.body).toHaveLength(3);
    expect(failed.body[0]).toMatchObject({
      kind: 'gathering_invite',
      to: 'gone@example.org',
      status: 'failed',
      attempts: 1,
    });
    expect(failed.body[0].lastError).toMatch(/^SMTP 550/);
    // a later sweep does not try a failed email again
    const again = await t.http
      .post('/api/v1/admin/reminders/run')
      .set(t.auth(admin.token))
      .send({ asOf: '2027-01-06T09:00:00+01:00' });
    expect(again.body).toEqual({ enqueued: 0, requeued: 0 });
  });
});

describe('losing Redis between the sweep and the sends', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // no worker in this process until the test starts one, so nothing is sent before Redis is flushed
    t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
    t.setNow('2027-01-05T10:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('loses no email: the next sweep queues what is pending again, and each arrives once', async () => {
    const admin = await t.user('admin');
    await programmeWithPeople(t, admin.token, ['one@example.org', 'two@example.org']);
    const asOf = '2027-01-05T09:00:00+01:00';
    const first = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
    expect(first.body).toEqual({ enqueued: 6, requeued: 0 });
    const redis = new Redis(t.config.REDIS_URL);
    try {
      const keys = await redis.keys(`${t.config.REDIS_PREFIX}*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    t.app.get(MailProcessor).start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(0);
    const again = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
    expect(again.body).toEqual({ enqueued: 0, requeued: 6 });
    await smtp.waitFor(6);
    await until(async () => (await outbox(t)).every((r) => r.status === 'sent'));
    // a third sweep finds nothing pending, so nothing is queued twice
    const third = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
    expect(third.body).toEqual({ enqueued: 0, requeued: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = arrivalsPerMessageId(smtp);
    expect(counts.size).toBe(6);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // a job that runs once more for an email already sent (a retry after a crash) sends nothing
    for (const row of await outbox(t)) {
      expect(await t.app.get(MailService).deliver(row.id, false)).toBe('already-done');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(6);
    expect((await outbox(t)).every((r) => r.attempts === 1)).toBe(true);
  });
});

describe('an email whose recipient is gone by the time it is sent', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
    t.setNow('2027-01-05T10:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('is not sent, and the outbox says why', async () => {
    const admin = await t.user('admin');
    await programmeWithPeople(t, admin.token, ['stays@example.org', 'leaves@example.org']);
    const run = await t.http
      .post('/api/v1/admin/reminders/run')
      .set(t.auth(admin.token))
      .send({ asOf: '2027-01-05T09:00:00+01:00' });
    expect(run.body.enqueued).toBe(6);
    await t.db.query(`DELETE FROM participants WHERE email = 'leaves@example.org'`);
    t.app.get(MailProcessor).start();
    await smtp.waitFor(3);
    await until(async () => (await outbox(t)).every((r) => r.status !== 'pending'));
    const rows = await outbox(t);
    expect(rows.filter((r) => r.to === 'leaves@example.org').map((r) => [r.status, r.last_error])).toEqual(
      Array(3).fill(['failed', 'the recipient no longer exists']),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.map((e) => e.to)).toEqual(Array(3).fill('stays@example.org'));
  });
});
