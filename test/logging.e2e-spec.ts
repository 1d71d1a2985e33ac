import { createTestApp, ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './support/app.js';
import { menteeBody, programmeBody } from './support/factories.js';

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOG_LEVEL: 'debug' }, { write: (line: string) => void lines.push(line) });
});
afterAll(() => t.close());

it('logs each request with its id, and never a name, an email, a password or a token', async () => {
  const login = await t.http.post('/api/v1/auth/login').send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const token = login.body.accessToken as string;
  await t.http.post('/api/v1/auth/login').send({ email: 'guess@example.org', password: 'wrong password' });
  const programme = await t.http.post('/api/v1/programmes').set(t.auth(token)).send(programmeBody());
  const mentee = menteeBody({ name: 'Tigist Bekele', email: 'tigist.bekele@example.org', phone: '+47 912 34 567' });
  const created = await t.http
    .post(`/api/v1/programmes/${programme.body.id}/participants`)
    .set(t.auth(token))
    .send(mentee);
  expect(created.status).toBe(201);
  await t.http.get(`/api/v1/programmes/${programme.body.id}/participants?limit=5`).set(t.auth(token));

  const log = lines.join('');
  const requests = lines.map((l) => JSON.parse(l) as { req?: { id: string; path: string } }).filter((l) => l.req);
  expect(requests.map((l) => l.req?.path)).toEqual(
    expect.arrayContaining(['/api/v1/auth/login', `/api/v1/programmes/${programme.body.id}/participants`]),
  );
  expect(requests.every((l) => typeof l.req?.id === 'string' && l.req.id.length > 0)).toBe(true);
  for (const secret of [
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    'guess@example.org',
    'wrong password',
    token,
    'Tigist',
    'tigist.bekele',
    '912 34 567',
    'limit=5',
  ]) {
    expect([secret, log.includes(secret)]).toEqual([secret, false]);
  }
});
