/**
 * Issue 14: the second factor (TOTP). A user enrols (a secret for the app, confirmed with a code,
 * ten recovery codes shown once); from then on a password login answers only an mfaToken, and
 * POST /auth/mfa with a code of the app (each taken once) or a recovery code (each works once)
 * completes it. The mfaToken is no access token, lives five minutes by the app's clock, and wrong
 * codes count toward the account lockout. MFA_REQUIRED_ROLES makes a role enrol at its next login.
 * Codes are made here with otplib from the secret the API gave, at the app's clock.
 */
import { generate } from 'otplib';
import type { Response } from 'supertest';
import { USER_PASSWORD, createTestApp, snapshot, type TestApp } from './support/app.js';

let t: TestApp;
let now = new Date('2027-03-01T09:00:10Z');

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(now);
});
afterAll(() => t.close());

/** Moves the app's clock on. */
function later(seconds: number): void {
  now = new Date(now.getTime() + seconds * 1000);
  t.setNow(now);
}

/** The app's code for this secret at the app's clock (or `offset` seconds from it). */
const codeOf = (secret: string, offset = 0) => generate({ secret, epoch: Math.floor(now.getTime() / 1000) + offset });

const login = (email: string, password = USER_PASSWORD) => t.http.post('/api/v1/auth/login').send({ email, password });
const secondStep = (mfaToken: string, code: string) => t.http.post('/api/v1/auth/mfa').send({ mfaToken, code });

function sessionCookie(res: Response): string | undefined {
  const header = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return header.find((c) => c.startsWith('mentornett_session=') && !c.startsWith('mentornett_session=;'));
}

/** A coordinator with a confirmed second factor: their secret and recovery codes. */
async function enrolled(): Promise<{
  id: string;
  email: string;
  token: string;
  secret: string;
  recoveryCodes: string[];
}> {
  const user = await t.user('coordinator', ['1870']);
  const enrol = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(user.token));
  expect(enrol.status).toBe(200);
  const secret = enrol.body.secret as string;
  const confirm = await t.http
    .post('/api/v1/auth/mfa/confirm')
    .set(t.auth(user.token))
    .send({ code: await codeOf(secret) });
  expect(confirm.status).toBe(200);
  // The code used to confirm is taken: logins in this file start at the next time step.
  later(30);
  return {
    id: user.id,
    email: user.email,
    token: user.token,
    secret,
    recoveryCodes: confirm.body.recoveryCodes as string[],
  };
}

/** The mfaToken of a password login, which must answer mfaRequired and nothing else. */
async function mfaTokenOf(email: string): Promise<string> {
  const res = await login(email);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
  return res.body.mfaToken as string;
}

describe('enrolment', () => {
  it('gives a secret and its otpauth URI, stores the secret encrypted, and turns on with a code of the app', async () => {
    const user = await t.user('lead');
    const enrol = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(user.token));
    expect(enrol.status).toBe(200);
    const { secret, otpauthUrl } = enrol.body as { secret: string; otpauthUrl: string };
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Mentornett:/);
    expect(new URL(otpauthUrl).searchParams.get('secret')).toBe(secret);
    const [row] = await t.db.query<{ secret: Buffer }[]>(
      'SELECT secret_ciphertext AS secret FROM user_second_factors WHERE user_id = $1',
      [user.id],
    );
    expect(row.secret.toString('latin1')).not.toContain(secret);

    // Until confirmed, nothing changes at login.
    expect((await login(user.email)).body).toMatchObject({ accessToken: expect.any(String) });
    const status = await t.http.get('/api/v1/auth/mfa').set(t.auth(user.token));
    expect(status.body).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const confirm = await t.http
      .post('/api/v1/auth/mfa/confirm')
      .set(t.auth(user.token))
      .send({ code: await codeOf(secret) });
    expect(confirm.status).toBe(200);
    const codes = confirm.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await t.db.query<{ codeHash: string }[]>(
      'SELECT code_hash AS "codeHash" FROM mfa_recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) expect(codes.some((c) => codeHash.includes(c))).toBe(false);

    const after = await t.http.get('/api/v1/auth/mfa').set(t.auth(user.token));
    expect(after.body).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    // Once on, neither enrolling nor confirming again is possible.
    expect((await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(user.token))).status).toBe(409);
    later(30);
    const again = await t.http
      .post('/api/v1/auth/mfa/confirm')
      .set(t.auth(user.token))
      .send({ code: await codeOf(secret) });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ code: 'mfa_not_enrolling' })]);
  });

  it('refuses a wrong code at confirmation, naming the field, and stays off', async () => {
    const user = await t.user('admin');
    const enrol = await t.http.post('/api/v1/auth/mfa/enrol').set(t.auth(user.token));
    const right = await codeOf(enrol.body.secret as string);
    const wrong = right === '000000' ? '111111' : '000000';
    const before = await snapshot(t.db);
    const res = await t.http.post('/api/v1/auth/mfa/confirm').set(t.auth(user.token)).send({ code: wrong });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'wrong_code' })]);
    expect(await snapshot(t.db)).toBe(before);
    expect((await login(user.email)).body).toMatchObject({ accessToken: expect.any(String) });
  });
});

describe('a login with a second factor', () => {
  it('answers mfaRequired with no token and no cookie, and a code of the app completes it', async () => {
    const user = await enrolled();
    const res = await login(user.email);
    expect(res.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    expect(res.body.accessToken).toBeUndefined();
    expect(sessionCookie(res)).toBeUndefined();

    const done = await secondStep(res.body.mfaToken as string, await codeOf(user.secret));
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ accessToken: expect.any(String), user: { email: user.email } });
    expect(done.body.recoveryCodes).toBeUndefined();
    expect(sessionCookie(done)).toBeDefined();
    const me = await t.http.get('/api/v1/auth/me').set(t.auth(done.body.accessToken as string));
    expect(me.status).toBe(200);
  });

  it('refuses a wrong code (401 naming code) and opens nothing; the audit records a failed login of the account', async () => {
    const user = await enrolled();
    const mfaToken = await mfaTokenOf(user.email);
    const right = await codeOf(user.secret);
    const withoutAudit = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('audit_log:'))
        .join('\n');
    const before = await snapshot(t.db);
    const res = await secondStep(mfaToken, right === '123456' ? '654321' : '123456');
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'wrong_code' })]);
    expect(sessionCookie(res)).toBeUndefined();
    expect(withoutAudit(await snapshot(t.db))).toBe(withoutAudit(before));
    const [failed] = await t.db.query<{ action: string; subject_id: string; actor_id: string | null }[]>(
      'SELECT action, subject_id, actor_id FROM audit_log ORDER BY at DESC LIMIT 1',
    );
    expect(failed).toEqual({ action: 'auth.login_failed', subject_id: user.id, actor_id: null });
    // A code from long ago is as wrong.
    expect((await secondStep(mfaToken, await codeOf(user.secret, -300))).status).toBe(401);
  });

  it('refuses a code used once already within its window, and takes the next one', async () => {
    const user = await enrolled();
    const code = await codeOf(user.secret);
    expect((await secondStep(await mfaTokenOf(user.email), code)).status).toBe(200);

    later(10);
    const reused = await secondStep(await mfaTokenOf(user.email), code);
    expect(reused.status).toBe(401);
    expect(reused.body.errors).toEqual([expect.objectContaining({ code: 'wrong_code' })]);
    // Still within the tolerance a step later, and still refused.
    later(25);
    expect((await secondStep(await mfaTokenOf(user.email), code)).status).toBe(401);
    expect((await secondStep(await mfaTokenOf(user.email), await codeOf(user.secret))).status).toBe(200);
  });

  it('takes a recovery code once (any case, with or without its hyphen) and refuses it the second time', async () => {
    const user = await enrolled();
    const [first, second] = user.recoveryCodes;
    const done = await secondStep(await mfaTokenOf(user.email), first);
    expect(done.status).toBe(200);
    expect(sessionCookie(done)).toBeDefined();

    const again = await secondStep(await mfaTokenOf(user.email), first);
    expect(again.status).toBe(401);
    expect(again.body.errors).toEqual([expect.objectContaining({ code: 'wrong_code' })]);
    expect((await secondStep(await mfaTokenOf(user.email), second.replace('-', '').toUpperCase())).status).toBe(200);
    const status = await t.http.get('/api/v1/auth/mfa').set(t.auth(user.token));
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 8 });
  });

  it('refuses the mfaToken as a bearer token, everywhere', async () => {
    const user = await enrolled();
    const mfaToken = await mfaTokenOf(user.email);
    for (const [method, path] of [
      ['get', '/api/v1/auth/me'],
      ['get', '/api/v1/auth/mfa'],
      ['post', '/api/v1/auth/mfa/enrol'],
      ['get', '/api/v1/programmes'],
    ] as const) {
      const res = await t.http[method](path).set(t.auth(mfaToken));
      expect([path, res.status]).toEqual([path, 401]);
    }
    // And an access token is no mfaToken.
    const res = await secondStep(user.token, await codeOf(user.secret));
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([expect.objectContaining({ code: 'mfa_token_invalid' })]);
  });

  it('refuses an mfaToken after five minutes by the app clock, and one that already completed a login', async () => {
    const user = await enrolled();
    const stale = await mfaTokenOf(user.email);
    later(301);
    const expired = await secondStep(stale, await codeOf(user.secret));
    expect(expired.status).toBe(401);
    expect(expired.body.errors).toEqual([expect.objectContaining({ code: 'mfa_token_invalid' })]);

    const mfaToken = await mfaTokenOf(user.email);
    expect((await secondStep(mfaToken, await codeOf(user.secret))).status).toBe(200);
    later(30);
    const used = await secondStep(mfaToken, await codeOf(user.secret));
    expect(used.status).toBe(401);
    expect(used.body.errors).toEqual([expect.objectContaining({ code: 'mfa_token_invalid' })]);
  });

  it('counts wrong codes toward the account lockout, which a right password does not reset', async () => {
    const user = await enrolled();
    const right = await codeOf(user.secret);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      // A fresh password login each time: it must not start the count over.
      expect((await secondStep(await mfaTokenOf(user.email), wrong)).status).toBe(401);
    }
    const mfaToken = await mfaTokenOf(user.email);
    expect((await secondStep(mfaToken, wrong)).status).toBe(401);
    // The fifth wrong code: the account waits a minute, the right code and the password too.
    const locked = await secondStep(mfaToken, right);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(60);
    expect((await login(user.email)).status).toBe(429);
    later(61);
    expect((await secondStep(await mfaTokenOf(user.email), await codeOf(user.secret))).status).toBe(200);
  });
});

describe('turning it off (DELETE /auth/mfa, with a code)', () => {
  it('refuses a wrong code, then with a right one turns it off so that the password alone logs in', async () => {
    const user = await enrolled();
    const right = await codeOf(user.secret);
    const before = await snapshot(t.db);
    const wrong = await t.http
      .delete('/api/v1/auth/mfa')
      .set(t.auth(user.token))
      .send({ code: right === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'wrong_code' })]);
    expect(await snapshot(t.db)).toBe(before);

    const off = await t.http.delete('/api/v1/auth/mfa').set(t.auth(user.token)).send({ code: right });
    expect(off.status).toBe(204);
    expect(
      await t.db.query('SELECT 1 FROM mfa_recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = $1', [
        user.email,
      ]),
    ).toEqual([]);
    const res = await login(user.email);
    expect(res.body).toMatchObject({ accessToken: expect.any(String) });
    expect(sessionCookie(res)).toBeDefined();
    const again = await t.http.delete('/api/v1/auth/mfa').set(t.auth(user.token)).send({ code: right });
    expect(again.status).toBe(409);
  });

  it('takes a recovery code too', async () => {
    const user = await enrolled();
    const off = await t.http.delete('/api/v1/auth/mfa').set(t.auth(user.token)).send({ code: user.recoveryCodes[3] });
    expect(off.status).toBe(204);
    expect((await login(user.email)).body).toMatchObject({ accessToken: expect.any(String) });
  });
});

describe('MFA_REQUIRED_ROLES', () => {
  let r: TestApp;
  beforeAll(async () => {
    r = await createTestApp({ MFA_REQUIRED_ROLES: 'coordinator, lead' });
    r.setNow(now);
  });
  afterAll(() => r.close());

  it('makes a coordinator without a second factor enrol at login, then completes the login with its code', async () => {
    const user = await r.user('coordinator', ['1870']);
    const loginR = (email: string) => r.http.post('/api/v1/auth/login').send({ email, password: USER_PASSWORD });
    const res = await loginR(user.email);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mfaRequired: true,
      enrolRequired: true,
      mfaToken: expect.any(String),
      secret: expect.stringMatching(/^[A-Z2-7]+$/),
      otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\//),
    });
    expect(sessionCookie(res)).toBeUndefined();
    const secret = res.body.secret as string;
    const code = await generate({ secret, epoch: Math.floor(now.getTime() / 1000) });

    const wrong = await r.http
      .post('/api/v1/auth/mfa')
      .send({ mfaToken: res.body.mfaToken, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    const done = await r.http.post('/api/v1/auth/mfa').send({ mfaToken: res.body.mfaToken, code });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ accessToken: expect.any(String), user: { email: user.email } });
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(sessionCookie(done)).toBeDefined();
    const status = await r.http.get('/api/v1/auth/mfa').set(r.auth(done.body.accessToken as string));
    expect(status.body).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });

    // From now on the usual second step, no new enrolment.
    const next = await loginR(user.email);
    expect(next.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
  });

  it('leaves an admin (not listed) logging in with the password alone', async () => {
    const admin = await r.user('admin');
    const res = await r.http.post('/api/v1/auth/login').send({ email: admin.email, password: USER_PASSWORD });
    expect(res.body).toMatchObject({ accessToken: expect.any(String) });
  });
});
