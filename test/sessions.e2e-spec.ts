/**
 * Console sessions and accounts, as API.md's "Sessions (for the console)" describes them: the
 * mentornett_session cookie (opaque, hashed in PostgreSQL, replaced on every refresh, a replaced
 * value presented again ends the session), idle and absolute expiry by the app's clock, logout,
 * GET/PATCH /auth/me, the password change, an admin's PATCH /users/:id revoking tokens and
 * sessions, the last enabled admin, and the escalation email in the coordinator's language with
 * a link to the pair in the console.
 */
import { createHash } from 'node:crypto';
import { parseSetCookie, type SetCookie } from 'cookie';
import { DateTime } from 'luxon';
import type { Response } from 'supertest';
import { SESSION_COOKIE } from '../src/auth/session-cookie.js';
import { ADMIN_SET_LOCK } from '../src/users/users.repository.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD, createTestApp, snapshot, type TestApp } from './support/app.js';
import { approvedPair } from './support/api.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

const T0 = '2027-03-01T08:00:00.000Z';
const minutesAfter = (base: string, minutes: number): string =>
  new Date(new Date(base).getTime() + minutes * 60_000).toISOString();

/** The session cookie a response sets, or undefined. */
function sessionCookieOf(res: Response): SetCookie | undefined {
  const header = res.headers['set-cookie'] as unknown;
  const lines = Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
  return lines.map((line) => parseSetCookie(line)).find((c) => c.name === SESSION_COOKIE);
}

function cookieValue(res: Response): string {
  const cookie = sessionCookieOf(res);
  if (!cookie?.value) throw new Error(`no session cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookie.value;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Helpers bound to one test app. */
function client(t: TestApp) {
  const login = (email: string, password = USER_PASSWORD) =>
    t.http.post('/api/v1/auth/login').send({ email, password });
  const refresh = (value?: string) => {
    const req = t.http.post('/api/v1/auth/refresh');
    return value === undefined ? req : req.set('Cookie', `${SESSION_COOKIE}=${value}`);
  };
  const me = (token: string) => t.http.get('/api/v1/auth/me').set(t.auth(token));
  /** Logs in and answers the access token and the cookie value. */
  const session = async (email: string, password = USER_PASSWORD) => {
    const res = await login(email, password);
    expect(res.status).toBe(200);
    return { token: res.body.accessToken as string, cookie: cookieValue(res) };
  };
  const endReason = async (cookie: string): Promise<string | null | undefined> => {
    const rows = await t.db.query<{ end_reason: string | null }[]>(
      `SELECT s.end_reason FROM sessions s
        WHERE s.token_hash = $1 OR s.id = (SELECT session_id FROM rotated_session_tokens WHERE token_hash = $1)`,
      [sha256(cookie)],
    );
    return rows[0]?.end_reason;
  };
  return { login, refresh, me, session, endReason };
}

describe('sessions', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    c = client(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.setNow(T0));

  it('login sets the session cookie: HttpOnly, SameSite=Strict, Path=/api/v1/auth, not Secure over http', async () => {
    const user = await t.user('lead');
    const res = await c.login(user.email);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = sessionCookieOf(res);
    expect(cookie).toEqual({
      name: SESSION_COOKIE,
      value: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as string,
      httpOnly: true,
      sameSite: 'strict',
      path: '/api/v1/auth',
      // Until the idle deadline: SESSION_IDLE_MINUTES (60) after the login.
      maxAge: 3600,
    });
    expect(Buffer.from(cookie!.value!, 'base64url')).toHaveLength(32);
    // The access token opens the API and belongs to the session.
    expect((await c.me(res.body.accessToken as string)).body).toMatchObject({ id: user.id, email: user.email });
  });

  it('stores only the SHA-256 of the cookie value, with the deadlines by the app clock', async () => {
    const user = await t.user('lead');
    const { cookie } = await c.session(user.email);
    const rows = await t.db.query<Record<string, unknown>[]>('SELECT * FROM sessions WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      token_hash: sha256(cookie),
      created_at: new Date(T0),
      refreshed_at: new Date(T0),
      idle_expires_at: new Date(minutesAfter(T0, 60)),
      expires_at: new Date(minutesAfter(T0, 12 * 60)),
      ended_at: null,
    });
    expect(await snapshot(t.db)).not.toContain(cookie);
  });

  it('refresh answers a new access token and a new cookie; a replaced value presented again ends the session', async () => {
    const user = await t.user('coordinator', ['1870']);
    const first = await c.session(user.email);
    t.setNow(minutesAfter(T0, 10));
    const refreshed = await c.refresh(first.cookie);
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers['cache-control']).toBe('no-store');
    expect(refreshed.body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: expect.objectContaining({ id: user.id, role: 'coordinator', municipalityCodes: ['1870'] }),
    });
    const second = cookieValue(refreshed);
    expect(second).not.toBe(first.cookie);
    expect(sessionCookieOf(refreshed)).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/api/v1/auth' });
    expect((await c.me(refreshed.body.accessToken as string)).status).toBe(200);

    const third = await c.refresh(second);
    expect(third.status).toBe(200);
    const newest = cookieValue(third);

    // The first value was replaced: presented again, it is a copy in someone's hands.
    const replayed = await c.refresh(first.cookie);
    expect(replayed.status).toBe(401);
    expect(sessionCookieOf(replayed)).toMatchObject({ value: '', maxAge: 0, path: '/api/v1/auth' });
    // So nobody keeps the session: the newest value and the access tokens of the session are dead too.
    expect((await c.refresh(newest)).status).toBe(401);
    expect((await c.me(third.body.accessToken as string)).status).toBe(401);
    expect((await c.me(first.token)).status).toBe(401);
    expect(await c.endReason(newest)).toBe('token_reused');
  });

  it('refresh without a cookie, with a malformed one or with an unknown one answers 401', async () => {
    for (const res of [
      await c.refresh(),
      await c.refresh('not a session'),
      await c.refresh('A'.repeat(43)),
      await t.http.post('/api/v1/auth/refresh').set('Cookie', 'other=1'),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
  });

  it('two refreshes at once with the same value: one 200, the other 401, and the session has ended', async () => {
    const user = await t.user('lead');
    for (let round = 0; round < 3; round++) {
      const { cookie } = await c.session(user.email);
      const answers = await Promise.all([c.refresh(cookie), c.refresh(cookie)]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = answers.find((r) => r.status === 200)!;
      expect((await c.refresh(cookieValue(winner))).status).toBe(401);
      expect((await c.me(winner.body.accessToken as string)).status).toBe(401);
      expect(await c.endReason(cookie)).toBe('token_reused');
    }
  });

  it('a refresh that waits for another holding the session finds its value replaced, and ends the session', async () => {
    const user = await t.user('lead');
    const { cookie } = await c.session(user.email);
    const holder = t.db.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query('SELECT id FROM sessions WHERE token_hash = $1 FOR UPDATE', [sha256(cookie)]);
      const answers = Promise.all([c.refresh(cookie), c.refresh(cookie)]);
      // Both wait for the row: the first to get it replaces the value under the second.
      await until(async () => {
        const [{ n }] = await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF s%'`,
        );
        return n === 2;
      });
      await holder.commitTransaction();
      expect((await answers).map((r) => r.status).sort()).toEqual([200, 401]);
    } finally {
      await holder.release();
    }
    expect(await c.endReason(cookie)).toBe('token_reused');
  });

  it('ends after SESSION_IDLE_MINUTES (60) without a refresh, counted from the last refresh', async () => {
    const user = await t.user('lead');
    const { cookie } = await c.session(user.email);
    t.setNow(minutesAfter(T0, 59));
    const a = await c.refresh(cookie);
    expect(a.status).toBe(200);
    t.setNow(minutesAfter(T0, 59 + 59));
    const b = await c.refresh(cookieValue(a));
    expect(b.status).toBe(200);
    t.setNow(minutesAfter(T0, 59 + 59 + 60));
    const late = await c.refresh(cookieValue(b));
    expect(late.status).toBe(401);
    expect(sessionCookieOf(late)).toMatchObject({ value: '', maxAge: 0 });
    expect(await c.endReason(cookieValue(b))).toBe('idle');
    // Ended stays ended, even with the clock turned back.
    t.setNow(minutesAfter(T0, 60));
    expect((await c.refresh(cookieValue(b))).status).toBe(401);
  });

  it('ends SESSION_MAX_HOURS (12) after the login, however often it was refreshed', async () => {
    const user = await t.user('lead');
    let { cookie } = await c.session(user.email);
    for (let minute = 50; minute < 12 * 60; minute += 50) {
      t.setNow(minutesAfter(T0, minute));
      const res = await c.refresh(cookie);
      expect({ minute, status: res.status }).toEqual({ minute, status: 200 });
      cookie = cookieValue(res);
      // The cookie lives until the nearer deadline: the idle one, then (in the last hour) the absolute one.
      expect(sessionCookieOf(res)?.maxAge).toBe(Math.min(60, 12 * 60 - minute) * 60);
    }
    t.setNow(minutesAfter(T0, 12 * 60));
    expect((await c.refresh(cookie)).status).toBe(401);
    expect(await c.endReason(cookie)).toBe('expired');
  });

  it('logout ends the session, clears the cookie, and the session access token stops working', async () => {
    const user = await t.user('coordinator', ['1866']);
    const { token, cookie } = await c.session(user.email);
    const res = await t.http
      .post('/api/v1/auth/logout')
      .set('Cookie', `${SESSION_COOKIE}=${cookie}`)
      .set(t.auth(token));
    expect(res.status).toBe(204);
    expect(sessionCookieOf(res)).toEqual({
      name: SESSION_COOKIE,
      value: '',
      maxAge: 0,
      expires: new Date(0),
      path: '/api/v1/auth',
      httpOnly: true,
      sameSite: 'strict',
    });
    expect((await c.refresh(cookie)).status).toBe(401);
    expect((await c.me(token)).status).toBe(401);
    expect(await c.endReason(cookie)).toBe('logout');
  });

  it('logout with only the bearer token ends its session; with nothing, it answers 204 and clears the cookie', async () => {
    const user = await t.user('lead');
    const { token, cookie } = await c.session(user.email);
    expect((await t.http.post('/api/v1/auth/logout').set(t.auth(token))).status).toBe(204);
    expect((await c.refresh(cookie)).status).toBe(401);
    const before = await snapshot(t.db);
    const nothing = await t.http.post('/api/v1/auth/logout');
    expect(nothing.status).toBe(204);
    expect(sessionCookieOf(nothing)).toMatchObject({ value: '', maxAge: 0 });
    const garbage = await t.http.post('/api/v1/auth/logout').set('Authorization', 'Bearer x.y.z');
    expect(garbage.status).toBe(204);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('the session cookie is Secure when PUBLIC_URL is https', async () => {
    const secure = await createTestApp({ RUN_WORKERS: 'false', PUBLIC_URL: 'https://mentor.example.no' });
    try {
      const user = await secure.user('lead');
      const res = await client(secure).login(user.email);
      expect(sessionCookieOf(res)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'strict' });
      const out = await secure.http.post('/api/v1/auth/logout');
      expect(sessionCookieOf(out)).toMatchObject({ secure: true, maxAge: 0 });
    } finally {
      await secure.close();
    }
  });
});

describe('the account: GET and PATCH /auth/me, POST /auth/password', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    c = client(t);
    t.setNow(T0);
  });
  afterAll(() => t.close());

  it('GET /auth/me answers the caller, whatever the role', async () => {
    for (const [role, codes] of [
      ['admin', []],
      ['lead', []],
      ['coordinator', ['1870', '1866']],
    ] as const) {
      const user = await t.user(role, [...codes]);
      const res = await c.me(user.token);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        id: user.id,
        email: user.email,
        name: expect.any(String),
        role,
        municipalityCodes: [...codes].sort(),
        preferredLanguage: 'nb',
        disabled: false,
        createdAt: expect.any(String),
      });
    }
  });

  it('PATCH /auth/me changes the name and the language, and nothing else; the token stays good', async () => {
    const user = await t.user('coordinator', ['1870']);
    const res = await t.http
      .patch('/api/v1/auth/me')
      .set(t.auth(user.token))
      .send({ name: '  Kari Koordinator ', preferredLanguage: 'nn' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Kari Koordinator', preferredLanguage: 'nn', role: 'coordinator' });
    expect((await c.me(user.token)).body).toMatchObject({ name: 'Kari Koordinator', preferredLanguage: 'nn' });
    const en = await t.http.patch('/api/v1/auth/me').set(t.auth(user.token)).send({ preferredLanguage: 'en' });
    expect(en.body).toMatchObject({ name: 'Kari Koordinator', preferredLanguage: 'en' });
  });

  it.each([
    [{ preferredLanguage: 'de' }, 'preferredLanguage'],
    [{ preferredLanguage: 'NN' }, 'preferredLanguage'],
    [{ preferredLanguage: null }, 'preferredLanguage'],
    [{ name: '' }, 'name'],
    [{ name: null }, 'name'],
    [{ role: 'admin' }, 'role'],
    [{ municipalityCodes: ['1866'] }, 'municipalityCodes'],
    [{ disabled: true }, 'disabled'],
  ])('PATCH /auth/me %j is a 400 naming %s, and changes nothing', async (body, field) => {
    const user = await t.user('coordinator', ['1870']);
    const before = await snapshot(t.db);
    const res = await t.http.patch('/api/v1/auth/me').set(t.auth(user.token)).send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('POST /auth/password changes the password and ends the other sessions; this one stays', async () => {
    const user = await t.user('lead');
    const here = await c.session(user.email);
    const elsewhere = await c.session(user.email);
    const res = await t.http
      .post('/api/v1/auth/password')
      .set(t.auth(here.token))
      .set('Cookie', `${SESSION_COOKIE}=${here.cookie}`)
      .send({ currentPassword: USER_PASSWORD, newPassword: 'a brand new password' });
    expect(res.status).toBe(204);
    // The other session and its access token are over.
    expect((await c.refresh(elsewhere.cookie)).status).toBe(401);
    expect((await c.me(elsewhere.token)).status).toBe(401);
    expect(await c.endReason(elsewhere.cookie)).toBe('password_changed');
    // This one goes on.
    expect((await c.me(here.token)).status).toBe(200);
    expect((await c.refresh(here.cookie)).status).toBe(200);
    // The old password no longer logs in; the new one does.
    expect((await c.login(user.email)).status).toBe(401);
    expect((await c.login(user.email, 'a brand new password')).status).toBe(200);
  });

  it('POST /auth/password without the cookie keeps the session of the access token', async () => {
    const user = await t.user('lead');
    const here = await c.session(user.email);
    const elsewhere = await c.session(user.email);
    const res = await t.http
      .post('/api/v1/auth/password')
      .set(t.auth(here.token))
      .send({ currentPassword: USER_PASSWORD, newPassword: 'another new password' });
    expect(res.status).toBe(204);
    expect((await c.refresh(here.cookie)).status).toBe(200);
    expect((await c.refresh(elsewhere.cookie)).status).toBe(401);
  });

  it('POST /auth/password with a wrong current password is a 400 naming currentPassword, and changes nothing', async () => {
    const user = await t.user('coordinator', ['1870']);
    const other = await c.session(user.email);
    const before = await snapshot(t.db);
    const res = await t.http
      .post('/api/v1/auth/password')
      .set(t.auth(user.token))
      .send({ currentPassword: 'not my password', newPassword: 'a brand new password' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('currentPassword');
    expect(await snapshot(t.db)).toBe(before);
    expect((await c.refresh(other.cookie)).status).toBe(200);
  });

  it('POST /auth/password keeps the rules of POST /users: 12 to 200 characters', async () => {
    const user = await t.user('lead');
    for (const newPassword of ['elevenchars', 'x'.repeat(201)]) {
      const res = await t.http
        .post('/api/v1/auth/password')
        .set(t.auth(user.token))
        .send({ currentPassword: USER_PASSWORD, newPassword });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('newPassword');
    }
  });
});

describe('PATCH /users/:id', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    c = client(t);
    t.setNow(T0);
    admin = await t.user('admin');
  });
  afterAll(() => t.close());

  const patch = (id: string, body: object, token = admin.token) =>
    t.http.patch(`/api/v1/users/${id}`).set(t.auth(token)).send(body);

  it.each([
    ['a change of role', 'lead', [], { role: 'coordinator', municipalityCodes: ['1870'] }],
    ['a change of municipalities', 'coordinator', ['1870'], { municipalityCodes: ['1866', '1870'] }],
    ['disabling', 'coordinator', ['1870'], { disabled: true }],
  ] as const)(
    '%s ends the user sessions, and their access tokens from before answer 401',
    async (_title, role, codes, body) => {
      const user = await t.user(role, [...codes]);
      const { token, cookie } = await c.session(user.email);
      expect((await c.me(user.token)).status).toBe(200);
      const res = await patch(user.id, body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: user.id, ...body });
      // Tokens issued before the change, in a session or not, and the session itself.
      expect((await c.me(token)).status).toBe(401);
      expect((await c.me(user.token)).status).toBe(401);
      expect((await c.refresh(cookie)).status).toBe(401);
      expect(await c.endReason(cookie)).toBe('user_changed');
      if ('disabled' in body) {
        // A disabled user cannot log in: the same answer as a wrong password.
        const refused = await c.login(user.email);
        const wrong = await c.login(user.email, 'not the password');
        expect(refused.status).toBe(401);
        expect(refused.body).toEqual(wrong.body);
        expect(sessionCookieOf(refused)).toBeUndefined();
      } else {
        // A new login carries the change.
        const fresh = await c.session(user.email);
        expect((await c.me(fresh.token)).body).toMatchObject(body);
      }
    },
  );

  it('a disabled user enabled again can log in; the tokens from before stay dead', async () => {
    const user = await t.user('lead');
    expect((await patch(user.id, { disabled: true })).body).toMatchObject({ disabled: true });
    const listed = await t.http.get('/api/v1/users').set(t.auth(admin.token));
    expect((listed.body as { id: string; disabled: boolean }[]).find((u) => u.id === user.id)?.disabled).toBe(true);
    expect((await patch(user.id, { disabled: false })).body).toMatchObject({ disabled: false });
    expect((await c.me(user.token)).status).toBe(401);
    const { token } = await c.session(user.email);
    expect((await c.me(token)).status).toBe(200);
  });

  it('a change of name alone, or a role and municipalities as they were, revokes nothing', async () => {
    const user = await t.user('coordinator', ['1870']);
    const { token, cookie } = await c.session(user.email);
    const res = await patch(user.id, { name: 'Ola Nordmann', role: 'coordinator', municipalityCodes: ['1870'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Ola Nordmann', role: 'coordinator', municipalityCodes: ['1870'] });
    expect((await c.me(token)).status).toBe(200);
    expect((await c.me(user.token)).status).toBe(200);
    expect((await c.refresh(cookie)).status).toBe(200);
  });

  it('a coordinator made a lead loses their municipalities; a lead made coordinator needs some', async () => {
    const coordinator = await t.user('coordinator', ['1870', '1866']);
    expect((await patch(coordinator.id, { role: 'lead' })).body).toMatchObject({
      role: 'lead',
      municipalityCodes: [],
    });
    const lead = await t.user('lead');
    const before = await snapshot(t.db);
    const refused = await patch(lead.id, { role: 'coordinator' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toContain('municipalityCodes');
    const notForLead = await patch(lead.id, { municipalityCodes: ['1870'] });
    expect(notForLead.status).toBe(400);
    expect(JSON.stringify(notForLead.body.message)).toContain('municipalityCodes');
    const unknown = await patch(lead.id, { role: 'coordinator', municipalityCodes: ['9999'] });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.message)).toContain('municipalityCodes');
    expect(await snapshot(t.db)).toBe(before);
  });

  it('answers 404 for a user that does not exist, and 403 to anyone but an admin', async () => {
    expect((await patch('00000000-0000-4000-8000-000000000000', { name: 'X' })).status).toBe(404);
    const lead = await t.user('lead');
    const target = await t.user('coordinator', ['1870']);
    expect((await patch(target.id, { disabled: true }, lead.token)).status).toBe(403);
  });

  it('the queue dashboard refuses a token from before a change and a disabled admin', async () => {
    const other = await t.user('admin');
    const page = () => t.http.get('/api/v1/admin/queues/api/queues');
    expect((await page().set(t.auth(other.token))).status).toBe(200);
    const basic = `Basic ${Buffer.from(`${other.email}:${USER_PASSWORD}`).toString('base64')}`;
    expect((await page().set('Authorization', basic)).status).toBe(200);
    expect((await patch(other.id, { disabled: true })).status).toBe(200);
    expect((await page().set(t.auth(other.token))).status).toBe(401);
    // The checked Basic login is remembered for a minute; the account's state is read every time.
    expect((await page().set('Authorization', basic)).status).toBe(401);
  });
});

describe('the last enabled admin', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    c = client(t);
    t.setNow(T0);
  });
  afterAll(() => t.close());

  it('cannot demote or disable themselves; with a second admin they can', async () => {
    const { token } = await c.session(ADMIN_EMAIL, ADMIN_PASSWORD);
    const self = (await c.me(token)).body as { id: string };
    const before = await snapshot(t.db);
    for (const body of [{ role: 'lead' }, { disabled: true }, { role: 'coordinator', municipalityCodes: ['1870'] }]) {
      const res = await t.http.patch(`/api/v1/users/${self.id}`).set(t.auth(token)).send(body);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, message: expect.stringContaining('admin') as string });
    }
    expect(await snapshot(t.db)).toBe(before);

    const second = await t.user('admin');
    const demoted = await t.http.patch(`/api/v1/users/${self.id}`).set(t.auth(token)).send({ role: 'lead' });
    expect(demoted.status).toBe(200);
    // Now the second is the last one.
    const res = await t.http.patch(`/api/v1/users/${second.id}`).set(t.auth(second.token)).send({ disabled: true });
    expect(res.status).toBe(409);
  });

  it('two admins demoting each other at once: one succeeds, the other is refused, one admin remains', async () => {
    const [a, b] = [await t.user('admin'), await t.user('admin')];
    // Only these two are enabled admins.
    await t.db.query(`UPDATE users SET disabled = true WHERE role = 'admin' AND id <> ALL($1)`, [[a.id, b.id]]);
    // Both requests pass the guard as admins, then wait for the lock this test holds, so they overlap for sure.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    let answers: Response[];
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [ADMIN_SET_LOCK]);
      const both = Promise.all([
        t.http.patch(`/api/v1/users/${b.id}`).set(t.auth(a.token)).send({ role: 'lead' }),
        t.http.patch(`/api/v1/users/${a.id}`).set(t.auth(b.token)).send({ disabled: true }),
      ]);
      await until(async () => {
        const [{ n }] = await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1`,
          [ADMIN_SET_LOCK],
        );
        return n === 2;
      });
      await holder.query('SELECT pg_advisory_unlock($1)', [ADMIN_SET_LOCK]);
      answers = await both;
    } finally {
      await holder.release();
    }
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled`,
    );
    expect(n).toBe(1);
  });
});

describe('escalation emails in the coordinator language, with a link to the pair in the console', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('goes to each coordinator of the mentee in nn, en or nb, and to no disabled one', async () => {
    t.setNow('2027-01-05T10:00:00Z');
    const admin = await t.user('admin');
    const coordinator = async (email: string, preferredLanguage?: string) => {
      const res = await t.http
        .post('/api/v1/users')
        .set(t.auth(admin.token))
        .send({
          email,
          name: `Koordinator ${email.split('@')[0]}`,
          password: 'a long enough password',
          role: 'coordinator',
          municipalityCodes: ['1870'],
          ...(preferredLanguage ? { preferredLanguage } : {}),
        });
      expect(res.status).toBe(201);
      return res.body as { id: string; preferredLanguage: string };
    };
    expect((await coordinator('nynorsk@example.org', 'nn')).preferredLanguage).toBe('nn');
    await coordinator('english@example.org', 'en');
    expect((await coordinator('bokmal@example.org')).preferredLanguage).toBe('nb');
    const gone = await coordinator('disabled@example.org', 'nn');
    expect(
      (await t.http.patch(`/api/v1/users/${gone.id}`).set(t.auth(admin.token)).send({ disabled: true })).status,
    ).toBe(200);
    // One who switches to nynorsk in the console gets nynorsk.
    const switcher = await t.user('coordinator', ['1870']);
    expect(
      (await t.http.patch('/api/v1/auth/me').set(t.auth(switcher.token)).send({ preferredLanguage: 'nn' })).status,
    ).toBe(200);

    const programme = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(admin.token))
      .send(programmeBody({ startDate: '2027-01-04', endDate: '2027-08-31', timezone: 'Europe/Oslo' }));
    expect(programme.status).toBe(201);
    const participants = `/api/v1/programmes/${programme.body.id}/participants`;
    const mentor = await t.http
      .post(participants)
      .set(t.auth(admin.token))
      .send(mentorBody({ email: 'mentor-nn@example.org', preferredLanguage: 'nn' }));
    const mentee = await t.http
      .post(participants)
      .set(t.auth(admin.token))
      .send(menteeBody({ municipalityCode: '1870' }));
    const pair = await approvedPair(t, admin.token, programme.body.id as string, {
      mentorId: mentor.body.id as string,
      menteeId: mentee.body.id as string,
      startsOn: '2027-01-04',
    });

    // No meeting in January or February: on 1 March the pair is escalated.
    const asOf = DateTime.fromISO('2027-03-01T09:00', { zone: 'Europe/Oslo' }).toISO()!;
    t.setNow(asOf);
    const sweep = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
    expect(sweep.status).toBe(200);
    const rows = await t.db.query<{ to: string; language: string; id: string }[]>(
      `SELECT to_address AS "to", language, id FROM outbox WHERE kind = 'escalation' ORDER BY to_address`,
    );
    expect(rows.map((r) => [r.to, r.language])).toEqual([
      ['bokmal@example.org', 'nb'],
      ['coordinator2@example.org', 'nn'],
      ['english@example.org', 'en'],
      ['nynorsk@example.org', 'nn'],
    ]);
    const [{ n }] = await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox');
    await smtp.waitFor(n);
    const escalation = (to: string) => smtp.received.find((e) => e.kind === 'escalation' && e.to === to)!;
    const link = `http://localhost:3000/pairs/${pair.id}`;

    const nn = escalation('nynorsk@example.org');
    expect(nn.subject).toBe('Eit par har ikkje nådd minstekravet to månader på rad');
    expect(nn.text).toContain('har ikkje nådd minstekravet i januar 2027 og februar 2027');
    expect(nn.text).toContain(`Sjå paret i mentornett:\n${link}`);
    expect(nn.html).toContain('<html lang="nn">');
    expect(nn.html).toContain(`href="${link}"`);
    expect(escalation('coordinator2@example.org').subject).toBe(nn.subject);

    const en = escalation('english@example.org');
    expect(en.subject).toBe('A pair has fallen short two months in a row');
    expect(en.text).toContain('fell short of the minimum in January 2027 and February 2027');
    expect(en.text).toContain(link);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(`href="${link}"`);

    const nb = escalation('bokmal@example.org');
    expect(nb.subject).toBe('Et par har ikke nådd minstekravet to måneder på rad');
    expect(nb.text).toContain(link);
    expect(smtp.received.filter((e) => e.to === 'disabled@example.org')).toEqual([]);

    // The mentor who reads nynorsk gets the missed minimum in nynorsk too.
    const missed = smtp.received.find((e) => e.kind === 'minimum_missed' && e.to === 'mentor-nn@example.org')!;
    expect(missed.subject).toBe('februar 2027: 0 av 2 møte');
    expect(missed.html).toContain('<html lang="nn">');
    expect(missed.text).toContain('Registrer møtet her (du treng ikkje logge inn)');
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
