import { JwtService } from '@nestjs/jwt';
import { UsersService } from '../src/users/users.service.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestApp, rowCounts, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '5' });
});
afterAll(() => t.close());

async function login(email: string, password: string) {
  return t.http.post('/api/v1/auth/login').send({ email, password });
}

describe('login', () => {
  it('gives the first admin (from ADMIN_EMAIL/ADMIN_PASSWORD) a token that opens the API', async () => {
    const res = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: ADMIN_EMAIL, role: 'admin', municipalityCodes: [] });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
    const me = await t.http.get('/api/v1/users').set(t.auth(res.body.accessToken as string));
    expect(me.status).toBe(200);
  });

  it('accepts the email in any case', async () => {
    expect((await login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD)).status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await login(ADMIN_EMAIL, 'not the password at all');
    const unknown = await login('nobody@example.org', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('stores passwords only as argon2id hashes', async () => {
    const [{ password_hash }] = await t.db.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM users WHERE email = $1',
      [ADMIN_EMAIL],
    );
    expect(password_hash).toMatch(/^\$argon2id\$/);
    expect(password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it('limits attempts per address and email, then answers 429 with Retry-After', async () => {
    const email = 'target@example.org';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(email, 'guess number ' + i)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await login(email, 'one more guess');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // another email from the same address is counted on its own
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });
});

describe('tokens', () => {
  it('refuses a missing, forged, expired, unknown-user or versionless token with 401', async () => {
    const jwt = new JwtService({ secret: 'another secret that is long enough!!' });
    const forged = await jwt.signAsync({ sub: '00000000-0000-4000-8000-000000000000', role: 'admin', ver: 0 });
    const admin = await t.user('admin');
    const real = new JwtService({ secret: t.config.JWT_SECRET });
    const expired = await real.signAsync({ sub: admin.id, role: 'admin', ver: 0 }, { expiresIn: -10 });
    const ghost = await real.signAsync({ sub: '00000000-0000-4000-8000-000000000000', role: 'admin', ver: 0 });
    const none = await real.signAsync({ sub: admin.id, role: 'admin', ver: 0 }, { algorithm: 'HS384' });
    // Signed with the right secret, but without the token version every token of this service carries.
    const versionless = await real.signAsync({ sub: admin.id, role: 'admin' });
    for (const header of [
      undefined,
      'Bearer',
      'Bearer x.y.z',
      'Basic abc',
      `Bearer ${forged}`,
      `Bearer ${expired}`,
      `Bearer ${ghost}`,
      `Bearer ${none}`,
      `Bearer ${versionless}`,
    ]) {
      const req = t.http.get('/api/v1/municipalities');
      const res = header ? await req.set('Authorization', header) : await req;
      expect([header, res.status]).toEqual([header, 401]);
    }
  });

  it('reads the role from the database, not from the token', async () => {
    const lead = await t.user('lead');
    const real = new JwtService({ secret: t.config.JWT_SECRET });
    const claimsAdmin = await real.signAsync(
      { sub: lead.id, role: 'admin', ver: 0 },
      { expiresIn: 900, issuer: 'mentornett', audience: 'mentornett-api' },
    );
    expect((await t.http.get('/api/v1/users').set(t.auth(claimsAdmin))).status).toBe(403);
  });
});

describe('users', () => {
  it('lets an admin create a coordinator with municipalities; the answer never carries the password', async () => {
    const admin = await t.user('admin');
    const res = await t.http
      .post('/api/v1/users')
      .set(t.auth(admin.token))
      .send({
        email: 'Kari@Sortland.example.org',
        name: 'Kari',
        password: 'a long password 123',
        role: 'coordinator',
        municipalityCodes: ['1870', '1871'],
      });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'kari@sortland.example.org',
      name: 'Kari',
      role: 'coordinator',
      municipalityCodes: ['1870', '1871'],
      preferredLanguage: 'nb',
      disabled: false,
      createdAt: expect.any(String),
    });
    const list = await t.http.get('/api/v1/users').set(t.auth(admin.token));
    expect(JSON.stringify(list.body)).not.toMatch(/password|argon2/i);
    expect((await login('kari@sortland.example.org', 'a long password 123')).body.user.municipalityCodes).toEqual([
      '1870',
      '1871',
    ]);
  });

  it('answers 409 for a second account with the same email, in any case, and changes nothing', async () => {
    const admin = await t.user('admin');
    const body = { email: 'dup@example.org', name: 'Dup', password: 'a long password 123', role: 'lead' };
    expect((await t.http.post('/api/v1/users').set(t.auth(admin.token)).send(body)).status).toBe(201);
    const before = await rowCounts(t.db);
    const again = await t.http
      .post('/api/v1/users')
      .set(t.auth(admin.token))
      .send({ ...body, email: 'DUP@example.org' });
    expect(again.status).toBe(409);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('needs municipalities for a coordinator and refuses them for others, naming the field', async () => {
    const admin = await t.user('admin');
    const base = { name: 'X', password: 'a long password 123' };
    const cases = [
      { ...base, email: 'c1@example.org', role: 'coordinator' },
      { ...base, email: 'c2@example.org', role: 'coordinator', municipalityCodes: [] },
      { ...base, email: 'c3@example.org', role: 'coordinator', municipalityCodes: ['9999'] },
      { ...base, email: 'c4@example.org', role: 'lead', municipalityCodes: ['1870'] },
    ];
    const before = await rowCounts(t.db);
    for (const body of cases) {
      const res = await t.http.post('/api/v1/users').set(t.auth(admin.token)).send(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('municipalityCodes');
    }
    expect(await rowCounts(t.db)).toEqual(before);
  });
});

describe('the first admin', () => {
  it('is created once, and never overwritten from the environment', async () => {
    const users = t.app.get(UsersService);
    await Promise.all([
      users.ensureFirstAdmin('other@example.org', 'another password!'),
      users.ensureFirstAdmin(ADMIN_EMAIL, 'x'.repeat(12)),
    ]);
    const admins = await t.db.query<{ email: string }[]>(
      `SELECT email FROM users WHERE role = 'admin' AND email !~ '^admin[0-9]+@'`,
    );
    expect(admins.map((a) => a.email)).toEqual([ADMIN_EMAIL]);
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });
});
