import { Redis } from 'ioredis';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { approvedPair as approve } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/*
 * Issue 14, finding 5: a signed meeting link was limited per client address only. Behind a proxy
 * every mentor shares one address (one bucket for all), and one link could add any number of
 * meetings. Now each link has a bucket of its own as well (both must pass), and a link records
 * at most LINK_DAILY_MEETINGS new meetings in a programme-local day; a resent meeting stays one.
 */

let t: TestApp;
let lead: { token: string };

/** 10 March 2027, midday in Oslo. */
const NOW = '2027-03-10T11:00:00Z';
const PER_LINK = 10;

beforeAll(async () => {
  // The app sits behind a proxy: the client address is X-Forwarded-For's.
  t = await createTestApp({
    TRUST_PROXY: 'true',
    LINK_RATE_LIMIT: '1000',
    LINK_RATE_LIMIT_PER_LINK: String(PER_LINK),
    LINK_DAILY_MEETINGS: '3',
  });
  t.setNow(NOW);
  lead = await t.user('lead');
});
afterAll(() => t.close());

async function approvedPair(): Promise<string> {
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
  const mentorId = await add(mentorBody());
  const menteeId = await add(menteeBody());
  const match = await approve(t, lead.token, programme.body.id as string, {
    mentorId,
    menteeId,
    startsOn: '2027-01-18',
  });
  return match.id;
}

const tokenFor = (matchId: string, expiresAt = new Date('2027-04-01T00:00:00Z')) =>
  signMeetingLink(matchId, expiresAt, t.config.LINK_SECRET);
const meetingsOf = async (matchId: string) =>
  (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM meetings WHERE match_id = $1', [matchId]))[0].n;
let address = 0;
/** A client address no request has come from before. */
const freshAddress = () => {
  address += 1;
  return `10.1.${Math.floor(address / 250)}.${(address % 250) + 1}`;
};

describe('one signed link from many addresses', () => {
  it('answers 429 with Retry-After once the link passes its own limit, whatever the address, and records nothing then', async () => {
    const matchId = await approvedPair();
    const url = `/api/v1/log/${tokenFor(matchId)}`;
    const statuses: number[] = [];
    for (let i = 0; i < PER_LINK + 2; i++) {
      statuses.push((await t.http.get(url).set('X-Forwarded-For', freshAddress())).status);
    }
    expect(statuses).toEqual([...Array<number>(PER_LINK).fill(200), 429, 429]);
    const refused = await t.http
      .post(url)
      .set('X-Forwarded-For', freshAddress())
      .type('form')
      .send({ date: '2027-03-08', durationMinutes: '60' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(await meetingsOf(matchId)).toBe(0);
  });

  it('leaves another link alone: its own bucket is full', async () => {
    const limitedMatch = await approvedPair();
    const limited = `/api/v1/log/${tokenFor(limitedMatch)}`;
    for (let i = 0; i < PER_LINK; i++) await t.http.get(limited).set('X-Forwarded-For', '198.51.100.7');
    expect((await t.http.get(limited).set('X-Forwarded-For', '198.51.100.7')).status).toBe(429);

    // The same address, another pair's link.
    const otherMatch = await approvedPair();
    const other = `/api/v1/log/${tokenFor(otherMatch)}`;
    expect((await t.http.get(other).set('X-Forwarded-For', '198.51.100.7')).status).toBe(200);
    const recorded = await t.http
      .post(other)
      .set('X-Forwarded-For', '198.51.100.7')
      .type('form')
      .send({ date: '2027-03-08', durationMinutes: '60' });
    expect(recorded.status).toBe(201);
    expect(await meetingsOf(otherMatch)).toBe(1);
  });

  it('keys the per-link counts by a hash of the link, never by the token itself', async () => {
    const matchId = await approvedPair();
    const token = tokenFor(matchId);
    const posted = await t.http
      .post(`/api/v1/log/${token}`)
      .set('X-Forwarded-For', freshAddress())
      .type('form')
      .send({ date: '2027-03-08', durationMinutes: '60' });
    expect(posted.status).toBe(201);
    const redis = new Redis(t.config.REDIS_URL);
    try {
      const keys = await redis.keys(`${t.config.REDIS_PREFIX}*`);
      expect(keys.length).toBeGreaterThan(0);
      const [payload, mac] = token.split('.');
      for (const key of keys) {
        expect(key).not.toContain(payload);
        expect(key).not.toContain(mac);
        expect(key).not.toContain(matchId);
      }
    } finally {
      redis.disconnect();
    }
  });
});

describe('new meetings per link per day', () => {
  it('records 3 new meetings on one link in a day, refuses a 4th (429, nothing stored), takes it the next day', async () => {
    const matchId = await approvedPair();
    const url = `/api/v1/log/${tokenFor(matchId)}`;
    const post = (date: string, durationMinutes = '60') =>
      t.http.post(url).set('X-Forwarded-For', freshAddress()).type('form').send({ date, durationMinutes });
    try {
      for (const date of ['2027-03-01', '2027-03-02', '2027-03-03']) expect((await post(date)).status).toBe(201);
      expect(await meetingsOf(matchId)).toBe(3);

      const fourth = await post('2027-03-04');
      expect(fourth.status).toBe(429);
      expect(fourth.headers['content-type']).toMatch(/^text\/html/);
      expect(fourth.text).toContain('<html lang="nb">');
      expect(fourth.text).toContain('Nok møter for i dag');
      expect(await meetingsOf(matchId)).toBe(3);

      // A meeting already recorded, sent again, is still answered as recorded, and stays one.
      const again = await post('2027-03-02');
      expect(again.status).toBe(200);
      expect(await meetingsOf(matchId)).toBe(3);
      // Refused again: a refusal does not use up the next day's allowance, nor unlock today's.
      expect((await post('2027-03-05')).status).toBe(429);
      expect(await meetingsOf(matchId)).toBe(3);

      // The next day in Oslo (11 March, 00:30 local time).
      t.setNow('2027-03-10T23:30:00Z');
      expect((await post('2027-03-04')).status).toBe(201);
      expect(await meetingsOf(matchId)).toBe(4);
      const dates = await t.db.query<{ date: string }[]>(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM meetings WHERE match_id = $1 ORDER BY date`,
        [matchId],
      );
      expect(dates.map((d) => d.date)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04']);
    } finally {
      t.setNow(NOW);
    }
  });

  it('counts per link: another pair’s link on the same day is not held back', async () => {
    const full = await approvedPair();
    const fullUrl = `/api/v1/log/${tokenFor(full)}`;
    for (const date of ['2027-03-01', '2027-03-02', '2027-03-03']) {
      const res = await t.http.post(fullUrl).type('form').send({ date, durationMinutes: '45' });
      expect(res.status).toBe(201);
    }
    expect((await t.http.post(fullUrl).type('form').send({ date: '2027-03-04', durationMinutes: '45' })).status).toBe(
      429,
    );
    const other = await approvedPair();
    const res = await t.http
      .post(`/api/v1/log/${tokenFor(other)}`)
      .type('form')
      .send({ date: '2027-03-04', durationMinutes: '45' });
    expect(res.status).toBe(201);
    expect(await meetingsOf(other)).toBe(1);
  });

  it('lets only 3 of many concurrent new meetings on one link through', async () => {
    const matchId = await approvedPair();
    const url = `/api/v1/log/${tokenFor(matchId)}`;
    const dates = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06'];
    const statuses = await Promise.all(
      dates.map(async (date) => (await t.http.post(url).type('form').send({ date, durationMinutes: '30' })).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(await meetingsOf(matchId)).toBe(3);
  });
});
