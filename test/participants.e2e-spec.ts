import { approvedPair } from './support/api.js';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { VESTERALEN, menteeBody, mentorBody, programmeBody } from './support/factories.js';

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
      { row: 4, field: 'languages', path: 'languages', code: 'required', params: {}, message: 'languages is required' },
      {
        row: 5,
        field: 'municipalityCode',
        path: 'municipalityCode',
        code: 'must_be_programme_municipality',
        params: { allowed: VESTERALEN },
        message: expect.stringContaining("programme's municipalities"),
      },
      {
        row: 6,
        field: 'languages',
        path: 'languages.1.level',
        code: 'must_be_one_of',
        params: { allowed: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] },
        message: expect.stringContaining('languages.1.level must be one of'),
      },
      {
        row: 7,
        field: 'category',
        path: 'category',
        code: 'only_for_role',
        params: { role: 'mentee' },
        message: 'category is only for mentees',
      },
      {
        row: 8,
        field: 'email',
        path: 'email',
        code: 'duplicate_in_file',
        params: { row: 2 },
        message: 'email is also on row 2 of this file',
      },
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
      errors: [
        {
          row: 2,
          field: 'email',
          path: 'email',
          code: 'already_exists',
          params: {},
          message: expect.stringContaining('already in the programme'),
        },
      ],
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

describe('the participants list: filters, search, order and pages', () => {
  let listId: string;
  /** Every participant of the list programme by first name. */
  const id: Record<string, string> = {};
  let olaAmina: string;
  let hadsel: { token: string };

  type Listed = {
    id: string;
    name: string;
    role: string;
    municipalityCode: string;
    hasMentor: boolean;
    activeMatchId: string | null;
    activeMentees: number;
  };
  const list = async (query = '', token = lead.token) => {
    const res = await t.http.get(`/api/v1/programmes/${listId}/participants${query}`).set(t.auth(token));
    expect(res.status).toBe(200);
    return { people: res.body as Listed[], total: Number(res.headers['x-total-count']) };
  };
  const names = async (query = '', token = lead.token) => (await list(query, token)).people.map((p) => p.name);

  beforeAll(async () => {
    hadsel = await t.user('coordinator', ['1866']);
    listId = (
      await t.http
        .post('/api/v1/programmes')
        .set(t.auth(lead.token))
        .send(programmeBody({ name: 'Liste' }))
    ).body.id as string;
    // Registered in this order (createdAt); names sort Amina < Anne_Marie < Bilal < Chen < Dina < Ola < Per < Siv.
    const people: [string, Record<string, unknown>][] = [
      ['Ola', mentorBody({ name: 'Ola Berg', municipalityCode: '1870', capacity: 2 })],
      ['Amina', menteeBody({ name: 'Amina Hassan', municipalityCode: '1870', category: 'refugee' })],
      ['Per', mentorBody({ name: 'Per 100% Dahl', municipalityCode: '1866' })],
      ['Chen', menteeBody({ name: 'Chen Wei', municipalityCode: '1866', category: 'labour_eea' })],
      [
        'Bilal',
        menteeBody({
          name: 'Bilal Omar',
          municipalityCode: '1870',
          category: 'family',
          email: 'BILAL.omar@Example.org',
        }),
      ],
      ['Dina', menteeBody({ name: 'Dina Haile', municipalityCode: '1851', category: 'refugee' })],
      ['Anne', mentorBody({ name: 'Anne_Marie Lund', municipalityCode: '1851' })],
      ['Siv', menteeBody({ name: 'Siv Ås', municipalityCode: '1866', category: 'refugee' })],
    ];
    for (const [first, body] of people) {
      const res = await register(lead.token, body, listId);
      expect(res.status).toBe(201);
      id[first] = res.body.id as string;
    }
    // Ola and Amina are an active pair; Per and Chen a completed one (it still holds Per's place).
    olaAmina = (await approvedPair(t, lead.token, listId, { mentorId: id.Ola, menteeId: id.Amina })).id;
    const perChen = await approvedPair(t, lead.token, listId, { mentorId: id.Per, menteeId: id.Chen });
    expect(
      (await t.http.post(`/api/v1/matches/${perChen.id}/end`).set(t.auth(lead.token)).send({ outcome: 'completed' }))
        .status,
    ).toBe(200);
  });

  it('answers the whole list without limit and offset, sorted by name, with the total in X-Total-Count', async () => {
    const { people, total } = await list();
    expect(people.map((p) => p.name)).toEqual([
      'Amina Hassan',
      'Anne_Marie Lund',
      'Bilal Omar',
      'Chen Wei',
      'Dina Haile',
      'Ola Berg',
      'Per 100% Dahl',
      'Siv Ås',
    ]);
    expect(total).toBe(8);
  });

  it('gives each participant where they stand in the pairs, in the list, GET /participants/:id and PATCH', async () => {
    const byName = new Map((await list()).people.map((p) => [p.name, p]));
    expect(byName.get('Amina Hassan')).toMatchObject({ hasMentor: true, activeMatchId: olaAmina, activeMentees: 0 });
    // A completed pair holds a mentor: Chen has one, but no pair running.
    expect(byName.get('Chen Wei')).toMatchObject({ hasMentor: true, activeMatchId: null, activeMentees: 0 });
    expect(byName.get('Bilal Omar')).toMatchObject({ hasMentor: false, activeMatchId: null, activeMentees: 0 });
    // Places held: capacity − activeMentees is what a mentor has left.
    expect(byName.get('Ola Berg')).toMatchObject({ hasMentor: false, activeMatchId: null, activeMentees: 1 });
    expect(byName.get('Per 100% Dahl')).toMatchObject({ activeMentees: 1 });
    expect(byName.get('Anne_Marie Lund')).toMatchObject({ activeMentees: 0 });

    const one = await t.http.get(`/api/v1/participants/${id.Amina}`).set(t.auth(lead.token));
    expect(one.body).toEqual(byName.get('Amina Hassan'));
    const mentor = await t.http.get(`/api/v1/participants/${id.Ola}`).set(t.auth(lead.token));
    expect(mentor.body).toMatchObject({ capacity: 2, activeMentees: 1, hasMentor: false, activeMatchId: null });
    const patched = await t.http
      .patch(`/api/v1/participants/${id.Amina}`)
      .set(t.auth(lead.token))
      .send({ phone: '+47 912 00 000' });
    expect(patched.body).toMatchObject({ hasMentor: true, activeMatchId: olaAmina, activeMentees: 0 });
  });

  it('filters by role, municipality, category and whether a mentee has a mentor, all together', async () => {
    expect(await names('?role=mentor')).toEqual(['Anne_Marie Lund', 'Ola Berg', 'Per 100% Dahl']);
    expect(await names('?municipalityCode=1866')).toEqual(['Chen Wei', 'Per 100% Dahl', 'Siv Ås']);
    expect(await names('?municipalityCode=1804')).toEqual([]);
    expect(await names('?category=refugee')).toEqual(['Amina Hassan', 'Dina Haile', 'Siv Ås']);
    // hasMentor is about mentees: mentors are left out either way.
    expect(await names('?hasMentor=true')).toEqual(['Amina Hassan', 'Chen Wei']);
    expect(await names('?hasMentor=false')).toEqual(['Bilal Omar', 'Dina Haile', 'Siv Ås']);
    expect(await names('?hasMentor=true&role=mentor')).toEqual([]);
    const combined = await list('?category=refugee&hasMentor=false&municipalityCode=1866');
    expect(combined.people.map((p) => p.name)).toEqual(['Siv Ås']);
    expect(combined.total).toBe(1);
  });

  it('counts a mentee as having a mentor from the approval on', async () => {
    expect(await names('?hasMentor=false&municipalityCode=1851')).toEqual(['Dina Haile']);
    const pair = await approvedPair(t, lead.token, listId, { mentorId: id.Anne, menteeId: id.Dina });
    expect(await names('?hasMentor=false&municipalityCode=1851')).toEqual([]);
    expect(await names('?hasMentor=true&municipalityCode=1851')).toEqual(['Dina Haile']);
    const dina = (await list('?municipalityCode=1851')).people;
    expect(dina.find((p) => p.name === 'Dina Haile')).toMatchObject({ hasMentor: true, activeMatchId: pair.id });
    expect(dina.find((p) => p.name === 'Anne_Marie Lund')).toMatchObject({ activeMentees: 1 });
    // An ended pair frees both: Dina has no mentor again, Anne her place.
    await t.http.post(`/api/v1/matches/${pair.id}/end`).set(t.auth(lead.token)).send({ outcome: 'ended' });
    const after = (await list('?municipalityCode=1851')).people;
    expect(after.find((p) => p.name === 'Dina Haile')).toMatchObject({ hasMentor: false, activeMatchId: null });
    expect(after.find((p) => p.name === 'Anne_Marie Lund')).toMatchObject({ activeMentees: 0 });
  });

  it('searches the name and the email in any case, % and _ as plain characters', async () => {
    expect(await names('?q=hASSan')).toEqual(['Amina Hassan']);
    expect(await names('?q=bilal.OMAR@example')).toEqual(['Bilal Omar']);
    expect(await names('?q=ås')).toEqual(['Siv Ås']);
    expect(await names('?q=%C3%85S')).toEqual(['Siv Ås']);
    expect(await names('?q=%25')).toEqual(['Per 100% Dahl']);
    expect(await names('?q=0%25%20D')).toEqual(['Per 100% Dahl']);
    expect(await names('?q=_')).toEqual(['Anne_Marie Lund']);
    expect(await names('?q=e_M')).toEqual(['Anne_Marie Lund']);
    expect(await names(`?q=${encodeURIComponent('\\')}`)).toEqual([]);
    expect(await names('?q=%20%20')).toHaveLength(8);
    expect(await names('?q=nobody')).toEqual([]);
  });

  it('orders by name, municipality or registration, either way', async () => {
    const all = await names();
    expect(await names('?sort=name')).toEqual(all);
    expect(await names('?sort=-name')).toEqual([...all].reverse());
    const first = (people: Listed[]) => people.map((p) => p.municipalityCode);
    // Hadsel (1866) < Lødingen (1851) < Sortland (1870) by name; within one, by person's name.
    expect(first((await list('?sort=municipality')).people)).toEqual([
      '1866',
      '1866',
      '1866',
      '1851',
      '1851',
      '1870',
      '1870',
      '1870',
    ]);
    expect(await names('?sort=municipality&municipalityCode=1866')).toEqual(['Chen Wei', 'Per 100% Dahl', 'Siv Ås']);
    expect(first((await list('?sort=-municipality')).people)).toEqual([
      '1870',
      '1870',
      '1870',
      '1851',
      '1851',
      '1866',
      '1866',
      '1866',
    ]);
    const registered = ['Ola Berg', 'Amina Hassan', 'Per 100% Dahl', 'Chen Wei', 'Bilal Omar', 'Dina Haile'];
    expect((await names('?sort=createdAt')).slice(0, 6)).toEqual(registered);
    expect((await names('?sort=-createdAt')).slice(2)).toEqual([...registered].reverse());
  });

  it('pages the filtered, ordered list; X-Total-Count counts every match, also past the end', async () => {
    const all = await names('?sort=-name');
    const pages = [];
    for (let offset = 0; offset < 8; offset += 3) {
      const page = await list(`?sort=-name&limit=3&offset=${offset}`);
      expect(page.total).toBe(8);
      pages.push(...page.people.map((p) => p.name));
    }
    expect(pages).toEqual(all);
    expect(await list('?role=mentee&limit=2')).toMatchObject({ total: 5 });
    expect((await list('?role=mentee&limit=2')).people).toHaveLength(2);
    expect(await list('?role=mentee&offset=50')).toEqual({ people: [], total: 5 });
    expect(await list('?q=nobody&limit=10')).toEqual({ people: [], total: 0 });
  });

  it("keeps a coordinator to their municipalities' participants and every mentor, whatever the filters", async () => {
    // Hadsel's coordinator sees Hadsel's people and the mentors of Sortland and Lødingen, no one else.
    expect(await names('', hadsel.token)).toEqual([
      'Anne_Marie Lund',
      'Chen Wei',
      'Ola Berg',
      'Per 100% Dahl',
      'Siv Ås',
    ]);
    expect(await list('?municipalityCode=1870', hadsel.token)).toEqual({
      people: [expect.objectContaining({ name: 'Ola Berg', activeMentees: 1 })],
      total: 1,
    });
    expect(await list('?q=hassan', hadsel.token)).toEqual({ people: [], total: 0 });
    expect(await names('?hasMentor=true', hadsel.token)).toEqual(['Chen Wei']);
    expect(await names('?category=refugee', hadsel.token)).toEqual(['Siv Ås']);
    expect(await list('?role=mentee&limit=1&offset=1', hadsel.token)).toEqual({
      people: [expect.objectContaining({ name: 'Siv Ås' })],
      total: 2,
    });
  });
});

describe('GET /professions', () => {
  type Profession = { code: string; title: string; titleEn: string; titleNb: string };
  const professions = async (query: string) => {
    const res = await t.http.get(`/api/v1/professions${query}`).set(t.auth(sortland.token));
    expect(res.status).toBe(200);
    return res.body as Profession[];
  };

  it('finds nurses, 2221, by the bokmål, nynorsk and English search, first', async () => {
    for (const query of ['?q=sykepleier', '?q=nurse', '?q=sykepleier&lang=nn', '?q=Nurse&lang=en']) {
      expect((await professions(query))[0]).toMatchObject({ code: '2221', titleNb: 'Sykepleiere' });
    }
  });

  it('answers the title in the asked language; nynorsk gets bokmål', async () => {
    const [en] = await professions('?q=nurse&lang=en&limit=1');
    expect(en).toEqual({
      code: '2221',
      title: 'Nursing professionals',
      titleEn: 'Nursing professionals',
      titleNb: 'Sykepleiere',
    });
    expect((await professions('?q=nurse&lang=nn&limit=1'))[0].title).toBe('Sykepleiere');
    expect((await professions('?q=nurse&limit=1'))[0].title).toBe('Sykepleiere');
  });

  it('gives a search box its top hits with limit, and the whole list without it', async () => {
    expect(await professions('?q=lærer&limit=3')).toHaveLength(3);
    expect((await professions('?q=lege&lang=nb&limit=2')).map((p) => p.code)).toEqual(['221', '2212']);
    expect(await professions('')).toHaveLength(619);
    expect((await professions('?level=4&limit=20&offset=20')).map((p) => p.code)[0]).toBe(
      (await professions('?level=4')).map((p) => p.code)[20],
    );
  });
});
