/**
 * Issue 14, finding 2: an access token is accepted only when it is HS256 with this service's
 * secret, names this service as issuer and its API as audience, carries an expiry that has not
 * passed and a user id that is a UUID. Anything else, however well signed, answers 401 with the
 * usual error body (never a 500), both at the API's guard and at the admin pages' gate.
 */
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestApp, type TestApp } from './support/app.js';

const ISSUER = 'mentornett';
const AUDIENCE = 'mentornett-api';

let t: TestApp;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await t.user('admin')).id;
});
afterAll(() => t.close());

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims a token of this service carries, for the admin made above. */
const claims = (overrides: Record<string, unknown> = {}) => ({ sub: adminId, role: 'admin', ver: 0, ...overrides });

/** Signs with the app's secret (or another), HS256 unless told; `exp`, `iss` and `aud` only as given. */
function sign(payload: object, options: { secret?: string; algorithm?: 'HS256' | 'HS384' | 'HS512' } = {}) {
  return new JwtService({ secret: options.secret ?? t.config.JWT_SECRET }).signAsync(payload, {
    algorithm: options.algorithm ?? 'HS256',
  });
}

/** A token that is right in every way, with some claims replaced (undefined drops one). */
function tokenWith(overrides: Record<string, unknown> = {}, options?: Parameters<typeof sign>[1]) {
  const payload: Record<string, unknown> = claims({
    iat: nowSeconds(),
    exp: nowSeconds() + 600,
    iss: ISSUER,
    aud: AUDIENCE,
    ...overrides,
  });
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return sign(payload, options);
}

const api = (token: string) => t.http.get('/api/v1/users').set('Authorization', `Bearer ${token}`);
const adminPage = (token: string) =>
  t.http.get('/api/v1/admin/queues/api/queues').set('Authorization', `Bearer ${token}`);

function expectUnauthenticated(res: Awaited<ReturnType<typeof api>>, what: string): void {
  expect([what, res.status]).toEqual([what, 401]);
  expect(res.body).toMatchObject({
    statusCode: 401,
    error: 'Unauthorized',
    message: expect.any(String),
    errors: [expect.objectContaining({ code: 'unauthenticated' })],
  });
}

describe('access tokens', () => {
  it('accepts a token that is right in every way, and signs its own with iss, aud and exp', async () => {
    expect((await api(await tokenWith())).status).toBe(200);
    expect((await adminPage(await tokenWith())).status).toBe(200);

    const login = await t.http.post('/api/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'HS256' });
    expect(payload).toMatchObject({ iss: ISSUER, aud: AUDIENCE, exp: expect.any(Number) });
    expect((await api(token)).status).toBe(200);
  });

  it.each<[string, () => Promise<string>]>([
    [
      'alg none',
      () =>
        Promise.resolve(
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(
            claims({ iat: nowSeconds(), exp: nowSeconds() + 600, iss: ISSUER, aud: AUDIENCE }),
          )}.`,
        ),
    ],
    ['a wrong key', () => tokenWith({}, { secret: 'not the secret of this service, but long enough' })],
    ['another HMAC algorithm', () => tokenWith({}, { algorithm: 'HS512' })],
    ['a wrong aud', () => tokenWith({ aud: 'some-other-api' })],
    ['a wrong iss', () => tokenWith({ iss: 'someone-else' })],
    ['no aud', () => tokenWith({ aud: undefined })],
    ['no iss', () => tokenWith({ iss: undefined })],
    ['expired', () => tokenWith({ iat: nowSeconds() - 1000, exp: nowSeconds() - 100 })],
    ['no exp', () => tokenWith({ exp: undefined })],
    ['a sub that is not a UUID', () => tokenWith({ sub: 'not-a-uuid' })],
    ['a sub that is a number', () => tokenWith({ sub: 12345 })],
    ['a sub of SQL', () => tokenWith({ sub: "' OR 1=1 --" })],
    ['a sid that is not a UUID', () => tokenWith({ sid: 'not-a-uuid' })],
    ['a ver beyond an integer column', () => tokenWith({ ver: 2 ** 40 })],
    ['a ver that is not a number', () => tokenWith({ ver: '0' })],
    ['an unknown user', () => tokenWith({ sub: randomUUID() })],
  ])('refuses a correctly built token but for %s with 401', async (what, make) => {
    const token = await make();
    expectUnauthenticated(await api(token), `${what} (API)`);
    expect([`${what} (admin page)`, (await adminPage(token)).status]).toEqual([`${what} (admin page)`, 401]);
  });
});
