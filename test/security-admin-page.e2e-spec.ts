/**
 * Issue 14, finding 1: the queue dashboard's Basic login is rate limited before any password is
 * checked. Once an address has used up its failures, every Basic attempt answers 429 (the right
 * admin password too, and a non-admin's right password too), so the page is no password oracle;
 * a success neither adds to the count nor resets it.
 */
import { parseCookie } from 'cookie';
import { DASHBOARD_COOKIE } from '../src/auth/dashboard-cookie.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, USER_PASSWORD, createTestApp, type TestApp } from './support/app.js';

const LIMIT = 3;
const PAGE = '/api/v1/admin/queues/api/queues';

const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

let t: TestApp;

// Every request of a test comes from one address, so each test gets its own app (and count).
beforeEach(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: String(LIMIT) });
});
afterEach(() => t.close());

const attempt = (email: string, password: string) => t.http.get(PAGE).set('Authorization', basic(email, password));

async function statuses(email: string, password: string, times: number): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < times; i++) answers.push((await attempt(email, password)).status);
  return answers;
}

function expectLimited(res: Awaited<ReturnType<typeof attempt>>): void {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  expect(res.body).not.toHaveProperty('queues');
}

describe('the queue dashboard Basic login under its rate limit', () => {
  it('answers the right admin password with 429, not 200, once the limit is reached', async () => {
    expect(await statuses(ADMIN_EMAIL, 'a wrong guess', LIMIT)).toEqual(Array(LIMIT).fill(401));
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD));
    expectLimited(await attempt(ADMIN_EMAIL, 'another wrong guess'));
  });

  it("answers a non-admin's right password with 429, not 403, once the limit is reached", async () => {
    const lead = await t.user('lead');
    // Below the limit the right password of a non-admin is known and refused: 403.
    expect((await attempt(lead.email, USER_PASSWORD)).status).toBe(403);
    expect(await statuses(lead.email, 'a wrong guess', LIMIT)).toEqual(Array(LIMIT).fill(401));
    expectLimited(await attempt(lead.email, USER_PASSWORD));
  });

  it('does not reset the failure count on a success', async () => {
    expect(await statuses(ADMIN_EMAIL, 'a wrong guess', LIMIT - 1)).toEqual(Array(LIMIT - 1).fill(401));
    expect((await attempt(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    // One failure is left, not a fresh LIMIT of them.
    expect((await attempt(ADMIN_EMAIL, 'a wrong guess')).status).toBe(401);
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  it('does not count successes as failures', async () => {
    expect(await statuses(ADMIN_EMAIL, ADMIN_PASSWORD, LIMIT * 2)).toEqual(Array(LIMIT * 2).fill(200));
    expect(await statuses(ADMIN_EMAIL, 'a wrong guess', LIMIT)).toEqual(Array(LIMIT).fill(401));
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  it('writes each password check to the audit log as a login, and the polling on a checked login nothing', async () => {
    const admin = await t.db.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [ADMIN_EMAIL]);
    const rows = () =>
      t.db.query<{ action: string; actor_id: string | null; subject_id: string | null }[]>(
        `SELECT action, actor_id, subject_id FROM audit_log WHERE action LIKE 'auth.%' ORDER BY at, id`,
      );
    const before = (await rows()).length;
    expect((await attempt(ADMIN_EMAIL, 'a wrong guess')).status).toBe(401);
    expect((await attempt('nobody@example.org', 'a wrong guess')).status).toBe(401);
    expect((await attempt(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    expect((await attempt(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    expect((await rows()).slice(before)).toEqual([
      { action: 'auth.login_failed', actor_id: null, subject_id: admin[0].id },
      { action: 'auth.login_failed', actor_id: null, subject_id: null },
      { action: 'auth.login', actor_id: admin[0].id, subject_id: admin[0].id },
    ]);
  });

  it("still lets an admin's bearer token in while Basic logins from the address are limited", async () => {
    const admin = await t.user('admin');
    expect(await statuses(ADMIN_EMAIL, 'a wrong guess', LIMIT)).toEqual(Array(LIMIT).fill(401));
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD));
    expect((await t.http.get(PAGE).set(t.auth(admin.token))).status).toBe(200);
  });

  it('lets the dashboard cookie of a console session in while Basic logins are limited; a Basic header still meets the limit', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const pass = await t.http.post('/api/v1/admin/dashboard-session').set(t.auth(login.body.accessToken));
    expect(pass.status).toBe(204);
    const line = ((pass.headers['set-cookie'] as unknown as string[]) ?? []).find((l) =>
      l.startsWith(DASHBOARD_COOKIE),
    );
    const cookie = `${DASHBOARD_COOKIE}=${parseCookie((line ?? '').split(';')[0])[DASHBOARD_COOKIE]}`;
    expect(await statuses(ADMIN_EMAIL, 'a wrong guess', LIMIT)).toEqual(Array(LIMIT).fill(401));
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD));
    expect((await t.http.get(PAGE).set('Cookie', cookie)).status).toBe(200);
    // With a Basic header the header decides, and the limit comes first.
    expectLimited(await attempt(ADMIN_EMAIL, ADMIN_PASSWORD).set('Cookie', cookie));
  });
});
