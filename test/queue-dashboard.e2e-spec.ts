import { parseCookie } from 'cookie';
import type { Response } from 'supertest';
import { DASHBOARD_COOKIE } from '../src/auth/dashboard-cookie.js';
import { SESSION_COOKIE } from '../src/auth/session-cookie.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD, createTestApp, type TestApp } from './support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

describe('the queue dashboard at /api/v1/admin/queues', () => {
  it('asks a browser for a login, and shows nothing without one', async () => {
    const res = await t.http.get('/api/v1/admin/queues');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect((await t.http.get('/api/v1/admin/queues/api/queues')).status).toBe(401);
  });

  it('is refused to a lead and a coordinator, even with a valid token', async () => {
    for (const role of ['lead', 'coordinator'] as const) {
      const user = await t.user(role, role === 'coordinator' ? ['1870'] : []);
      expect((await t.http.get('/api/v1/admin/queues/api/queues').set(t.auth(user.token))).status).toBe(403);
    }
  });

  it('shows an admin the mail, reminder and audit queues, by bearer token or by email and password', async () => {
    const admin = await t.user('admin');
    const page = await t.http.get('/api/v1/admin/queues').set(t.auth(admin.token));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const queues = await t.http
      .get('/api/v1/admin/queues/api/queues')
      .set('Authorization', basic(ADMIN_EMAIL, ADMIN_PASSWORD));
    expect(queues.status).toBe(200);
    const names = (queues.body as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['audit', 'mail', 'privacy', 'reminders']);
  });

  it('refuses a wrong password and a garbled header', async () => {
    expect(
      (await t.http.get('/api/v1/admin/queues').set('Authorization', basic(ADMIN_EMAIL, 'not the password'))).status,
    ).toBe(401);
    expect((await t.http.get('/api/v1/admin/queues').set('Authorization', 'Basic !!!')).status).toBe(401);
    expect((await t.http.get('/api/v1/admin/queues').set('Authorization', 'Bearer not.a.token')).status).toBe(401);
  });
});

/** The Set-Cookie line a response gives a cookie, and its value. */
function setCookie(res: Response, name: string): { line: string; value: string } {
  const lines = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  const line = lines.find((l) => l.startsWith(`${name}=`)) ?? '';
  return { line, value: line ? (parseCookie(line.split(';')[0])[name] ?? '') : '' };
}

/** A console login: its access token (of the session) and its session cookie. */
async function consoleLogin(email: string, password: string): Promise<{ token: string; session: string }> {
  const res = await t.http.post('/api/v1/auth/login').send({ email, password });
  expect(res.status).toBe(200);
  return { token: res.body.accessToken as string, session: setCookie(res, SESSION_COOKIE).value };
}

/** The dashboard pass POST /admin/dashboard-session gives the bearer of this token. */
async function dashboardPass(token: string): Promise<string> {
  const res = await t.http.post('/api/v1/admin/dashboard-session').set(t.auth(token));
  expect(res.status).toBe(204);
  return setCookie(res, DASHBOARD_COOKIE).value;
}

const QUEUES = '/api/v1/admin/queues/api/queues';
const withPass = (pass: string) => t.http.get(QUEUES).set('Cookie', `${DASHBOARD_COOKIE}=${pass}`);

describe('the queue dashboard for a browser with a console session (POST /admin/dashboard-session)', () => {
  it('sets a short-lived HttpOnly, SameSite=Strict cookie on the dashboard path only, that opens the dashboard', async () => {
    const { token } = await consoleLogin(ADMIN_EMAIL, ADMIN_PASSWORD);
    const res = await t.http.post('/api/v1/admin/dashboard-session').set(t.auth(token));
    expect(res.status).toBe(204);
    const { line, value } = setCookie(res, DASHBOARD_COOKIE);
    expect(line).toMatch(/; Max-Age=900(;|$)/);
    expect(line).toMatch(/; Path=\/api\/v1\/admin\/queues(;|$)/);
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Strict/i);
    const queues = await withPass(value);
    expect(queues.status).toBe(200);
    expect((queues.body as { queues: { name: string }[] }).queues.map((q) => q.name).sort()).toEqual([
      'audit',
      'mail',
      'privacy',
      'reminders',
    ]);
    const page = await t.http.get('/api/v1/admin/queues').set('Cookie', `${DASHBOARD_COOKIE}=${value}`);
    expect({ status: page.status, type: page.headers['content-type'] }).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^text\/html/),
    });
  });

  it('is refused to a lead and a coordinator, and to no token', async () => {
    for (const role of ['lead', 'coordinator'] as const) {
      const user = await t.user(role, role === 'coordinator' ? ['1870'] : []);
      const { token } = await consoleLogin(user.email, USER_PASSWORD);
      const res = await t.http.post('/api/v1/admin/dashboard-session').set(t.auth(token));
      expect({ status: res.status, cookie: setCookie(res, DASHBOARD_COOKIE).line }).toEqual({
        status: 403,
        cookie: '',
      });
    }
    const anonymous = await t.http.post('/api/v1/admin/dashboard-session');
    expect({ status: anonymous.status, cookie: setCookie(anonymous, DASHBOARD_COOKIE).line }).toEqual({
      status: 401,
      cookie: '',
    });
  });

  it('stops working when the console session ends (logout), while Basic still works', async () => {
    const { token, session } = await consoleLogin(ADMIN_EMAIL, ADMIN_PASSWORD);
    const pass = await dashboardPass(token);
    expect((await withPass(pass)).status).toBe(200);
    const logout = await t.http.post('/api/v1/auth/logout').set('Cookie', `${SESSION_COOKIE}=${session}`);
    expect(logout.status).toBe(204);
    const after = await withPass(pass);
    expect(after.status).toBe(401);
    expect(after.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect((await t.http.get(QUEUES).set('Authorization', basic(ADMIN_EMAIL, ADMIN_PASSWORD))).status).toBe(200);
  });

  it('stops working when the admin is made a lead, or disabled', async () => {
    const root = await consoleLogin(ADMIN_EMAIL, ADMIN_PASSWORD);
    for (const change of [{ role: 'lead' }, { disabled: true }]) {
      const admin = await t.user('admin');
      const { token } = await consoleLogin(admin.email, USER_PASSWORD);
      const pass = await dashboardPass(token);
      expect((await withPass(pass)).status).toBe(200);
      const patched = await t.http.patch(`/api/v1/users/${admin.id}`).set(t.auth(root.token)).send(change);
      expect(patched.status).toBe(200);
      expect((await withPass(pass)).status).toBe(401);
    }
  });

  it('refuses a pass after its 15 minutes, and a forged one', async () => {
    const { token } = await consoleLogin(ADMIN_EMAIL, ADMIN_PASSWORD);
    const pass = await dashboardPass(token);
    t.setNow(new Date(Date.now() + 16 * 60_000));
    try {
      expect((await withPass(pass)).status).toBe(401);
    } finally {
      t.setNow(new Date());
    }
    const forged = `${pass.slice(0, 10)}${pass[10] === 'A' ? 'B' : 'A'}${pass.slice(11)}`;
    expect((await withPass(forged)).status).toBe(401);
    expect((await withPass(pass)).status).toBe(200);
  });
});
