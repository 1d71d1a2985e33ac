import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestApp, type TestApp } from './support/app.js';

/*
 * Failed logins slow an account down: after five wrong passwords in a row it waits a minute
 * (then two, four, …) before any password is checked, the right one included; a success starts
 * the count over. An unknown email is slowed the same way, so the wait tells nothing.
 */

let t: TestApp;
let now = new Date('2027-03-01T09:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  t.setNow(now);
});
afterAll(() => t.close());

const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
  t.setNow(now);
};
const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

it('makes an account wait after five wrong passwords, the right one too, longer each time, until a success', async () => {
  for (let i = 0; i < 5; i++) expect((await login(ADMIN_EMAIL, 'wrong password 123')).status).toBe(401);
  const locked = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
  expect(locked.status).toBe(429);
  expect(Number(locked.headers['retry-after'])).toBe(60);
  expect(locked.body.errors).toEqual([expect.objectContaining({ code: 'too_many_requests' })]);

  later(61);
  // One more failure after the wait: two minutes now.
  expect((await login(ADMIN_EMAIL, 'wrong password 123')).status).toBe(401);
  const longer = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
  expect(longer.status).toBe(429);
  expect(Number(longer.headers['retry-after'])).toBe(120);

  later(121);
  expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  // The count started over: four failures pass without a wait.
  for (let i = 0; i < 4; i++) expect((await login(ADMIN_EMAIL, 'wrong password 123')).status).toBe(401);
  expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
});

it('slows an unknown email the same way', async () => {
  for (let i = 0; i < 5; i++) expect((await login('nobody@example.org', 'wrong password 123')).status).toBe(401);
  const res = await login('nobody@example.org', 'wrong password 123');
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBe(60);
});
