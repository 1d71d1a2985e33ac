import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

let t: TestApp;
let lead: { token: string };
let sortland: { token: string };
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
  programmeId = (await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(programmeBody())).body
    .id as string;
});
afterAll(() => t.close());

const register = (token: string, body: Record<string, unknown>, id = programmeId) =>
  t.http.post(`/api/v1/programmes/${id}/participants`).set(t.auth(token)).send(body);

describe('registering a participant', () => {
  it('stores a mentee with every field and shows the profession with its titles', async () => {
    const body = menteeBody({
      email: 'Amina.Hassan@Example.org',
      phone: '+47 912 34 567',
      desiredProfessionCode: '2221',
      gender: 'female',
      wantsSameGender: true,
      employmentStatusAtStart: 'introduction_programme',
    });
    const res = await register(sortland.token, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      programmeId,
      role: 'mentee',
      email: 'amina.hassan@example.org',
      municipalityCode: '1870',
      languages: body.languages,
      professionCode: '5321',
      professionTitle: { en: 'Health care assistants', nb: expect.any(String) },
      desiredProfessionTitle: { nb: 'Sykepleiere', en: expect.any(String) },
      capacity: 1,
      category: 'refugee',
      wantsSameGender: true,
      employmentStatusAtStart: 'introduction_programme',
    });
    expect((await t.http.get(`/api/v1/participants/${res.body.id}`).set(t.auth(sortland.token))).body).toEqual(
      res.body,
    );
  });

  it('gives a mentor capacity 1 by default and keeps a given one', async () => {
    expect((await register(lead.token, mentorBody())).body.capacity).toBe(1);
    expect((await register(lead.token, mentorBody({ capacity: 3 }))).body.capacity).toBe(3);
  });

  it('answers 409 for an email already in the programme, in any case', async () => {
    await register(lead.token, mentorBody({ email: 'same@example.org' }));
    const before = await rowCounts(t.db);
    const res = await register(lead.token, menteeBody({ email: 'SAME@example.org' }));
    expect(res.status).toBe(409);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('allows the same email in another programme', async () => {
    const other = (
      await t.http
        .post('/api/v1/programmes')
        .set(t.auth(lead.token))
        .send(programmeBody({ name: 'Neste' }))
    ).body.id as string;
    await register(lead.token, mentorBody({ email: 'twice@example.org' }));
    expect((await register(lead.token, mentorBody({ email: 'twice@example.org' }), other)).status).toBe(201);
  });

  it("refuses a municipality outside the programme, and a coordinator's registration outside their own", async () => {
    const before = await rowCounts(t.db);
    const outside = await register(lead.token, mentorBody({ municipalityCode: '1804' }));
    expect(outside.status).toBe(400);
    expect(outside.body.message.join(' ')).toMatch(/municipalityCode must be one of the programme's municipalities/);
    const notTheirs = await register(sortland.token, mentorBody({ municipalityCode: '1866' }));
    expect(notTheirs.status).toBe(400);
    expect(notTheirs.body.message.join(' ')).toMatch(/municipalityCode must be one of your municipalities: 1870/);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('lists every offending field at once', async () => {
    const res = await register(
      lead.token,
      mentorBody({
        capacity: 11,
        category: 'refugee',
        languages: [{ code: 'xx', level: 'B9' }],
        professionCode: '9999',
      }),
    );
    expect(res.status).toBe(400);
    const text = (res.body.message as string[]).join('\n');
    for (const field of [
      'capacity',
      'category is only for mentees',
      'languages.0.code',
      'languages.0.level',
      'professionCode',
    ]) {
      expect(text).toContain(field);
    }
  });
});

describe('what a coordinator sees and changes', () => {
  let hadselMentee: string;
  let hadselMentor: string;
  let sortlandMentee: string;

  beforeAll(async () => {
    hadselMentee = (await register(lead.token, menteeBody({ municipalityCode: '1866' }))).body.id as string;
    hadselMentor = (await register(lead.token, mentorBody({ municipalityCode: '1866' }))).body.id as string;
    sortlandMentee = (await register(lead.token, menteeBody({ municipalityCode: '1870' }))).body.id as string;
  });

  it("lists their municipalities' participants and every mentor of the programme", async () => {
    const res = await t.http.get(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(sortland.token));
    const seen = res.body as { id: string; role: string; municipalityCode: string }[];
    const ids = seen.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([hadselMentor, sortlandMentee]));
    expect(ids).not.toContain(hadselMentee);
    expect(seen.every((p) => p.municipalityCode === '1870' || p.role === 'mentor')).toBe(true);
    const mentees = await t.http
      .get(`/api/v1/programmes/${programmeId}/participants?role=mentee`)
      .set(t.auth(sortland.token));
    expect((mentees.body as { role: string }[]).every((p) => p.role === 'mentee')).toBe(true);
  });

  it('answers 404 for a participant outside their municipalities, and for changing a mentor they only see', async () => {
    expect((await t.http.get(`/api/v1/participants/${hadselMentee}`).set(t.auth(sortland.token))).status).toBe(404);
    expect((await t.http.get(`/api/v1/participants/${hadselMentor}`).set(t.auth(sortland.token))).status).toBe(200);
    const before = await rowCounts(t.db);
    const patch = await t.http
      .patch(`/api/v1/participants/${hadselMentor}`)
      .set(t.auth(sortland.token))
      .send({ name: 'X' });
    expect(patch.status).toBe(404);
    const [{ name }] = await t.db.query<{ name: string }[]>('SELECT name FROM participants WHERE id = $1', [
      hadselMentor,
    ]);
    expect(name).not.toBe('X');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('changes their own participant, re-checking the whole participant', async () => {
    const ok = await t.http
      .patch(`/api/v1/participants/${sortlandMentee}`)
      .set(t.auth(sortland.token))
      .send({
        languages: [{ code: 'uk', level: 'native' }],
        gender: 'male',
        wantsSameGender: true,
        phone: '+47 400 00 000',
      });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      languages: [{ code: 'uk', level: 'native' }],
      gender: 'male',
      wantsSameGender: true,
    });
    const cleared = await t.http
      .patch(`/api/v1/participants/${sortlandMentee}`)
      .set(t.auth(sortland.token))
      .send({ phone: null });
    expect(cleared.body.phone).toBeNull();
    const bad = await t.http
      .patch(`/api/v1/participants/${sortlandMentee}`)
      .set(t.auth(sortland.token))
      .send({ gender: null });
    expect(bad.status).toBe(400);
    expect(bad.body.message.join(' ')).toContain('gender is required when wantsSameGender is true');
    const moved = await t.http
      .patch(`/api/v1/participants/${sortlandMentee}`)
      .set(t.auth(sortland.token))
      .send({ municipalityCode: '1866' });
    expect(moved.status).toBe(400);
    const role = await t.http
      .patch(`/api/v1/participants/${sortlandMentee}`)
      .set(t.auth(sortland.token))
      .send({ role: 'mentor' });
    expect(role.status).toBe(400);
    expect(role.body.message.join(' ')).toContain('role');
  });
});

describe('the CSV import', () => {
  const header =
    'role;name;email;phone;municipalityCode;preferredLanguage;languages;professionCode;desiredProfessionCode;capacity;category;gender;wantsSameGender;employmentStatusAtStart';

  const importCsv = (token: string, csv: string) =>
    t.http
      .post(`/api/v1/programmes/${programmeId}/participants/import`)
      .set(t.auth(token))
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv);

  it('stores the good rows and reports each bad row by spreadsheet row and field, exactly as the JSON endpoint would', async () => {
    const csv = [
      `\uFEFF${header}`,
      'mentor;Ola Nordmann;ola@example.org;;1870;nb;"nb:native;en:C1";7212;;2;;male;;full_time',
      'mentee;Tigist Bekele;tigist@example.org;+47 912 00 000;1870;en;"ti:native;en:B1;nb:A2";5120;5120;;family;female;ja;unemployed',
      'mentee;No Language;nolang@example.org;;1870;en;;5120;;;refugee;;;',
      'mentor;Wrong Place;wrong@example.org;;1804;nb;nb:native;2221;;;;;;',
      'mentee;Bad Level;bad@example.org;;1870;en;"ar:native;nb:X9";5120;;;other;;;',
      'mentor;Mentor Category;mc@example.org;;1870;nb;nb:native;2221;;1;refugee;;;',
      'mentee;Twice In File;ola@example.org;;1870;en;en:B2;5120;;;other;;;',
    ].join('\r\n');
    const before = await rowCounts(t.db);
    const res = await importCsv(sortland.token, csv);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(2);
    expect(res.body.errors).toEqual([
      { row: 4, field: 'languages', message: 'languages is required' },
      { row: 5, field: 'municipalityCode', message: expect.stringContaining("programme's municipalities") },
      { row: 6, field: 'languages', message: expect.stringContaining('languages.1.level must be one of') },
      { row: 7, field: 'category', message: 'category is only for mentees' },
      { row: 8, field: 'email', message: 'email is also on row 2 of this file' },
    ]);
    expect((await rowCounts(t.db)).participants).toBe(before.participants + 2);
    const stored = await t.db.query<{ email: string; wants_same_gender: boolean; capacity: number }[]>(
      `SELECT email, wants_same_gender, capacity FROM participants WHERE email IN ('ola@example.org', 'tigist@example.org') AND programme_id = $1 ORDER BY email`,
      [programmeId],
    );
    expect(stored).toEqual([
      { email: 'ola@example.org', wants_same_gender: false, capacity: 2 },
      { email: 'tigist@example.org', wants_same_gender: true, capacity: 1 },
    ]);
  });

  it('reports emails already in the programme as row errors, so the same file can be sent again', async () => {
    const csv = `role,name,email,municipalityCode,preferredLanguage,languages,professionCode\nmentor,Again,again@example.org,1870,nb,nb:native,2221\n`;
    expect((await importCsv(lead.token, csv)).body).toEqual({ created: 1, errors: [] });
    expect((await importCsv(lead.token, csv)).body).toEqual({
      created: 0,
      errors: [{ row: 2, field: 'email', message: expect.stringContaining('already in the programme') }],
    });
  });

  it('refuses a file with unknown columns, and a body that is not CSV', async () => {
    const before = await rowCounts(t.db);
    const unknown = await importCsv(lead.token, 'role,name,religion\nmentor,A,x\n');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.message)).toContain('religion');
    const json = await t.http
      .post(`/api/v1/programmes/${programmeId}/participants/import`)
      .set(t.auth(lead.token))
      .send({ role: 'mentor' });
    expect(json.status).toBe(415);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
