import { createTestApp, USER_PASSWORD, type TestApp } from './support/app.js';

/* A new password must not be easy to guess: 12 characters are not enough when they are "password1234". */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const users = async () => (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users'))[0].n;

it('refuses a common password for a new user, naming the field, and creates no one', async () => {
  const admin = await t.user('admin');
  const before = await users();
  for (const password of ['password1234', 'qwertyuiop12', 'anna.hansen@sortland.kommune.no']) {
    const res = await t.http
      .post('/api/v1/users')
      .set(t.auth(admin.token))
      .send({ email: 'anna.hansen@sortland.kommune.no', name: 'Anna Hansen', password, role: 'lead' });
    expect([password, res.status]).toEqual([password, 400]);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password', code: 'password_too_common' })]);
  }
  expect(await users()).toBe(before);
  const strong = await t.http.post('/api/v1/users').set(t.auth(admin.token)).send({
    email: 'anna.hansen@sortland.kommune.no',
    name: 'Anna Hansen',
    password: 'Nordlys over Andøya!',
    role: 'lead',
  });
  expect(strong.status).toBe(201);
});

it('refuses a common new password on a change, and the old one still works', async () => {
  const lead = await t.user('lead');
  const me = await t.http.get('/api/v1/auth/me').set(t.auth(lead.token)).expect(200);
  const res = await t.http
    .post('/api/v1/auth/password')
    .set(t.auth(lead.token))
    .send({ currentPassword: USER_PASSWORD, newPassword: 'iloveyou1234' });
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'password_too_common' })]);
  const login = await t.http.post('/api/v1/auth/login').send({ email: me.body.email, password: USER_PASSWORD });
  expect(login.status).toBe(200);
});
