/*
 * Issue 14, finding 3: an email field took a quoted local part carrying CR LF and a header, or
 * commas, and bidi control characters in the domain; a name could be only zero-width characters
 * or carry a right-to-left override. Every email and name field now has one strict rule
 * (src/common/contact-fields.ts): such input is a 400 naming the field, or a row error of the CSV
 * import, and changes nothing; ordinary Norwegian and international addresses and names still go in.
 */
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

let t: TestApp;
let admin: { id: string; token: string };
let lead: { token: string };
let programmeId: string;

const STRONG_PASSWORD = 'Kveldssol over Hadselfjorden 2027';

const BAD_EMAILS: [string, string][] = [
  ['a quoted local part with CR LF and a Bcc header', '"x\r\nbcc: y@evil.example"@example.org'],
  ['a quoted local part with commas', '"kari,ola,per"@example.org'],
  ['a right-to-left override in the domain', 'kari@exam\u202Eple.org'],
  ['a bidi isolate in the domain', 'kari@\u2067example\u2069.org'],
  ['a right-to-left mark in the domain', 'kari@example\u200F.org'],
  ['a zero-width space in the domain', 'kari@exa\u200Bmple.org'],
];

const BAD_NAMES: [string, string][] = [
  ['only zero-width characters', '\u200B\u200C\u200D\u2060'],
  ['a right-to-left override', 'Kari \u202Egninrom.exe'],
  ['a line break', 'Kari\r\nBcc: y@evil.example'],
];

const GOOD: { email: string; name: string }[] = [
  { email: 'ola.nordmann@sortland.kommune.no', name: 'Ørjan Åsheim' },
  { email: 'æøå@bø.no', name: 'Nguyễn Văn An' },
  { email: 'post@xn--b-5ga.no', name: 'محمد' },
];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user('admin');
  lead = await t.user('lead');
  programmeId = (await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(programmeBody())).body
    .id as string;
});
afterAll(() => t.close());

const userBody = (over: Record<string, unknown>) => ({
  email: 'new.user@example.org',
  name: 'Kari Nordmann',
  password: STRONG_PASSWORD,
  role: 'lead',
  ...over,
});

/** The request was refused with 400, naming `field` with `code`, and nothing was stored. */
async function expectRefused(
  send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>,
  field: string,
  code: string,
) {
  const before = await rowCounts(t.db);
  const res = await send();
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual([expect.objectContaining({ field, code, message: expect.stringMatching(field) })]);
  expect(await rowCounts(t.db)).toEqual(before);
}

describe('POST /users', () => {
  it.each(BAD_EMAILS)('refuses an email with %s', async (_why, email) => {
    await expectRefused(
      () => t.http.post('/api/v1/users').set(t.auth(admin.token)).send(userBody({ email })),
      'email',
      'must_be_email',
    );
  });

  it.each(BAD_NAMES)('refuses a name of %s', async (_why, name) => {
    await expectRefused(
      () => t.http.post('/api/v1/users').set(t.auth(admin.token)).send(userBody({ name })),
      'name',
      'invalid_format',
    );
  });

  it('takes ordinary addresses (Unicode and punycode domains) and names of any script', async () => {
    for (const { email, name } of GOOD) {
      const res = await t.http.post('/api/v1/users').set(t.auth(admin.token)).send(userBody({ email, name }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email, name });
    }
  });
});

describe('the other user and account fields', () => {
  it('refuses such a name in PATCH /users/:id and PATCH /auth/me', async () => {
    const user = await t.user('coordinator', ['1870']);
    for (const [, name] of BAD_NAMES) {
      await expectRefused(
        () => t.http.patch(`/api/v1/users/${user.id}`).set(t.auth(admin.token)).send({ name }),
        'name',
        'invalid_format',
      );
      await expectRefused(
        () => t.http.patch('/api/v1/auth/me').set(t.auth(admin.token)).send({ name }),
        'name',
        'invalid_format',
      );
    }
    const ok = await t.http.patch('/api/v1/auth/me').set(t.auth(admin.token)).send({ name: 'Ørjan Åsheim' });
    expect(ok.status).toBe(200);
  });

  it('refuses such an email at login with 400 naming the field', async () => {
    for (const [, email] of BAD_EMAILS) {
      const res = await t.http.post('/api/v1/auth/login').send({ email, password: STRONG_PASSWORD });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'must_be_email' })]);
    }
  });
});

describe('participants', () => {
  const register = (body: Record<string, unknown>) =>
    t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);

  it.each(BAD_EMAILS)('refuses an email with %s', async (_why, email) => {
    await expectRefused(() => register(mentorBody({ email })), 'email', 'must_be_email');
  });

  it.each(BAD_NAMES)('refuses a name of %s', async (_why, name) => {
    await expectRefused(() => register(menteeBody({ name })), 'name', 'invalid_format');
  });

  it('takes ordinary addresses and names, and refuses the probes in a PATCH too', async () => {
    const ids: string[] = [];
    for (const { email, name } of GOOD) {
      const res = await register(mentorBody({ email, name }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email, name });
      ids.push(res.body.id as string);
    }
    for (const [, email] of BAD_EMAILS) {
      await expectRefused(
        () => t.http.patch(`/api/v1/participants/${ids[0]}`).set(t.auth(lead.token)).send({ email }),
        'email',
        'must_be_email',
      );
    }
    for (const [, name] of BAD_NAMES) {
      await expectRefused(
        () => t.http.patch(`/api/v1/participants/${ids[0]}`).set(t.auth(lead.token)).send({ name }),
        'name',
        'invalid_format',
      );
    }
  });

  it('reports the same values as row errors of the CSV import, and stores only the good rows', async () => {
    const cell = (value: string) => `"${value.replaceAll('"', '""')}"`;
    const header = 'role;name;email;municipalityCode;preferredLanguage;languages;professionCode';
    const row = (name: string, email: string) =>
      ['mentor', cell(name), cell(email), '1870', 'nb', 'nb:native', '2221'].join(';');
    const rows = [
      ...BAD_EMAILS.map(([, email], i) => row(`Kari Nordmann ${i}`, email)),
      ...BAD_NAMES.map(([, name], i) => row(name, `csv.name.${i}@example.org`)),
      row('Ørjan Åsheim', 'orjan.csv@sortland.kommune.no'),
      row('Nguyễn Văn An', 'nguyen.csv@bø.no'),
      row('محمد', 'mohammed.csv@xn--b-5ga.no'),
    ];
    const before = await rowCounts(t.db);
    const res = await t.http
      .post(`/api/v1/programmes/${programmeId}/participants/import`)
      .set(t.auth(lead.token))
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send([header, ...rows].join('\r\n'));
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(3);
    const errors = res.body.errors as { row: number; field: string; code: string }[];
    // A cell with CR LF spans two lines of the file; rows are numbered as the spreadsheet shows them.
    expect(errors.map(({ field, code }) => ({ field, code }))).toEqual([
      ...BAD_EMAILS.map(() => ({ field: 'email', code: 'must_be_email' })),
      ...BAD_NAMES.map(() => ({ field: 'name', code: 'invalid_format' })),
    ]);
    expect(new Set(errors.map((e) => e.row)).size).toBe(BAD_EMAILS.length + BAD_NAMES.length);
    expect((await rowCounts(t.db)).participants).toBe(before.participants + 3);
    const stored = await t.db.query<{ email: string }[]>(
      `SELECT email FROM participants WHERE programme_id = $1 AND email LIKE '%csv%' ORDER BY email`,
      [programmeId],
    );
    expect(stored.map((s) => s.email)).toEqual([
      'mohammed.csv@xn--b-5ga.no',
      'nguyen.csv@bø.no',
      'orjan.csv@sortland.kommune.no',
    ]);
  });
});
