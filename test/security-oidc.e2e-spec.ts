/**
 * Single sign-on (OpenID Connect) against a real provider (oidc-provider) on a local port: the
 * service's login redirects there, the provider's login and consent forms are filled in as a
 * browser would, and its answer is brought to the service's callback with real HTTP requests.
 * Only a user an admin created signs in, by a verified email; every refusal is a redirect to the
 * console's login page with a code, and opens no session.
 */
import { parseCookie } from 'cookie';
import type { Response } from 'supertest';
import { OIDC_LOGIN_COOKIE } from '../src/auth/oidc/oidc-login-cookie.js';
import { OIDC_CALLBACK_PATH } from '../src/auth/oidc/oidc.service.js';
import { SESSION_COOKIE } from '../src/auth/session-cookie.js';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { OIDC_CLIENT, startTestProvider, type TestProvider } from './support/oidc-provider.js';

const PUBLIC_URL = 'http://localhost:3000';
const LOGIN = '/api/v1/auth/oidc/login';

let provider: TestProvider;
let t: TestApp;
let lead: { id: string; email: string };

beforeAll(async () => {
  provider = await startTestProvider(`${PUBLIC_URL}${OIDC_CALLBACK_PATH}`);
  t = await createTestApp({
    PUBLIC_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  });
  lead = await t.user('lead');
  // The provider's people: the lead (in other letter case), a stranger, an unverified lead, a disabled user.
  provider.accounts.set('lead', { email: lead.email.toUpperCase(), email_verified: true });
  provider.accounts.set('stranger', { email: 'stranger@example.org', email_verified: true });
  provider.accounts.set('unverified', { email: lead.email, email_verified: false });
  provider.accounts.set('no-email', { email_verified: true });
});

afterAll(async () => {
  await t.close();
  await provider.close();
});

/** The value a response sets a cookie to, or undefined when it sets none (or clears it). */
function cookieSet(res: Response, name: string): string | undefined {
  const headers = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  const line = headers.find((h) => h.startsWith(`${name}=`));
  const value = line ? parseCookie(line.split(';')[0])[name] : undefined;
  return value === '' ? undefined : value;
}

function setCookieLine(res: Response, name: string): string {
  const headers = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return headers.find((h) => h.startsWith(`${name}=`)) ?? '';
}

/** Starts a sign-in at the service: the provider's authorization URL and the login cookie. */
async function startLogin(returnTo?: string): Promise<{ authorizationUrl: string; loginCookie: string }> {
  const res = await t.http.get(LOGIN).query(returnTo === undefined ? {} : { returnTo });
  expect(res.status).toBe(302);
  const authorizationUrl = String(res.headers.location);
  expect(authorizationUrl.startsWith(`${provider.issuer}/`)).toBe(true);
  const loginCookie = cookieSet(res, OIDC_LOGIN_COOKIE);
  if (!loginCookie) throw new Error('no login cookie');
  return { authorizationUrl, loginCookie };
}

/** Brings the provider's answer to the service's callback, with the browser's login cookie. */
function callback(answer: URL, loginCookie: string | null) {
  const req = t.http.get(`${answer.pathname}${answer.search}`);
  return loginCookie === null ? req : req.set('Cookie', `${OIDC_LOGIN_COOKIE}=${loginCookie}`);
}

/** A whole sign-in of `login` at the provider; the callback's response. */
async function signIn(login: string, returnTo?: string): Promise<Response> {
  const { authorizationUrl, loginCookie } = await startLogin(returnTo);
  return callback(await provider.signIn(authorizationUrl, login), loginCookie);
}

async function sessionCount(): Promise<number> {
  const [{ n }] = await t.db.query<{ n: string }[]>('SELECT count(*) AS n FROM sessions');
  return Number(n);
}

/** The callback refused with this code: to the login page, no session cookie, no session row. */
async function expectRefused(res: Response, code: string, sessionsBefore: number): Promise<void> {
  expect({ status: res.status, location: res.headers.location }).toEqual({
    status: 302,
    location: `/login?sso=${code}`,
  });
  expect(cookieSet(res, SESSION_COOKIE)).toBeUndefined();
  expect(await sessionCount()).toBe(sessionsBefore);
}

describe('single sign-on', () => {
  it('says so at GET /auth/options', async () => {
    const res = await t.http.get('/api/v1/auth/options');
    expect({ status: res.status, body: res.body as unknown }).toEqual({ status: 200, body: { oidc: true } });
  });

  it('redirects to the provider with PKCE, state and nonce, and keeps them in a sealed, short-lived cookie', async () => {
    const res = await t.http.get(LOGIN).query({ returnTo: '/stats' });
    expect(res.status).toBe(302);
    const url = new URL(String(res.headers.location));
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: OIDC_CLIENT.id,
      response_type: 'code',
      redirect_uri: `${PUBLIC_URL}${OIDC_CALLBACK_PATH}`,
      code_challenge_method: 'S256',
      scope: 'openid email',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toMatch(/^\S{20,}$/);
    const line = setCookieLine(res, OIDC_LOGIN_COOKIE);
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    expect(line).toMatch(/; Path=\/api\/v1\/auth\/oidc(;|$)/);
    expect(line).toMatch(/; Max-Age=600/);
    // Sealed: the state and nonce the browser sees in the URL are not readable in the cookie.
    const value = cookieSet(res, OIDC_LOGIN_COOKIE) ?? '';
    expect(value).not.toContain(url.searchParams.get('state'));
    expect(value).not.toContain(url.searchParams.get('nonce'));
  });

  it('signs a known user in (email in any letter case): a session whose refresh gives their access token', async () => {
    const res = await signIn('lead', '/pairs/abc?month=2027-03');
    expect({ status: res.status, location: res.headers.location }).toEqual({
      status: 302,
      location: '/pairs/abc?month=2027-03',
    });
    const line = setCookieLine(res, SESSION_COOKIE);
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Strict/i);
    expect(line).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
    // The login cookie is used up.
    expect(setCookieLine(res, OIDC_LOGIN_COOKIE)).toMatch(/Max-Age=0/);

    const refreshed = await t.http
      .post('/api/v1/auth/refresh')
      .set('Cookie', `${SESSION_COOKIE}=${cookieSet(res, SESSION_COOKIE)}`);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user).toMatchObject({ id: lead.id, email: lead.email, role: 'lead' });
    const me = await t.http.get('/api/v1/auth/me').set(t.auth(refreshed.body.accessToken));
    expect({ status: me.status, id: me.body.id as unknown }).toEqual({ status: 200, id: lead.id });
    // In the audit as any login is.
    const [login] = await t.db.query<{ actor_id: string; subject_id: string }[]>(
      `SELECT actor_id, subject_id FROM audit_log WHERE action = 'auth.login' ORDER BY at DESC LIMIT 1`,
    );
    expect(login).toEqual({ actor_id: lead.id, subject_id: lead.id });
  });

  it('refuses an email no user has, and changes nothing but the audit of a failed login naming no one', async () => {
    const { audit_log: auditBefore, ...before } = await rowCounts(t.db);
    await expectRefused(await signIn('stranger'), 'no_account', await sessionCount());
    const { audit_log: auditAfter, ...after } = await rowCounts(t.db);
    expect(after).toEqual(before);
    expect(auditAfter).toBe(auditBefore + 1);
    const [failed] = await t.db.query<{ action: string; actor_id: string | null; subject_id: string | null }[]>(
      'SELECT action, actor_id, subject_id FROM audit_log ORDER BY at DESC LIMIT 1',
    );
    expect(failed).toEqual({ action: 'auth.login_failed', actor_id: null, subject_id: null });
  });

  it('refuses an email the provider does not say is verified, and a sign-in without an email', async () => {
    const sessions = await sessionCount();
    await expectRefused(await signIn('unverified'), 'unverified', sessions);
    await expectRefused(await signIn('no-email'), 'unverified', sessions);
  });

  it('refuses a disabled user', async () => {
    const disabled = await t.user('coordinator');
    await t.db.query('UPDATE users SET disabled = true WHERE id = $1', [disabled.id]);
    provider.accounts.set('disabled', { email: disabled.email, email_verified: true });
    await expectRefused(await signIn('disabled'), 'no_account', await sessionCount());
  });

  it('refuses an answer whose state is not the one of the login cookie', async () => {
    const sessions = await sessionCount();
    const { authorizationUrl, loginCookie } = await startLogin();
    const answer = await provider.signIn(authorizationUrl, 'lead');
    answer.searchParams.set('state', 'a-state-of-someone-else-0123456789');
    await expectRefused(await callback(answer, loginCookie), 'failed', sessions);
    // Nor with the answer of another sign-in of the same browser: the cookie is for its own state.
    const other = await startLogin();
    const otherAnswer = await provider.signIn(other.authorizationUrl, 'lead');
    await expectRefused(await callback(otherAnswer, loginCookie), 'failed', sessions);
  });

  it('refuses an answer without the login cookie (another browser), or with a forged one', async () => {
    const sessions = await sessionCount();
    const { authorizationUrl, loginCookie } = await startLogin();
    const answer = await provider.signIn(authorizationUrl, 'lead');
    await expectRefused(await callback(answer, null), 'failed', sessions);
    const forged = `${loginCookie.slice(0, -4)}${loginCookie.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expectRefused(await callback(answer, forged), 'failed', sessions);
  });

  it('refuses a replayed callback: the code and the login cookie serve once', async () => {
    const { authorizationUrl, loginCookie } = await startLogin();
    const answer = await provider.signIn(authorizationUrl, 'lead');
    const first = await callback(answer, loginCookie);
    expect({ status: first.status, location: first.headers.location }).toEqual({
      status: 302,
      location: '/programmes',
    });
    expect(cookieSet(first, SESSION_COOKIE)).toBeDefined();
    const tokenRequests = provider.tokenRequests();
    await expectRefused(await callback(answer, loginCookie), 'failed', await sessionCount());
    // Refused by the service itself, not left to the provider's own check of used codes.
    expect(provider.tokenRequests()).toBe(tokenRequests);
  });

  it('refuses an ID token issued for another nonce', async () => {
    // The provider really issues a token for a different nonce: the authorization request that
    // reaches it carries the right state and code challenge, but not the login's nonce.
    const sessions = await sessionCount();
    const { authorizationUrl, loginCookie } = await startLogin();
    const tampered = new URL(authorizationUrl);
    tampered.searchParams.set('nonce', 'a-nonce-of-another-login-0123456789');
    const answer = await provider.signIn(tampered.href, 'lead');
    expect(answer.searchParams.get('state')).toBe(new URL(authorizationUrl).searchParams.get('state'));
    await expectRefused(await callback(answer, loginCookie), 'failed', sessions);
  });

  // Each with the state of its own login, so the garbled rest reaches the code's redemption.
  it.each<[string, (state: string) => string]>([
    ['no code', (state) => `?state=${state}`],
    ['an empty code', (state) => `?state=${state}&code=`],
    ['a made-up code', (state) => `?state=${state}&code=made-up`],
    ['the state twice', (state) => `?state=${state}&state=${state}&code=x`],
    ['two codes', (state) => `?state=${state}&code=x&code=y`],
    ['a huge code', (state) => `?state=${state}&code=${'x'.repeat(6000)}`],
    ['broken escapes', (state) => `?state=${state}&code=%E0%A4%A&iss=%00`],
    ['no state', () => '?code=x'],
  ])('answers a callback with %s by a redirect to the login page, never an error page', async (_, query) => {
    const sessions = await sessionCount();
    const { authorizationUrl, loginCookie } = await startLogin();
    const state = new URL(authorizationUrl).searchParams.get('state') ?? '';
    const res = await t.http
      .get(`${OIDC_CALLBACK_PATH}${query(state)}`)
      .set('Cookie', `${OIDC_LOGIN_COOKIE}=${loginCookie}`);
    await expectRefused(res, 'failed', sessions);
  });

  it('refuses when the person cancels at the provider', async () => {
    const sessions = await sessionCount();
    const { authorizationUrl, loginCookie } = await startLogin();
    const state = new URL(authorizationUrl).searchParams.get('state') ?? '';
    const answer = new URL(`${PUBLIC_URL}${OIDC_CALLBACK_PATH}`);
    answer.searchParams.set('error', 'access_denied');
    answer.searchParams.set('state', state);
    await expectRefused(await callback(answer, loginCookie), 'denied', sessions);
  });

  it.each(['https://evil.example/programmes', '//evil.example', '/\\evil.example', 'programmes'])(
    'goes to /programmes instead of returnTo=%s',
    async (returnTo) => {
      const res = await signIn('lead', returnTo);
      expect({ status: res.status, location: res.headers.location }).toEqual({
        status: 302,
        location: '/programmes',
      });
      expect(cookieSet(res, SESSION_COOKIE)).toBeDefined();
    },
  );
});

describe('single sign-on with the provider down', () => {
  let down: TestApp;
  beforeAll(async () => {
    // A port nothing listens on: the provider of a closed server.
    const gone = await startTestProvider(`${PUBLIC_URL}${OIDC_CALLBACK_PATH}`);
    await gone.close();
    down = await createTestApp({
      PUBLIC_URL,
      OIDC_ISSUER: gone.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    });
  });
  afterAll(() => down.close());

  it('redirects the login to the login page with a message, and stays up', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await down.http.get(LOGIN).query({ returnTo: '/stats' });
      expect({ status: res.status, location: res.headers.location }).toEqual({
        status: 302,
        location: '/login?sso=unavailable',
      });
      expect(cookieSet(res, OIDC_LOGIN_COOKIE)).toBeUndefined();
    }
    expect((await down.http.get('/api/v1/health')).status).toBe(200);
  });
});

describe('without single sign-on configured', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp();
  });
  afterAll(() => plain.close());

  it('answers 404 on its routes, and GET /auth/options says so', async () => {
    for (const path of [LOGIN, `${OIDC_CALLBACK_PATH}?code=x&state=y`]) {
      const res = await plain.http.get(path);
      expect({ status: res.status, body: res.body as unknown }).toMatchObject({
        status: 404,
        body: { statusCode: 404, errors: [{ code: 'not_found' }] },
      });
      expect(res.headers.location).toBeUndefined();
    }
    const options = await plain.http.get('/api/v1/auth/options');
    expect({ status: options.status, body: options.body as unknown }).toEqual({ status: 200, body: { oidc: false } });
  });
});
