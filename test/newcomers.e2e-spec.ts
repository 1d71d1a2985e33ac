/**
 * The newcomer register of a municipality: consent, the field rules it shares with participants,
 * competence mapping and career guidance, scoping, the waiting list, enrolment as a mentee and
 * reach. The app's clock stands at 1 March 2027 unless a test moves it.
 */
import { randomUUID } from 'node:crypto';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, newcomerBody, programmeBody } from './support/factories.js';

const NOW = '2027-03-01T10:00:00+01:00';

let t: TestApp;
let admin: { token: string };
let lead: { token: string };
let sortland: { token: string };
let bodo: { token: string };
let vesteralen = '';
let bodoProgramme = '';

beforeAll(async () => {
  t = await createTestApp({ RUN_WORKERS: 'false' });
  t.setNow(NOW);
  [admin, lead, sortland, bodo] = await Promise.all([
    t.user('admin'),
    t.user('lead'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
  vesteralen = await created(lead.token, '/programmes', programmeBody());
  bodoProgramme = await created(
    lead.token,
    '/programmes',
    programmeBody({ name: 'Bodø 2027', municipalityCodes: ['1804'] }),
  );
});
afterAll(() => t.close());

async function created(token: string, path: string, body: object): Promise<string> {
  const res = await t.http.post(`/api/v1${path}`).set(t.auth(token)).send(body);
  if (res.status !== 201) throw new Error(`setup: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

const registerNewcomer = (token: string, body: object, code = '1870') =>
  t.http.post(`/api/v1/municipalities/${code}/newcomers`).set(t.auth(token)).send(body);
const patchNewcomer = (token: string, id: string, body: object) =>
  t.http.patch(`/api/v1/newcomers/${id}`).set(t.auth(token)).send(body);
const enrol = (token: string, id: string, programmeId: string) =>
  t.http.post(`/api/v1/newcomers/${id}/enrol`).set(t.auth(token)).send({ programmeId });

interface Coded {
  field: string | null;
  code: string;
}
const codes = (body: unknown): Coded[] =>
  ((body as { errors?: Coded[] }).errors ?? []).map(({ field, code }) => ({ field, code }));

describe('consent', () => {
  it.each([
    ['no consent at all', { consent: undefined }, 'consent'],
    [
      'consent to the register false',
      { consent: { register: false, invitations: true, mentorProgramme: true, givenOn: '2027-01-10' } },
      'consent.register',
    ],
    [
      'consent without register',
      { consent: { invitations: true, mentorProgramme: true, givenOn: '2027-01-10' } },
      'consent.register',
    ],
    [
      'consent given tomorrow',
      { consent: { register: true, invitations: true, mentorProgramme: true, givenOn: '2027-03-02' } },
      'consent.givenOn',
    ],
  ])('refuses a newcomer with %s, and stores nothing', async (_title, over, field) => {
    const before = await snapshot(t.db);
    const res = await registerNewcomer(sortland.token, newcomerBody(over));
    expect(res.status).toBe(400);
    expect(codes(res.body).map((e) => e.field)).toContain(field);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('stores consent per purpose, and never lets consent to the register be withdrawn by a change', async () => {
    const res = await registerNewcomer(
      sortland.token,
      newcomerBody({ consent: { register: true, invitations: false, mentorProgramme: false, givenOn: '2027-02-01' } }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      consent: { register: true, invitations: false, mentorProgramme: false, givenOn: '2027-02-01' },
      waitingSince: null,
      waiting: false,
    });
    const before = await snapshot(t.db);
    const withdrawn = await patchNewcomer(sortland.token, res.body.id as string, {
      consent: { register: false, invitations: false, mentorProgramme: false, givenOn: '2027-02-01' },
    });
    expect(withdrawn.status).toBe(400);
    expect(codes(withdrawn.body)).toContainEqual({ field: 'consent.register', code: 'must_be_one_of' });
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('the field rules shared with participants', () => {
  const nb = (level: string) => ({ code: 'nb', level });
  // The same bad value, sent to both: the same field and the same code from each.
  const BAD: [string, Record<string, unknown>][] = [
    ['an empty name', { name: '' }],
    ['a name with a zero-width space', { name: 'Olena\u200bK' }],
    ['a name without a letter', { name: '1234' }],
    ['email "olena"', { email: 'olena' }],
    ['email with a display name', { email: 'Olena <olena@example.org>' }],
    ['phone "call me"', { phone: 'call me' }],
    ['preferredLanguage "xx"', { preferredLanguage: 'xx' }],
    ['preferredLanguage "ukr" (ISO 639-2)', { preferredLanguage: 'ukr' }],
    ['no languages', { languages: [] }],
    ['a language at level D1', { languages: [nb('D1')] }],
    ['a language twice', { languages: [nb('B1'), nb('C1')] }],
    ['a language "xx"', { languages: [{ code: 'xx', level: 'B1' }] }],
    ['professionCode "9999" (no such ISCO group)', { professionCode: '9999' }],
    ['professionCode "12345"', { professionCode: '12345' }],
    ['desiredProfessionCode "9999"', { desiredProfessionCode: '9999' }],
    ['category "tourist"', { category: 'tourist' }],
    ['gender "x"', { gender: 'x' }],
  ];

  it.each(BAD)('refuses %s on a participant and on a newcomer alike', async (_title, bad) => {
    const before = await snapshot(t.db);
    const participant = await t.http
      .post(`/api/v1/programmes/${vesteralen}/participants`)
      .set(t.auth(sortland.token))
      .send(menteeBody(bad));
    const newcomer = await registerNewcomer(sortland.token, newcomerBody(bad));
    expect(participant.status).toBe(400);
    expect(newcomer.status).toBe(400);
    expect(codes(newcomer.body)).toEqual(codes(participant.body));
    expect(codes(newcomer.body).length).toBeGreaterThan(0);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('normalises alike: the email lower-cased, language codes lower-cased, the name trimmed', async () => {
    const res = await registerNewcomer(
      sortland.token,
      newcomerBody({
        name: '  Olena Kovalenko ',
        email: 'Olena.K@Example.org',
        languages: [{ code: 'UK', level: 'native' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Olena Kovalenko',
      email: 'olena.k@example.org',
      languages: [{ code: 'uk', level: 'native' }],
    });
  });
});

describe('competence mapping and career guidance', () => {
  it('keeps the light mapping of a newcomer the law leaves out', async () => {
    const res = await registerNewcomer(sortland.token, newcomerBody({ birthYear: 1991, gender: 'female' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      category: 'labour_spouse',
      arrivalMonth: '2026-09',
      birthYear: 1991,
      education: { level: 'bachelor', field: 'Nursing', country: 'UA', recognition: 'pending' },
      workYears: 6,
      inIntroductionProgramme: false,
      careerGuidance: { status: 'not_referred', referredOn: null, doneOn: null },
    });
  });

  it('refuses a mapping for a newcomer in the introduction programme (it is in the state’s register)', async () => {
    const before = await snapshot(t.db);
    const res = await registerNewcomer(
      sortland.token,
      newcomerBody({ category: 'refugee', inIntroductionProgramme: true }),
    );
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual([
      { field: 'education', code: 'not_in_introduction_programme' },
      { field: 'workYears', code: 'not_in_introduction_programme' },
    ]);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('drops the stored mapping when a change puts the newcomer in the introduction programme', async () => {
    const id = (await registerNewcomer(sortland.token, newcomerBody())).body.id as string;
    const res = await patchNewcomer(sortland.token, id, { inIntroductionProgramme: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ inIntroductionProgramme: true, education: null, workYears: null });
    const [row] = await t.db.query<{ education_level: string | null; work_years: number | null }[]>(
      'SELECT education_level, work_years FROM newcomers WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ education_level: null, work_years: null });
    const again = await patchNewcomer(sortland.token, id, { workYears: 3 });
    expect(again.status).toBe(400);
    expect(codes(again.body)).toEqual([{ field: 'workYears', code: 'not_in_introduction_programme' }]);
  });

  it.each([
    [
      'doneOn with status referred',
      { status: 'referred', referredOn: '2027-01-05', doneOn: '2027-02-01' },
      'careerGuidance.doneOn',
      'only_with_status',
    ],
    [
      'doneOn before referredOn',
      { status: 'done', referredOn: '2027-02-05', doneOn: '2027-02-01' },
      'careerGuidance.doneOn',
      'must_not_be_before',
    ],
    [
      'referredOn without a referral',
      { status: 'not_referred', referredOn: '2027-01-05' },
      'careerGuidance.referredOn',
      'only_with_status',
    ],
    [
      'doneOn in the future',
      { status: 'done', referredOn: '2027-01-05', doneOn: '2027-03-10' },
      'careerGuidance.doneOn',
      'must_not_be_in_future',
    ],
    ['an unknown status', { status: 'maybe' }, 'careerGuidance.status', 'must_be_one_of'],
    [
      'a day that does not exist',
      { status: 'referred', referredOn: '2027-02-30' },
      'careerGuidance.referredOn',
      'must_be_date',
    ],
  ])('refuses career guidance with %s', async (_title, careerGuidance, field, code) => {
    const before = await snapshot(t.db);
    const res = await registerNewcomer(sortland.token, newcomerBody({ careerGuidance }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual([{ field, code }]);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('takes guidance done on the day of the referral, and a birth year only up to this year', async () => {
    const done = await registerNewcomer(
      sortland.token,
      newcomerBody({ careerGuidance: { status: 'done', referredOn: '2027-02-01', doneOn: '2027-02-01' } }),
    );
    expect(done.status).toBe(201);
    expect(done.body.careerGuidance).toEqual({ status: 'done', referredOn: '2027-02-01', doneOn: '2027-02-01' });
    const unborn = await registerNewcomer(sortland.token, newcomerBody({ birthYear: 2028 }));
    expect(codes(unborn.body)).toEqual([{ field: 'birthYear', code: 'must_not_be_after' }]);
    const ancient = await registerNewcomer(sortland.token, newcomerBody({ birthYear: 1899 }));
    expect(codes(ancient.body)).toEqual([{ field: 'birthYear', code: 'out_of_range' }]);
  });
});

describe('scoping', () => {
  let id = '';
  beforeAll(async () => {
    id = (await registerNewcomer(sortland.token, newcomerBody())).body.id as string;
  });

  it('lets admins, leads and the coordinator of the municipality read and change the register', async () => {
    for (const token of [admin.token, lead.token, sortland.token]) {
      expect((await t.http.get(`/api/v1/newcomers/${id}`).set(t.auth(token))).status).toBe(200);
      expect((await t.http.get('/api/v1/municipalities/1870/newcomers').set(t.auth(token))).status).toBe(200);
      expect((await patchNewcomer(token, id, { phone: '+47 900 00 001' })).status).toBe(200);
    }
  });

  it('answers a coordinator of another municipality 404 on every route, exactly as for nothing, and changes nothing', async () => {
    const before = await snapshot(t.db);
    const routes: [string, (target: string) => Promise<{ status: number; body: unknown }>, string][] = [
      ['GET newcomer', (x) => t.http.get(`/api/v1/newcomers/${x}`).set(t.auth(bodo.token)), id],
      ['PATCH newcomer', (x) => patchNewcomer(bodo.token, x, { phone: '+47 900 00 002' }), id],
      ['enrol', (x) => enrol(bodo.token, x, bodoProgramme), id],
    ];
    for (const [title, call, target] of routes) {
      const outside = await call(target);
      const nothing = await call(randomUUID());
      expect({ title, status: outside.status }).toEqual({ title, status: 404 });
      expect(outside.body).toEqual(nothing.body);
    }
    const byCode: [string, (code: string) => Promise<{ status: number; body: unknown }>][] = [
      ['register', (code) => registerNewcomer(bodo.token, newcomerBody(), code)],
      ['list', (code) => t.http.get(`/api/v1/municipalities/${code}/newcomers`).set(t.auth(bodo.token))],
      ['waiting list', (code) => t.http.get(`/api/v1/municipalities/${code}/waiting-list`).set(t.auth(bodo.token))],
      ['reach', (code) => t.http.get(`/api/v1/municipalities/${code}/reach`).set(t.auth(bodo.token))],
      ['reach.csv', (code) => t.http.get(`/api/v1/municipalities/${code}/reach.csv`).set(t.auth(bodo.token))],
    ];
    for (const [title, call] of byCode) {
      const outside = await call('1870');
      const nothing = await call('9999');
      expect({ title, status: outside.status }).toEqual({ title, status: 404 });
      expect(outside.body).toEqual(nothing.body);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('answers 400 naming code for a municipality number that is no kommunenummer', async () => {
    const res = await t.http.get('/api/v1/municipalities/18700/newcomers').set(t.auth(admin.token));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual([{ field: 'code', code: 'must_be_municipality_code' }]);
  });
});

describe('the waiting list and enrolment', () => {
  // Hadsel (1866) is this block's own: nobody else registers there.
  const CODE = '1866';
  const waitingIds = async () =>
    (
      (await t.http.get(`/api/v1/municipalities/${CODE}/waiting-list`).set(t.auth(lead.token))).body as { id: string }[]
    ).map((n) => n.id);
  const consent = (givenOn: string, mentorProgramme = true) => ({
    consent: { register: true, invitations: true, mentorProgramme, givenOn },
  });
  const people: Record<string, string> = {};

  beforeAll(async () => {
    people.late = (await registerNewcomer(lead.token, newcomerBody(consent('2027-02-10')), CODE)).body.id as string;
    people.early = (await registerNewcomer(lead.token, newcomerBody(consent('2026-11-20')), CODE)).body.id as string;
    people.middle = (await registerNewcomer(lead.token, newcomerBody(consent('2027-01-15')), CODE)).body.id as string;
    people.notConsenting = (await registerNewcomer(lead.token, newcomerBody(consent('2026-10-01', false)), CODE)).body
      .id as string;
  });

  it('lists those who consented to the mentor programme, longest waiting first', async () => {
    expect(await waitingIds()).toEqual([people.early, people.middle, people.late]);
  });

  it('keeps the place when other fields change, and gives a new one after the consent is withdrawn and given again', async () => {
    const moved = await patchNewcomer(lead.token, people.early, {
      phone: '+47 911 11 111',
      ...consent('2027-02-20'),
    });
    expect(moved.body).toMatchObject({ waitingSince: '2026-11-20', waiting: true });
    expect(await waitingIds()).toEqual([people.early, people.middle, people.late]);

    await patchNewcomer(lead.token, people.middle, consent('2027-02-01', false));
    expect(await waitingIds()).toEqual([people.early, people.late]);
    const back = await patchNewcomer(lead.token, people.middle, consent('2027-02-25'));
    expect(back.body).toMatchObject({ waitingSince: '2027-02-25', waiting: true });
    expect(await waitingIds()).toEqual([people.early, people.late, people.middle]);
  });

  it('filters the register by waiting, category and guidance', async () => {
    const list = async (query: string) =>
      (
        (await t.http.get(`/api/v1/municipalities/${CODE}/newcomers?${query}`).set(t.auth(lead.token))).body as {
          id: string;
        }[]
      ).map((n) => n.id);
    expect((await list('waiting=true')).sort()).toEqual([people.early, people.middle, people.late].sort());
    expect(await list('waiting=false')).toEqual([people.notConsenting]);
    expect(await list('category=refugee')).toEqual([]);
    expect((await list('guidance=not_referred')).length).toBe(4);
    const paged = await t.http.get(`/api/v1/municipalities/${CODE}/newcomers?limit=2&offset=1`).set(t.auth(lead.token));
    expect(paged.headers['x-total-count']).toBe('4');
    expect(paged.body).toHaveLength(2);
  });

  it('enrols a newcomer as a mentee carrying their data, and takes them off the waiting list', async () => {
    const newcomer = (
      await patchNewcomer(lead.token, people.late, {
        gender: 'female',
        desiredProfessionCode: '5321',
        phone: '+47 922 22 222',
      })
    ).body as Record<string, unknown>;
    const res = await enrol(lead.token, people.late, vesteralen);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      programmeId: vesteralen,
      role: 'mentee',
      name: newcomer.name,
      email: newcomer.email,
      phone: '+47 922 22 222',
      municipalityCode: CODE,
      preferredLanguage: 'uk',
      languages: newcomer.languages,
      professionCode: '2221',
      desiredProfessionCode: '5321',
      category: 'labour_spouse',
      gender: 'female',
    });
    const participantId = res.body.id as string;
    expect((await t.http.get(`/api/v1/participants/${participantId}`).set(t.auth(lead.token))).status).toBe(200);
    expect(await waitingIds()).toEqual([people.early, people.middle]);
    const after = await t.http.get(`/api/v1/newcomers/${people.late}`).set(t.auth(lead.token));
    expect(after.body).toMatchObject({
      waiting: false,
      enrolments: [{ programmeId: vesteralen, participantId, enrolledAt: expect.any(String) }],
    });

    const before = await snapshot(t.db);
    const twice = await enrol(lead.token, people.late, vesteralen);
    expect(twice.status).toBe(409);
    expect(codes(twice.body)).toEqual([{ field: 'programmeId', code: 'already_exists' }]);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('refuses enrolment with a 400 naming what the newcomer lacks, or a programme that does not cover them', async () => {
    const before = await snapshot(t.db);
    const bare = (
      await registerNewcomer(lead.token, newcomerBody({ email: undefined, professionCode: undefined }), CODE)
    ).body.id as string;
    const afterRegistering = await snapshot(t.db);
    const lacking = await enrol(lead.token, bare, vesteralen);
    expect(lacking.status).toBe(400);
    expect(codes(lacking.body)).toEqual([
      { field: 'email', code: 'required' },
      { field: 'professionCode', code: 'required' },
    ]);
    const elsewhere = await enrol(lead.token, people.early, bodoProgramme);
    expect(elsewhere.status).toBe(400);
    expect(codes(elsewhere.body)).toEqual([{ field: 'programmeId', code: 'must_cover_municipality' }]);
    const nowhere = await enrol(lead.token, people.early, randomUUID());
    expect(codes(nowhere.body)).toEqual([{ field: 'programmeId', code: 'must_cover_municipality' }]);
    const unwilling = await enrol(lead.token, people.notConsenting, vesteralen);
    expect(codes(unwilling.body)).toEqual([{ field: 'consent.mentorProgramme', code: 'must_be_one_of' }]);
    expect(await snapshot(t.db)).toBe(afterRegistering);
    expect(before).not.toBe(afterRegistering);
  });

  it('lets a coordinator enrol the newcomers of their municipality, not into a programme they do not see', async () => {
    const id = (await registerNewcomer(sortland.token, newcomerBody())).body.id as string;
    expect((await enrol(sortland.token, id, bodoProgramme)).status).toBe(400);
    const res = await enrol(sortland.token, id, vesteralen);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ municipalityCode: '1870', role: 'mentee' });
  });
});

describe('enrolment is one transaction', () => {
  it('leaves no mentee behind when recording the link to the newcomer fails, and enrols them once it works', async () => {
    const id = (await registerNewcomer(lead.token, newcomerBody())).body.id as string;
    // The second write of the enrolment fails: the mentee written first must go with it.
    await t.db.query(`CREATE FUNCTION refuse_enrolment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'enrolment refused by the test'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_enrolment BEFORE INSERT ON newcomer_enrolments
      FOR EACH ROW EXECUTE FUNCTION refuse_enrolment()`);
    const before = await snapshot(t.db);
    try {
      expect((await enrol(lead.token, id, vesteralen)).status).toBe(500);
      expect(await snapshot(t.db)).toBe(before);
    } finally {
      await t.db.query('DROP TRIGGER refuse_enrolment ON newcomer_enrolments');
      await t.db.query('DROP FUNCTION refuse_enrolment()');
    }
    const res = await enrol(lead.token, id, vesteralen);
    expect(res.status).toBe(201);
    const after = await t.http.get(`/api/v1/newcomers/${id}`).set(t.auth(lead.token));
    expect(after.body).toMatchObject({ enrolments: [{ programmeId: vesteralen, participantId: res.body.id }] });
  });
});

describe('reach by residence category', () => {
  // Andøy (1871), registered at three moments; figures worked out by hand below.
  const CODE = '1871';
  beforeAll(async () => {
    const at = async (instant: string, bodies: Record<string, unknown>[]) => {
      t.setNow(instant);
      const ids: string[] = [];
      for (const body of bodies) ids.push((await registerNewcomer(lead.token, body, CODE)).body.id as string);
      return ids;
    };
    const done = { careerGuidance: { status: 'done', referredOn: '2026-12-01', doneOn: '2026-12-15' } };
    // 31 December 2026, 23:30 in Oslo: still 2026 there (22:30 UTC).
    await at('2026-12-31T22:30:00Z', [
      newcomerBody({ category: 'refugee', inIntroductionProgramme: true, education: undefined, workYears: undefined }),
      newcomerBody({ category: 'labour_eea', ...done }),
    ]);
    // 1 January 2027, 00:30 in Oslo (23:30 UTC the day before).
    const [refugee, spouse] = await at('2026-12-31T23:30:00Z', [
      newcomerBody({
        category: 'refugee',
        inIntroductionProgramme: true,
        education: undefined,
        workYears: undefined,
        ...done,
      }),
      newcomerBody({ category: 'labour_spouse' }),
      newcomerBody({ category: 'labour_spouse', ...done }),
    ]);
    const [family] = await at('2027-02-10T12:00:00+01:00', [
      newcomerBody({ category: 'family' }),
      newcomerBody({ category: 'labour_non_eea', ...done }),
    ]);
    t.setNow(NOW);
    for (const id of [refugee, spouse, family]) expect((await enrol(lead.token, id, vesteralen)).status).toBe(201);
  });

  // No theme evening in Andøy in this file: reached by an evening is 0 throughout (test/events.e2e-spec.ts counts it).
  const figures = (registered: number, inMentorProgramme: number, careerGuidanceDone: number) => ({
    registered,
    reachedByEvening: 0,
    inMentorProgramme,
    careerGuidanceDone,
  });

  it('counts every newcomer without a period, each category in a fixed order with zeros', async () => {
    const res = await t.http.get(`/api/v1/municipalities/${CODE}/reach`).set(t.auth(lead.token));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      municipalityCode: CODE,
      from: null,
      to: null,
      byCategory: [
        { category: 'refugee', ...figures(2, 1, 1) },
        { category: 'family', ...figures(1, 1, 0) },
        { category: 'labour_eea', ...figures(1, 0, 1) },
        { category: 'labour_non_eea', ...figures(1, 0, 1) },
        { category: 'labour_spouse', ...figures(2, 1, 1) },
        { category: 'other', ...figures(0, 0, 0) },
      ],
      total: figures(7, 3, 4),
    });
  });

  it('counts the newcomers registered in the period, by the day in Oslo', async () => {
    const res = await t.http
      .get(`/api/v1/municipalities/${CODE}/reach?from=2027-01-01&to=2027-01-31`)
      .set(t.auth(lead.token));
    expect(res.body.total).toEqual(figures(3, 2, 2));
    expect(res.body.byCategory[0]).toEqual({ category: 'refugee', ...figures(1, 1, 1) });
    const until2026 = await t.http.get(`/api/v1/municipalities/${CODE}/reach?to=2026-12-31`).set(t.auth(lead.token));
    expect(until2026.body.total).toEqual(figures(2, 0, 1));
  });

  it('gives the same figures as CSV, and refuses a period that ends before it begins', async () => {
    const res = await t.http
      .get(`/api/v1/municipalities/${CODE}/reach.csv?from=2027-01-01&separator=semicolon`)
      .set(t.auth(lead.token));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text).toBe(
      '\ufeffmunicipalityCode;from;to;category;registered;reachedByEvening;inMentorProgramme;careerGuidanceDone\r\n' +
        '1871;2027-01-01;;refugee;1;0;1;1\r\n' +
        '1871;2027-01-01;;family;1;0;1;0\r\n' +
        '1871;2027-01-01;;labour_eea;0;0;0;0\r\n' +
        '1871;2027-01-01;;labour_non_eea;1;0;0;1\r\n' +
        '1871;2027-01-01;;labour_spouse;2;0;1;1\r\n' +
        '1871;2027-01-01;;other;0;0;0;0\r\n' +
        '1871;2027-01-01;;total;5;0;3;3\r\n',
    );
    const backwards = await t.http
      .get(`/api/v1/municipalities/${CODE}/reach?from=2027-02-01&to=2027-01-01`)
      .set(t.auth(lead.token));
    expect(backwards.status).toBe(400);
    expect(codes(backwards.body)).toEqual([{ field: 'to', code: 'must_not_be_before' }]);
  });

  it('gives the overview of the municipality asked for, listed even with no one in the period, and refuses an unknown one', async () => {
    const all = await t.http.get(`/api/v1/reach?municipalityCode=${CODE}`).set(t.auth(lead.token));
    expect(all.status).toBe(200);
    expect(all.body.municipalities).toEqual([
      { municipalityCode: CODE, name: 'Andøy', byCategory: expect.any(Array), total: figures(7, 3, 4) },
    ]);
    expect(all.body.total).toEqual(figures(7, 3, 4));
    const later = await t.http.get(`/api/v1/reach?municipalityCode=${CODE}&from=2030-01-01`).set(t.auth(lead.token));
    expect(later.body.municipalities).toEqual([
      { municipalityCode: CODE, name: 'Andøy', byCategory: expect.any(Array), total: figures(0, 0, 0) },
    ]);
    const unknown = await t.http
      .get('/api/v1/reach?municipalityCode=0001&from=2027-02-01&to=2027-01-01')
      .set(t.auth(lead.token));
    expect(unknown.status).toBe(400);
    expect(codes(unknown.body)).toEqual([
      { field: 'to', code: 'must_not_be_before' },
      { field: 'municipalityCode', code: 'unknown_municipality' },
    ]);
  });
});

describe('the wait carried into the mentor programme', () => {
  // Three mentees a mentor scores alike, one place: the run gives it to the one who has waited longest.
  const same = {
    municipalityCode: '1870',
    preferredLanguage: 'uk',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'B1' },
    ],
    professionCode: '2221',
  };
  const waitingFrom = (day: string) =>
    newcomerBody({
      ...same,
      municipalityCode: undefined,
      consent: { register: true, invitations: false, mentorProgramme: true, givenOn: day },
    });

  async function runWith(newcomerDays: string[]): Promise<{ winner: string; ids: Record<string, string> }> {
    const programmeId = await created(lead.token, '/programmes', programmeBody({ name: `Tie ${newcomerDays.join()}` }));
    await created(lead.token, `/programmes/${programmeId}/participants`, {
      ...menteeBody(same),
      role: 'mentor',
      category: undefined,
      languages: [
        { code: 'nb', level: 'native' },
        { code: 'en', level: 'C1' },
      ],
    });
    const ids: Record<string, string> = {};
    // Registered directly today (by the database's clock): their wait starts now.
    ids.direct = await created(lead.token, `/programmes/${programmeId}/participants`, {
      ...menteeBody(same),
      category: 'labour_eea',
    });
    for (const day of newcomerDays) {
      const newcomerId = await created(lead.token, '/municipalities/1870/newcomers', waitingFrom(day));
      const mentee = await enrol(lead.token, newcomerId, programmeId);
      expect(mentee.body).toMatchObject({ waitingSince: day });
      ids[day] = mentee.body.id as string;
    }
    const run = await t.http.post(`/api/v1/programmes/${programmeId}/proposals`).set(t.auth(lead.token));
    expect(run.status).toBe(200);
    const proposals = run.body.proposals as { menteeId: string; score: number }[];
    expect(proposals).toHaveLength(1);
    expect(run.body.unmatchedMenteeIds).toHaveLength(newcomerDays.length);
    return { winner: proposals[0].menteeId, ids };
  }

  it('gives the place to the mentee who has waited longest, counting a newcomer’s wait from their consent', async () => {
    const { winner, ids } = await runWith(['2026-10-01', '2027-02-20']);
    expect(winner).toBe(ids['2026-10-01']);
  });

  it('counts the wait of a mentee registered directly from their registration', async () => {
    const { winner, ids } = await runWith(['2027-02-20']);
    expect(winner).toBe(ids.direct);
  });
});
