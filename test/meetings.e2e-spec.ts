import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { approvedPair as approve } from './support/api.js';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

let t: TestApp;
let lead: { token: string };
let sortland: { token: string };
let andoy: { token: string };

/** The app's clock for this file: 10 March 2027, midday in Oslo. */
const NOW = '2027-03-10T11:00:00Z';

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
  andoy = await t.user('coordinator', ['1871']);
});
afterAll(() => t.close());

/** An approved pair of a programme 2027-01-18 → 2027-09-17, its mentee in Sortland (1870). */
async function approvedPair(startsOn = '2027-01-18', menteeOverrides: Record<string, unknown> = {}) {
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: '2027-01-18', endDate: '2027-09-17' }));
  expect(programme.status).toBe(201);
  const add = async (body: Record<string, unknown>) => {
    const res = await t.http
      .post(`/api/v1/programmes/${programme.body.id}/participants`)
      .set(t.auth(lead.token))
      .send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const mentorId = await add(mentorBody({ name: 'Kari Nordmann' }));
  const menteeId = await add(menteeBody({ name: 'Amina Yusuf', ...menteeOverrides }));
  const match = await approve(t, lead.token, programme.body.id as string, { mentorId, menteeId, startsOn });
  return { programmeId: programme.body.id as string, matchId: match.id, mentorId, menteeId };
}

const logMeeting = (matchId: string, body: Record<string, unknown>, token = lead.token) =>
  t.http.post(`/api/v1/matches/${matchId}/meetings`).set(t.auth(token)).send(body);

describe('meetings', () => {
  it('records a meeting of an approved pair and lists the pair’s meetings oldest first', async () => {
    const { matchId } = await approvedPair();
    const second = await logMeeting(matchId, { date: '2027-02-20', durationMinutes: 90, note: 'Kaffe på biblioteket' });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      matchId,
      date: '2027-02-20',
      durationMinutes: 90,
      note: 'Kaffe på biblioteket',
      source: 'api',
    });
    expect((await logMeeting(matchId, { date: '2027-02-03', durationMinutes: 120 })).status).toBe(201);
    const list = await t.http.get(`/api/v1/matches/${matchId}/meetings`).set(t.auth(lead.token));
    expect(list.status).toBe(200);
    expect(list.body.map((m: { date: string }) => m.date)).toEqual(['2027-02-03', '2027-02-20']);
  });

  it('takes today (in the programme’s zone) but not tomorrow, nor a day outside the programme', async () => {
    const { matchId } = await approvedPair();
    const before = await snapshot(t.db);
    for (const date of ['2027-03-11', '2027-01-17', '2027-09-18']) {
      const res = await logMeeting(matchId, { date, durationMinutes: 120 });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('date');
    }
    expect(await snapshot(t.db)).toBe(before);
    // 23:30 UTC on 10 March is already 11 March in Oslo
    t.setNow('2027-03-10T23:30:00Z');
    try {
      expect((await logMeeting(matchId, { date: '2027-03-11', durationMinutes: 120 })).status).toBe(201);
    } finally {
      t.setNow(NOW);
    }
  });

  it('takes 15 to 600 minutes', async () => {
    const { matchId } = await approvedPair();
    expect((await logMeeting(matchId, { date: '2027-03-01', durationMinutes: 15 })).status).toBe(201);
    expect((await logMeeting(matchId, { date: '2027-03-01', durationMinutes: 600 })).status).toBe(201);
    for (const durationMinutes of [14, 601, 90.5, '120', null]) {
      const res = await logMeeting(matchId, { date: '2027-03-01', durationMinutes });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('durationMinutes');
    }
  });

  it('refuses a pair that is not approved with 409, and stores nothing', async () => {
    const { matchId } = await approvedPair();
    const ended = await t.http
      .post(`/api/v1/matches/${matchId}/end`)
      .set(t.auth(lead.token))
      .send({ outcome: 'ended', reason: 'Flyttet' });
    expect(ended.status).toBe(200);
    const before = await snapshot(t.db);
    const res = await logMeeting(matchId, { date: '2027-03-01', durationMinutes: 120 });
    expect(res.status).toBe(409);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('lets a coordinator log and read only pairs of their municipalities', async () => {
    const { matchId } = await approvedPair();
    expect((await logMeeting(matchId, { date: '2027-03-01', durationMinutes: 120 }, sortland.token)).status).toBe(201);
    const before = await snapshot(t.db);
    expect((await logMeeting(matchId, { date: '2027-03-02', durationMinutes: 120 }, andoy.token)).status).toBe(404);
    expect((await t.http.get(`/api/v1/matches/${matchId}/meetings`).set(t.auth(andoy.token))).status).toBe(404);
    expect((await t.http.get(`/api/v1/matches/${matchId}/compliance`).set(t.auth(andoy.token))).status).toBe(404);
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('compliance', () => {
  it('lists each month so far against the minimum, with partial months prorated', async () => {
    // active from 18 January: January has 14 of 31 days → round(2 × 14/31 = 0.90) = 1
    const { matchId } = await approvedPair('2027-01-18');
    for (const [date, durationMinutes] of [
      ['2027-01-25', 120],
      ['2027-02-02', 150],
      ['2027-02-16', 119],
      ['2027-03-03', 120],
      ['2027-03-09', 200],
    ] as const) {
      expect((await logMeeting(matchId, { date, durationMinutes })).status).toBe(201);
    }
    const res = await t.http.get(`/api/v1/matches/${matchId}/compliance`).set(t.auth(lead.token));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        month: '2027-01',
        requiredMeetings: 1,
        qualifyingMeetings: 1,
        meetings: 1,
        minutes: 120,
        met: true,
        closed: true,
        pausedDays: 0,
        exempt: false,
      },
      {
        month: '2027-02',
        requiredMeetings: 2,
        qualifyingMeetings: 1,
        meetings: 2,
        minutes: 269,
        met: false,
        closed: true,
        pausedDays: 0,
        exempt: false,
      },
      {
        month: '2027-03',
        requiredMeetings: 2,
        qualifyingMeetings: 2,
        meetings: 2,
        minutes: 320,
        met: true,
        closed: false,
        pausedDays: 0,
        exempt: false,
      },
    ]);
  });

  it('stops at the day a pair ended', async () => {
    const { matchId } = await approvedPair('2027-02-10');
    t.setNow('2027-02-20T12:00:00Z');
    try {
      const ended = await t.http
        .post(`/api/v1/matches/${matchId}/end`)
        .set(t.auth(lead.token))
        .send({ outcome: 'ended' });
      expect(ended.body.endedOn).toBe('2027-02-20');
    } finally {
      t.setNow(NOW);
    }
    const res = await t.http.get(`/api/v1/matches/${matchId}/compliance`).set(t.auth(lead.token));
    // 10-20 February: 11 of 28 days → round(0.79) = 1; nothing after
    expect(res.body).toEqual([
      {
        month: '2027-02',
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
});

describe('compliance with pauses', () => {
  it('pro-rates the months a pause crosses, and counts the days again once it is removed', async () => {
    const { matchId } = await approvedPair('2027-01-18');
    const added = await t.http
      .post(`/api/v1/matches/${matchId}/pauses`)
      .set(t.auth(lead.token))
      .send({ from: '2027-02-15', to: '2027-03-05', reason: 'sick_leave', note: 'Operasjon' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ matchId, from: '2027-02-15', to: '2027-03-05', reason: 'sick_leave' });
    const listed = await t.http.get(`/api/v1/matches/${matchId}/pauses`).set(t.auth(lead.token));
    expect(listed.body).toEqual([added.body]);
    const months = async () =>
      (
        (await t.http.get(`/api/v1/matches/${matchId}/compliance`).set(t.auth(lead.token))).body as Record<
          string,
          unknown
        >[]
      ).map((m) => [m.month, m.requiredMeetings, m.pausedDays]);
    // February: 14 of 28 days paused, 2 × 14/28 = 1; March: 5 of 31 paused, 2 × 26/31 = 1.68 → 2.
    expect(await months()).toEqual([
      ['2027-01', 1, 0],
      ['2027-02', 1, 14],
      ['2027-03', 2, 5],
    ]);
    const overlapping = await t.http
      .post(`/api/v1/matches/${matchId}/pauses`)
      .set(t.auth(lead.token))
      .send({ from: '2027-03-05', to: '2027-03-08', reason: 'travel' });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.errors).toEqual([
      expect.objectContaining({
        field: 'from',
        code: 'pause_overlaps',
        params: { from: '2027-02-15', to: '2027-03-05' },
      }),
    ]);
    expect((await t.http.delete(`/api/v1/pauses/${added.body.id as string}`).set(t.auth(lead.token))).status).toBe(204);
    expect(await months()).toEqual([
      ['2027-01', 1, 0],
      ['2027-02', 2, 0],
      ['2027-03', 2, 0],
    ]);
    expect((await t.http.delete(`/api/v1/pauses/${added.body.id as string}`).set(t.auth(lead.token))).status).toBe(404);
  });
});

describe('signed meeting links', () => {
  const link = (matchId: string, expiresAt = new Date('2027-04-01T00:00:00Z'), secret = t.config.LINK_SECRET) =>
    `/api/v1/log/${signMeetingLink(matchId, expiresAt, secret)}`;
  const meetingsOf = async (matchId: string) =>
    (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM meetings WHERE match_id = $1', [matchId]))[0].n;

  it('shows a form in the mentor’s language on GET and records nothing', async () => {
    const { matchId } = await approvedPair();
    const page = await t.http.get(link(matchId));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).toContain('<html lang="nb">');
    expect(page.text).toContain('method="post"');
    expect(page.text).toMatch(/<label for="date">/);
    expect(page.text).toMatch(/<label for="durationMinutes">/);
    expect(page.text).toContain('Amina');
    expect(page.text).not.toContain('Yusuf');
    expect(page.text).not.toContain('<script');
    await t.http.get(link(matchId));
    expect(await meetingsOf(matchId)).toBe(0);
  });

  it('records the form’s POST once, also when the same form is sent again', async () => {
    const { matchId } = await approvedPair();
    const url = link(matchId);
    const first = await t.http.post(url).type('form').send({ date: '2027-03-08', durationMinutes: '125' });
    expect(first.status).toBe(201);
    expect(first.text).toContain('registrert');
    const again = await t.http.post(url).type('form').send({ date: '2027-03-08', durationMinutes: '125' });
    expect(again.status).toBe(200);
    const [meeting] = await t.db.query<{ date: string; duration_minutes: number; source: string }[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, duration_minutes, source FROM meetings WHERE match_id = $1`,
      [matchId],
    );
    expect(await meetingsOf(matchId)).toBe(1);
    expect(meeting).toEqual({ date: '2027-03-08', duration_minutes: 125, source: 'link' });
    // another meeting through the same link is a new meeting
    expect((await t.http.post(url).type('form').send({ date: '2027-03-09', durationMinutes: '125' })).status).toBe(201);
    expect(await meetingsOf(matchId)).toBe(2);
  });

  it('answers bad form input with the form again (400), naming what to fix, and records nothing', async () => {
    const { matchId } = await approvedPair();
    const res = await t.http.post(link(matchId)).type('form').send({ date: '2027-03-11', durationMinutes: '5' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('aria-invalid="true"');
    expect(await meetingsOf(matchId)).toBe(0);
  });

  it('refuses a tampered, expired, foreign-secret or malformed token with a 4xx page and records nothing', async () => {
    const { matchId } = await approvedPair();
    const good = signMeetingLink(matchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    const tampered = `${good.slice(0, 5)}${good[5] === 'A' ? 'B' : 'A'}${good.slice(6)}`;
    const cases: [string, number][] = [
      [`/api/v1/log/${tampered}`, 404],
      [link(matchId, new Date('2027-03-10T10:59:59Z')), 410],
      [link(matchId, new Date('2027-04-01T00:00:00Z'), 'another-secret-of-at-least-32-characters!'), 404],
      ['/api/v1/log/not-a-token', 404],
    ];
    const before = await snapshot(t.db);
    for (const [url, status] of cases) {
      const get = await t.http.get(url);
      expect(get.status).toBe(status);
      expect(get.headers['content-type']).toMatch(/^text\/html/);
      const post = await t.http.post(url).type('form').send({ date: '2027-03-08', durationMinutes: '120' });
      expect(post.status).toBe(status);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it("cannot record for another pair: a token names one match, and the other's is untouched", async () => {
    const mine = await approvedPair();
    const theirs = await approvedPair();
    const mineToken = signMeetingLink(mine.matchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    const theirsToken = signMeetingLink(theirs.matchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    const spliced = `${theirsToken.split('.')[0]}.${mineToken.split('.')[1]}`;
    const res = await t.http
      .post(`/api/v1/log/${spliced}`)
      .type('form')
      .send({ date: '2027-03-08', durationMinutes: '120' });
    expect(res.status).toBe(404);
    expect(await meetingsOf(theirs.matchId)).toBe(0);
    expect(await meetingsOf(mine.matchId)).toBe(0);
  });

  it('refuses a pair that has ended with 409 and records nothing', async () => {
    const { matchId } = await approvedPair();
    await t.http.post(`/api/v1/matches/${matchId}/end`).set(t.auth(lead.token)).send({ outcome: 'completed' });
    const res = await t.http.post(link(matchId)).type('form').send({ date: '2027-03-08', durationMinutes: '120' });
    expect(res.status).toBe(409);
    expect(await meetingsOf(matchId)).toBe(0);
  });

  it('speaks English to a mentor who prefers another language than bokmål and English', async () => {
    const programme = await approvedPair();
    await t.db.query(`UPDATE participants SET preferred_language = 'so' WHERE id = $1`, [programme.mentorId]);
    const page = await t.http.get(link(programme.matchId));
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('Log a meeting');
  });
});

describe('the signed-link pages under a flood', () => {
  it('answer 429 with a page once an address passes the limit, and record nothing then', async () => {
    const limited = await createTestApp({ LINK_RATE_LIMIT: '3' });
    try {
      limited.setNow(NOW);
      const token = signMeetingLink(
        '0b9f4a3e-5c1d-4e2f-8a7b-112233445566',
        new Date('2027-04-01T00:00:00Z'),
        limited.config.LINK_SECRET,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.http.get(`/api/v1/log/${token}`)).status);
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
      const refused = await limited.http
        .post(`/api/v1/log/${token}`)
        .type('form')
        .send({ date: '2027-03-01', durationMinutes: '120' });
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.headers['content-type']).toMatch(/^text\/html/);
    } finally {
      await limited.close();
    }
  });
});
