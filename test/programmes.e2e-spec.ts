import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

let t: TestApp;
let lead: { token: string };
let sortland: { token: string };
let bodo: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
  bodo = await t.user('coordinator', ['1804']);
});
afterAll(() => t.close());

async function createProgramme(body: Record<string, unknown> = programmeBody()) {
  const res = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(body);
  expect(res.status).toBe(201);
  return res.body as { id: string; municipalityCodes: string[]; rules: Record<string, unknown>; endDate: string };
}

describe('creating a programme', () => {
  it('fills in the end date, the time zone and every rule', async () => {
    const programme = await createProgramme(
      programmeBody({ rules: { maxDistanceKm: 60, weights: { location: 0.4 } } }),
    );
    expect(programme).toMatchObject({
      name: 'Mentorprogram Vesterålen 2027',
      startDate: '2027-01-15',
      endDate: '2027-09-15',
      timezone: 'Europe/Oslo',
      municipalityCodes: ['1851', '1866', '1867', '1868', '1870', '1871'],
      rules: {
        minMeetingsPerMonth: 2,
        minMeetingMinutes: 120,
        maxDistanceKm: 60,
        weights: { profession: 0.5, language: 0.3, location: 0.4 },
        midMonthReminderDay: 15,
        exemptMonths: [7],
      },
    });
  });

  it('keeps the holiday months given, in calendar order, and replaces them whole on a change', async () => {
    const programme = await createProgramme(programmeBody({ rules: { exemptMonths: [12, 7] } }));
    expect(programme.rules.exemptMonths).toEqual([7, 12]);
    const none = await t.http
      .patch(`/api/v1/programmes/${programme.id}`)
      .set(t.auth(lead.token))
      .send({ rules: { exemptMonths: [] } });
    expect(none.status).toBe(200);
    expect(none.body.rules).toMatchObject({ exemptMonths: [], minMeetingsPerMonth: 2 });
    const other = await t.http
      .patch(`/api/v1/programmes/${programme.id}`)
      .set(t.auth(lead.token))
      .send({ rules: { minMeetingsPerMonth: 3 } });
    expect(other.body.rules).toMatchObject({ exemptMonths: [], minMeetingsPerMonth: 3 });
  });

  it('creates the kickoff, midway and closing gatherings in the programme time zone', async () => {
    const programme = await createProgramme(programmeBody({ endDate: '2027-08-31' }));
    const res = await t.http.get(`/api/v1/programmes/${programme.id}/gatherings`).set(t.auth(sortland.token));
    expect(res.status).toBe(200);
    expect(
      res.body.map((g: { kind: string; startsAt: string; endsAt: string }) => [g.kind, g.startsAt, g.endsAt]),
    ).toEqual([
      ['kickoff', '2027-01-15T17:00:00+01:00', '2027-01-15T20:00:00+01:00'],
      ['midway', '2027-05-09T17:00:00+02:00', '2027-05-09T20:00:00+02:00'],
      ['closing', '2027-08-31T17:00:00+02:00', '2027-08-31T20:00:00+02:00'],
    ]);
    expect(res.body[0]).toEqual({
      id: expect.any(String),
      programmeId: programme.id,
      kind: 'kickoff',
      title: 'Kickoff seminar',
      location: null,
      startsAt: expect.any(String),
      endsAt: expect.any(String),
    });
  });

  it('refuses unknown municipalities, zero weights and an end before the start, storing nothing', async () => {
    const before = await rowCounts(t.db);
    const cases: [Record<string, unknown>, string][] = [
      [programmeBody({ municipalityCodes: ['1870', '0000'] }), 'municipalityCodes'],
      [programmeBody({ rules: { weights: { profession: 0, language: 0, location: 0 } } }), 'rules.weights'],
      [programmeBody({ endDate: '2027-01-15' }), 'endDate'],
      [programmeBody({ timezone: 'Europe/Vesteraalen' }), 'timezone'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect(await rowCounts(t.db)).toEqual(before);
  });
});

describe('seeing programmes', () => {
  it('shows a coordinator the programmes of their municipalities only', async () => {
    const vesteralen = await createProgramme();
    const salten = await createProgramme(programmeBody({ name: 'Salten', municipalityCodes: ['1804', '1841'] }));
    const mine = await t.http.get('/api/v1/programmes').set(t.auth(sortland.token));
    const ids = (mine.body as { id: string }[]).map((p) => p.id);
    expect(ids).toContain(vesteralen.id);
    expect(ids).not.toContain(salten.id);
    expect((await t.http.get(`/api/v1/programmes/${salten.id}`).set(t.auth(sortland.token))).status).toBe(404);
    expect((await t.http.get(`/api/v1/programmes/${salten.id}/gatherings`).set(t.auth(sortland.token))).status).toBe(
      404,
    );
    expect((await t.http.get(`/api/v1/programmes/${salten.id}`).set(t.auth(bodo.token))).status).toBe(200);
  });

  it('pages with limit and offset', async () => {
    const all = (await t.http.get('/api/v1/programmes').set(t.auth(lead.token))).body as { id: string }[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const page = await t.http.get('/api/v1/programmes?limit=2&offset=1').set(t.auth(lead.token));
    expect((page.body as { id: string }[]).map((p) => p.id)).toEqual(all.slice(1, 3).map((p) => p.id));
  });
});

describe('changing a programme', () => {
  it('merges rules and moves the standard gatherings with the dates, raising their sequence', async () => {
    const programme = await createProgramme();
    const res = await t.http
      .patch(`/api/v1/programmes/${programme.id}`)
      .set(t.auth(lead.token))
      .send({ startDate: '2027-02-01', endDate: '2027-10-01', rules: { minMeetingsPerMonth: 3 } });
    expect(res.status).toBe(200);
    expect(res.body.rules).toMatchObject({ minMeetingsPerMonth: 3, minMeetingMinutes: 120 });
    const gatherings = (await t.http.get(`/api/v1/programmes/${programme.id}/gatherings`).set(t.auth(lead.token)))
      .body as {
      kind: string;
      startsAt: string;
    }[];
    expect(gatherings.map((g) => [g.kind, g.startsAt])).toEqual([
      ['kickoff', '2027-02-01T17:00:00+01:00'],
      ['midway', '2027-06-02T17:00:00+02:00'],
      ['closing', '2027-10-01T17:00:00+02:00'],
    ]);
    const sequences = await t.db.query<{ sequence: number }[]>(
      'SELECT sequence FROM gatherings WHERE programme_id = $1',
      [programme.id],
    );
    expect(sequences.map((s) => s.sequence)).toEqual([1, 1, 1]);
  });

  it('refuses to drop a municipality that still has participants', async () => {
    const programme = await createProgramme();
    const admin = await t.user('admin');
    await t.http
      .post(`/api/v1/programmes/${programme.id}/participants`)
      .set(t.auth(admin.token))
      .send(mentorBody({ municipalityCode: '1866' }));
    const res = await t.http
      .patch(`/api/v1/programmes/${programme.id}`)
      .set(t.auth(lead.token))
      .send({ municipalityCodes: ['1870'] });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('1866');
  });
});

describe('gatherings', () => {
  it('adds an extra gathering and moves it, raising its sequence only when the time changes', async () => {
    const programme = await createProgramme();
    const created = await t.http
      .post(`/api/v1/programmes/${programme.id}/gatherings`)
      .set(t.auth(lead.token))
      .send({ title: 'Sommeravslutning', startsAt: '2027-06-10T17:00:00+02:00', location: 'Sortland kulturhus' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'other',
      endsAt: '2027-06-10T20:00:00+02:00',
      location: 'Sortland kulturhus',
    });
    const id = created.body.id as string;
    await t.http.patch(`/api/v1/gatherings/${id}`).set(t.auth(lead.token)).send({ location: 'Hadsel kulturhus' });
    const moved = await t.http
      .patch(`/api/v1/gatherings/${id}`)
      .set(t.auth(lead.token))
      .send({ startsAt: '2027-06-11T16:00:00Z' });
    expect(moved.body).toMatchObject({
      startsAt: '2027-06-11T18:00:00+02:00',
      endsAt: '2027-06-11T21:00:00+02:00',
      location: 'Hadsel kulturhus',
    });
    const [{ sequence }] = await t.db.query<{ sequence: number }[]>('SELECT sequence FROM gatherings WHERE id = $1', [
      id,
    ]);
    expect(sequence).toBe(1);
  });

  it("records attendance; a coordinator sets and sees only their municipalities' share", async () => {
    const programme = await createProgramme();
    const admin = await t.user('admin');
    const add = async (body: Record<string, unknown>) =>
      (await t.http.post(`/api/v1/programmes/${programme.id}/participants`).set(t.auth(admin.token)).send(body)).body
        .id as string;
    const sortlandMentee = await add(menteeBody({ municipalityCode: '1870' }));
    const sortlandMentor = await add(mentorBody({ municipalityCode: '1870' }));
    const hadselMentee = await add(menteeBody({ municipalityCode: '1866' }));
    const [kickoff] = (await t.http.get(`/api/v1/programmes/${programme.id}/gatherings`).set(t.auth(admin.token)))
      .body as { id: string }[];
    const url = `/api/v1/gatherings/${kickoff.id}/attendance`;

    const byLead = await t.http
      .put(url)
      .set(t.auth(lead.token))
      .send({ participantIds: [sortlandMentee, hadselMentee] });
    expect(byLead.status).toBe(200);
    expect(byLead.body).toEqual({ gatheringId: kickoff.id, participantIds: [sortlandMentee, hadselMentee].sort() });

    const byCoordinator = await t.http
      .put(url)
      .set(t.auth(sortland.token))
      .send({ participantIds: [sortlandMentor] });
    expect(byCoordinator.body.participantIds).toEqual([sortlandMentor]);
    const all = await t.http.get(url).set(t.auth(lead.token));
    expect(all.body.participantIds).toEqual([sortlandMentor, hadselMentee].sort());

    const before = await rowCounts(t.db);
    const refused = await t.http
      .put(url)
      .set(t.auth(sortland.token))
      .send({ participantIds: [hadselMentee] });
    expect(refused.status).toBe(400);
    expect(refused.body.message.join(' ')).toContain('participantIds');
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
