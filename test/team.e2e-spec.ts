import { createTestApp, snapshot, type TestApp } from './support/app.js';

/** The newcomer team (tilflytterteam) of a municipality: people who get its emails, not users. */
let t: TestApp;
let admin: { token: string };
let lead: { token: string };
let sortland: { token: string };
let bodo: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  [admin, lead, sortland, bodo] = await Promise.all([
    t.user('admin'),
    t.user('lead'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
});
afterAll(() => t.close());

let people = 0;
function memberBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  people += 1;
  return {
    name: `Ingrid Hansen ${people}`,
    email: `team${people}@sortland.kommune.no`,
    organisation: 'Sortland kommune, voksenopplæringen',
    sector: 'municipal',
    ...overrides,
  };
}

const add = (code: string, body: object, token = sortland.token) =>
  t.http.post(`/api/v1/municipalities/${code}/team`).set(t.auth(token)).send(body);
const list = (code: string, token = sortland.token) =>
  t.http.get(`/api/v1/municipalities/${code}/team`).set(t.auth(token));
const remove = (id: string, token = sortland.token) => t.http.delete(`/api/v1/team-members/${id}`).set(t.auth(token));

describe('the newcomer team', () => {
  it('adds members of every sector, lists them by name and removes one', async () => {
    const usersBefore = await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    const created = await add(
      '1870',
      memberBody({
        name: 'Øyvind Berg',
        email: ' Oyvind.Berg@Frivillig.NO ',
        organisation: 'Røde Kors',
        sector: 'voluntary',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      municipalityCode: '1870',
      name: 'Øyvind Berg',
      email: 'oyvind.berg@frivillig.no',
      organisation: 'Røde Kors',
      sector: 'voluntary',
      createdAt: expect.any(String),
    });
    const anna = await add(
      '1870',
      memberBody({ name: 'Anna Larsen', organisation: 'Sortland Sparebank', sector: 'business' }),
    );
    expect(anna.status).toBe(201);
    const carl = await add('1870', memberBody({ name: 'Carl Nilsen', sector: 'other' }), lead.token);
    expect(carl.status).toBe(201);

    const listed = await list('1870');
    expect(listed.status).toBe(200);
    expect(listed.body.map((m: { name: string }) => m.name)).toEqual(['Anna Larsen', 'Carl Nilsen', 'Øyvind Berg']);
    // A member is not a user: nobody can log in as one.
    const usersAfter = await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    expect(usersAfter).toEqual(usersBefore);

    const removed = await remove(anna.body.id as string);
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expect((await list('1870')).body.map((m: { name: string }) => m.name)).toEqual(['Carl Nilsen', 'Øyvind Berg']);
    expect((await remove(anna.body.id as string)).status).toBe(404);
  });

  it('takes one address once per municipality (409 naming email), and the same address in another', async () => {
    const body = memberBody({ email: 'once@example.org' });
    expect((await add('1870', body)).status).toBe(201);
    const before = await snapshot(t.db);
    const again = await add('1870', { ...body, email: 'ONCE@example.org', name: 'Another Name' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'already_exists' })]);
    expect(await snapshot(t.db)).toBe(before);
    expect((await add('1866', body, admin.token)).status).toBe(201);
  });
});

describe('scoping', () => {
  it('a coordinator of another municipality gets 404 for the list, adding and removing, and changes nothing', async () => {
    const member = await add('1870', memberBody());
    expect(member.status).toBe(201);
    const before = await snapshot(t.db);
    for (const res of [await list('1870', bodo.token), await add('1870', memberBody(), bodo.token)]) {
      expect({ status: res.status, body: res.body as unknown }).toMatchObject({
        status: 404,
        body: { errors: [{ code: 'not_found', params: { resource: 'municipality' } }] },
      });
    }
    const removal = await remove(member.body.id as string, bodo.token);
    expect(removal.status).toBe(404);
    expect(removal.body).toMatchObject({ errors: [{ code: 'not_found', params: { resource: 'team member' } }] });
    expect(await snapshot(t.db)).toBe(before);
    // Their own team lists only their own.
    expect((await add('1804', memberBody(), bodo.token)).status).toBe(201);
    const own = await list('1804', bodo.token);
    expect(own.body).toHaveLength(1);
    expect(own.body[0]).toMatchObject({ municipalityCode: '1804' });
  });

  it('an unknown municipality is a 404 even for an admin', async () => {
    expect((await list('9999', admin.token)).status).toBe(404);
    expect((await add('9999', memberBody(), admin.token)).status).toBe(404);
  });

  it('needs a login', async () => {
    expect((await t.http.get('/api/v1/municipalities/1870/team')).status).toBe(401);
    expect((await t.http.post('/api/v1/municipalities/1870/team').send(memberBody())).status).toBe(401);
  });
});

describe('bad input', () => {
  const cases: { title: string; body: Record<string, unknown>; field: string; code: string }[] = [
    { title: 'no name', body: memberBody({ name: undefined }), field: 'name', code: 'required' },
    { title: 'a name without letters', body: memberBody({ name: '12345' }), field: 'name', code: 'invalid_format' },
    {
      title: 'a name with a direction override',
      body: memberBody({ name: 'Kari\u202eNordmann' }),
      field: 'name',
      code: 'invalid_format',
    },
    { title: 'a name too long', body: memberBody({ name: 'K'.repeat(201) }), field: 'name', code: 'too_long' },
    { title: 'no email', body: memberBody({ email: undefined }), field: 'email', code: 'required' },
    {
      title: 'an email with a display name',
      body: memberBody({ email: 'Kari <kari@example.org>' }),
      field: 'email',
      code: 'must_be_email',
    },
    {
      title: 'an email with a zero-width space',
      body: memberBody({ email: 'kari\u200b@example.org' }),
      field: 'email',
      code: 'must_be_email',
    },
    { title: 'an email without a domain', body: memberBody({ email: 'kari@' }), field: 'email', code: 'must_be_email' },
    {
      title: 'no organisation',
      body: memberBody({ organisation: undefined }),
      field: 'organisation',
      code: 'required',
    },
    {
      title: 'an empty organisation',
      body: memberBody({ organisation: ' ' }),
      field: 'organisation',
      code: 'too_short',
    },
    { title: 'an unknown sector', body: memberBody({ sector: 'church' }), field: 'sector', code: 'must_be_one_of' },
    { title: 'no sector', body: memberBody({ sector: undefined }), field: 'sector', code: 'required' },
    { title: 'an unknown field', body: memberBody({ role: 'admin' }), field: 'role', code: 'not_whitelisted' },
  ];

  it.each(cases)('$title is a 400 naming $field and changes nothing', async ({ body, field, code }) => {
    const before = await snapshot(t.db);
    const res = await add('1870', body);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(await snapshot(t.db)).toBe(before);
  });

  it('a municipality that is no number, or an id that is no UUID, is a 400 naming it', async () => {
    const bad = await add('sortland', memberBody());
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'must_be_municipality_code' })]);
    const id = await remove('not-a-uuid');
    expect(id.status).toBe(400);
    expect(id.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'must_be_uuid' })]);
  });
});
