import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestApp, type TestApp } from './support/app.js';

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
    expect(names).toEqual(['audit', 'mail', 'reminders']);
  });

  it('refuses a wrong password and a garbled header', async () => {
    expect(
      (await t.http.get('/api/v1/admin/queues').set('Authorization', basic(ADMIN_EMAIL, 'not the password'))).status,
    ).toBe(401);
    expect((await t.http.get('/api/v1/admin/queues').set('Authorization', 'Basic !!!')).status).toBe(401);
    expect((await t.http.get('/api/v1/admin/queues').set('Authorization', 'Bearer not.a.token')).status).toBe(401);
  });
});
