import { DateTime } from 'luxon';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

let t: TestApp;
let lead: { id: string; token: string };
let sortland: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
});
afterAll(() => t.close());

async function newProgramme(body: Record<string, unknown> = programmeBody()): Promise<string> {
  const res = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(body);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function add(programmeId: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const propose = (programmeId: string, token = lead.token) =>
  t.http.post(`/api/v1/programmes/${programmeId}/proposals`).set(t.auth(token)).send();

/** A programme running now: a month ago to half a year ahead, in Oslo days. */
const oslo = DateTime.now().setZone('Europe/Oslo');
const START = oslo.minus({ days: 30 }).toISODate()!;
const END = oslo.plus({ days: 180 }).toISODate()!;
const TODAY = oslo.toISODate()!;

const nbOnly = [{ code: 'nb', level: 'native' }];
const tiOnly = [{ code: 'ti', level: 'native' }];

describe('a proposal run', () => {
  it('proposes the globally best pairs, explains each, and names the rule that left a mentee out', async () => {
    const programme = await newProgramme();
    // the nurse mentee can only have the nurse mentor (language); the cook mentee could have either
    const nurseMentor = await add(
      programme,
      mentorBody({ professionCode: '2221', languages: [{ code: 'en', level: 'C1' }, ...nbOnly] }),
    );
    const cookMentor = await add(programme, mentorBody({ professionCode: '5120', languages: nbOnly }));
    const nurse = await add(
      programme,
      menteeBody({ professionCode: '2221', languages: [{ code: 'en', level: 'B2' }] }),
    );
    const cook = await add(
      programme,
      menteeBody({
        professionCode: '2221',
        desiredProfessionCode: '5120',
        languages: [
          { code: 'en', level: 'C1' },
          { code: 'nb', level: 'B1' },
        ],
      }),
    );
    const stranger = await add(programme, menteeBody({ languages: tiOnly }));
    const far = await add(
      programme,
      menteeBody({ municipalityCode: '1851', languages: [{ code: 'en', level: 'B2' }] }),
    );

    const res = await propose(programme);
    expect(res.status).toBe(200);
    const pairs = (res.body.proposals as { mentorId: string; menteeId: string }[]).map((p) => [p.menteeId, p.mentorId]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [nurse, nurseMentor],
        [cook, cookMentor],
      ]),
    );
    expect(pairs).toHaveLength(2);
    expect(res.body.unmatched).toEqual(
      expect.arrayContaining([
        { menteeId: stranger, reason: 'no_common_language' },
        { menteeId: far, reason: 'all_candidates_taken' },
      ]),
    );
    expect(res.body.unmatchedMenteeIds.sort()).toEqual([stranger, far].sort());
    const nursePair = (
      res.body.proposals as {
        menteeId: string;
        score: number;
        breakdown: Record<string, { reason: string; code: string }>;
        status: string;
      }[]
    ).find((p) => p.menteeId === nurse)!;
    expect(nursePair.status).toBe('proposed');
    expect(nursePair.breakdown.profession).toMatchObject({ code: 'profession_unit_group', score: 1, weight: 0.5 });
    expect(nursePair.breakdown.language.reason).toBe('Both speak English at B2');
    expect(nursePair.breakdown.location.reason).toBe('Both in Sortland');
    expect(nursePair.score).toBe(Math.round((0.5 * 1 + 0.3 * 0.75 + 0.2 * 1) * 10000) / 10000);
    expect(res.body.totalScore).toBeCloseTo(
      (res.body.proposals as { score: number }[]).reduce((sum, p) => sum + p.score, 0),
      4,
    );
  });

  it('gives the same proposals for the same input, replacing the undecided ones, and stores the run', async () => {
    const programme = await newProgramme();
    for (let i = 0; i < 4; i++)
      await add(programme, mentorBody({ professionCode: ['2221', '5120', '7212', '2341'][i] }));
    for (let i = 0; i < 5; i++)
      await add(programme, menteeBody({ professionCode: ['2221', '5120', '7212', '2341', '9412'][i] }));
    const first = await propose(programme);
    const second = await propose(programme);
    const key = (body: { proposals: { mentorId: string; menteeId: string }[] }) =>
      body.proposals.map((p) => `${p.menteeId}>${p.mentorId}`).sort();
    expect(key(second.body)).toEqual(key(first.body));
    const proposed = await t.http
      .get(`/api/v1/programmes/${programme}/matches?status=proposed`)
      .set(t.auth(lead.token));
    expect(proposed.body).toHaveLength(4);
    expect(new Set((proposed.body as { runId: string }[]).map((m) => m.runId))).toEqual(new Set([second.body.runId]));
    const [run] = await t.db.query<{ matched: number; mentees: number; mentor_places: number; duration_ms: number }[]>(
      'SELECT matched, mentees, mentor_places, duration_ms FROM proposal_runs WHERE id = $1',
      [second.body.runId],
    );
    expect(run).toMatchObject({ matched: 4, mentees: 5, mentor_places: 4 });
    expect(run.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('keeps approved pairs, never proposes a rejected pair again, and fills a mentor of capacity 2', async () => {
    const programme = await newProgramme();
    const mentorA = await add(programme, mentorBody({ capacity: 2 }));
    const menteeIds = [
      await add(programme, menteeBody()),
      await add(programme, menteeBody()),
      await add(programme, menteeBody()),
    ];
    const first = await propose(programme);
    expect(first.body.proposals).toHaveLength(2);
    const [keep, drop] = first.body.proposals as { id: string; menteeId: string }[];
    expect((await t.http.post(`/api/v1/matches/${keep.id}/approve`).set(t.auth(lead.token)).send({})).status).toBe(200);
    expect(
      (await t.http.post(`/api/v1/matches/${drop.id}/reject`).set(t.auth(lead.token)).send({ reason: 'Neighbours' }))
        .status,
    ).toBe(200);
    const second = await propose(programme);
    const third = menteeIds.find((id) => id !== keep.menteeId && id !== drop.menteeId)!;
    expect(
      (second.body.proposals as { menteeId: string; mentorId: string }[]).map((p) => [p.menteeId, p.mentorId]),
    ).toEqual([[third, mentorA]]);
    expect(second.body.unmatched).toEqual([{ menteeId: drop.menteeId, reason: 'all_candidates_rejected' }]);
    const statuses = await t.http.get(`/api/v1/programmes/${programme}/matches`).set(t.auth(lead.token));
    expect((statuses.body as { status: string }[]).map((m) => m.status).sort()).toEqual([
      'approved',
      'proposed',
      'rejected',
    ]);
  });

  it('reports mentees left out for distance and for the asked gender', async () => {
    const programme = await newProgramme(programmeBody({ rules: { maxDistanceKm: 10 } }));
    await add(programme, mentorBody({ gender: 'male', municipalityCode: '1870' }));
    const far = await add(programme, menteeBody({ municipalityCode: '1871' }));
    const wantsWoman = await add(programme, menteeBody({ gender: 'female', wantsSameGender: true }));
    const res = await propose(programme);
    expect(res.body.proposals).toHaveLength(0);
    expect(res.body.unmatched).toEqual(
      expect.arrayContaining([
        { menteeId: far, reason: 'too_far' },
        { menteeId: wantsWoman, reason: 'no_mentor_of_asked_gender' },
      ]),
    );
  });

  it("covers only a coordinator's own mentees and leaves other municipalities' proposals alone", async () => {
    const programme = await newProgramme();
    await add(programme, mentorBody({ municipalityCode: '1866' }));
    await add(programme, mentorBody({ municipalityCode: '1866' }));
    const hadselMentee = await add(programme, menteeBody({ municipalityCode: '1866' }));
    const sortlandMentee = await add(programme, menteeBody({ municipalityCode: '1870' }));
    await propose(programme);
    const mine = await propose(programme, sortland.token);
    expect((mine.body.proposals as { menteeId: string }[]).map((p) => p.menteeId)).toEqual([sortlandMentee]);
    const all = await t.http.get(`/api/v1/programmes/${programme}/matches?status=proposed`).set(t.auth(lead.token));
    expect((all.body as { menteeId: string }[]).map((m) => m.menteeId).sort()).toEqual(
      [hadselMentee, sortlandMentee].sort(),
    );
    const seen = await t.http.get(`/api/v1/programmes/${programme}/matches`).set(t.auth(sortland.token));
    expect((seen.body as { menteeId: string }[]).map((m) => m.menteeId)).toEqual([sortlandMentee]);
  });
});

describe('the last proposal runs', () => {
  const runs = (programmeId: string, token = lead.token) =>
    t.http.get(`/api/v1/programmes/${programmeId}/proposal-runs`).set(t.auth(token));

  it('keeps why each mentee was left out after the run, newest run first, a coordinator seeing their own', async () => {
    const programme = await newProgramme();
    expect((await runs(programme)).body).toEqual([]);
    await add(programme, mentorBody({ municipalityCode: '1870', languages: nbOnly }));
    const hadselStranger = await add(programme, menteeBody({ municipalityCode: '1866', languages: tiOnly }));
    const sortlandStranger = await add(programme, menteeBody({ municipalityCode: '1870', languages: tiOnly }));
    const first = await propose(programme);
    const second = await propose(programme, sortland.token);

    const all = await runs(programme);
    expect(all.status).toBe(200);
    expect(all.body.map((r: { runId: string }) => r.runId)).toEqual([second.body.runId, first.body.runId]);
    expect(all.body[1]).toMatchObject({
      municipalityCodes: null,
      mentees: first.body.mentees,
      mentorPlaces: first.body.mentorPlaces,
      matched: first.body.proposals.length,
    });
    expect(all.body[1].unmatched).toEqual(first.body.unmatched);
    expect(all.body[1].unmatched).toEqual(
      expect.arrayContaining([
        { menteeId: hadselStranger, reason: 'no_common_language' },
        { menteeId: sortlandStranger, reason: 'no_common_language' },
      ]),
    );

    // Sortland's coordinator: both runs covered Sortland; only the Sortland mentee is theirs.
    const mine = await runs(programme, sortland.token);
    expect(mine.body.map((r: { unmatched: unknown[] }) => r.unmatched)).toEqual([
      [{ menteeId: sortlandStranger, reason: 'no_common_language' }],
      [{ menteeId: sortlandStranger, reason: 'no_common_language' }],
    ]);
    // Hadsel's coordinator does not see Sortland's run.
    const hadsel = await t.user('coordinator', ['1866']);
    const theirs = await runs(programme, hadsel.token);
    expect(theirs.body.map((r: { runId: string }) => r.runId)).toEqual([first.body.runId]);
    expect(theirs.body[0].unmatched).toEqual([{ menteeId: hadselStranger, reason: 'no_common_language' }]);
  });
});

describe('candidates', () => {
  it('ranks the mentors for a mentee; limit=0 lists every mentor with the rule that blocks it', async () => {
    const programme = await newProgramme();
    const best = await add(programme, mentorBody({ professionCode: '5321' }));
    const good = await add(programme, mentorBody({ professionCode: '5322' }));
    const silent = await add(programme, mentorBody({ languages: nbOnly.map((l) => ({ ...l, code: 'fi' })) }));
    const mentee = await add(programme, menteeBody({ professionCode: '5321' }));
    const top = await t.http.get(`/api/v1/participants/${mentee}/candidates?limit=1`).set(t.auth(sortland.token));
    expect(top.status).toBe(200);
    expect(top.body).toEqual([
      { mentorId: best, score: expect.any(Number), breakdown: expect.any(Object), allowed: true },
    ]);
    const all = await t.http.get(`/api/v1/participants/${mentee}/candidates?limit=0`).set(t.auth(sortland.token));
    expect((all.body as { mentorId: string }[]).map((c) => c.mentorId)).toEqual([best, good, silent]);
    expect(all.body[2]).toMatchObject({ allowed: false, blockedBy: 'no_common_language' });
    const ofMentor = await t.http.get(`/api/v1/participants/${best}/candidates`).set(t.auth(lead.token));
    expect(ofMentor.status).toBe(400);
  });
});

describe('deciding on pairs', () => {
  it('approves from today by default, or from an earlier day a coordinator gives, within the programme', async () => {
    const programme = await newProgramme(programmeBody({ startDate: START, endDate: END }));
    await add(programme, mentorBody());
    await add(programme, mentorBody());
    await add(programme, menteeBody());
    await add(programme, menteeBody());
    const [a, b] = (await propose(programme)).body.proposals as { id: string }[];
    const approved = await t.http.post(`/api/v1/matches/${a.id}/approve`).set(t.auth(sortland.token)).send({});
    expect(approved.body).toMatchObject({
      status: 'approved',
      startsOn: TODAY,
    });
    expect(approved.body.decidedAt).toEqual(expect.any(String));
    const outside = await t.http
      .post(`/api/v1/matches/${b.id}/approve`)
      .set(t.auth(sortland.token))
      .send({ startsOn: oslo.minus({ days: 31 }).toISODate() });
    expect(outside.status).toBe(400);
    expect(outside.body.message.join(' ')).toContain('startsOn');
    const earlier = await t.http
      .post(`/api/v1/matches/${b.id}/approve`)
      .set(t.auth(sortland.token))
      .send({ startsOn: START });
    expect(earlier.body.startsOn).toBe(START);
    const again = await t.http.post(`/api/v1/matches/${b.id}/approve`).set(t.auth(sortland.token)).send({});
    expect(again.status).toBe(409);
  });

  it('proposes a pair by hand, scored, refusing one that breaks a hard rule', async () => {
    const programme = await newProgramme();
    const mentor = await add(programme, mentorBody());
    const stranger = await add(programme, menteeBody({ languages: tiOnly }));
    const mentee = await add(programme, menteeBody());
    const before = await rowCounts(t.db);
    const refused = await t.http
      .post(`/api/v1/programmes/${programme}/matches`)
      .set(t.auth(sortland.token))
      .send({ mentorId: mentor, menteeId: stranger });
    expect(refused.status).toBe(400);
    expect(refused.body.message.join(' ')).toContain('no_common_language');
    expect(await rowCounts(t.db)).toEqual(before);
    const made = await t.http
      .post(`/api/v1/programmes/${programme}/matches`)
      .set(t.auth(sortland.token))
      .send({ mentorId: mentor, menteeId: mentee });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'proposed', runId: null, score: expect.any(Number) });
    const twice = await t.http
      .post(`/api/v1/programmes/${programme}/matches`)
      .set(t.auth(sortland.token))
      .send({ mentorId: mentor, menteeId: mentee });
    expect(twice.status).toBe(409);
  });

  it('ends an approved pair with its outcome and the employment at the end', async () => {
    const programme = await newProgramme(programmeBody({ startDate: START, endDate: END }));
    await add(programme, mentorBody());
    await add(programme, menteeBody({ employmentStatusAtStart: 'unemployed' }));
    const [proposal] = (await propose(programme)).body.proposals as { id: string }[];
    const early = await t.http
      .post(`/api/v1/matches/${proposal.id}/end`)
      .set(t.auth(lead.token))
      .send({ outcome: 'completed' });
    expect(early.status).toBe(409);
    await t.http.post(`/api/v1/matches/${proposal.id}/approve`).set(t.auth(lead.token)).send({ startsOn: START });
    const ended = await t.http
      .post(`/api/v1/matches/${proposal.id}/end`)
      .set(t.auth(lead.token))
      .send({ outcome: 'completed', employmentStatusAtEnd: 'part_time', reason: 'Ran its course' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      status: 'completed',
      employmentStatusAtEnd: 'part_time',
      reason: 'Ran its course',
    });
    expect(ended.body.endedOn).toBe(TODAY);
  });

  it('lets exactly one of 50 concurrent approvals take the last place of a mentor', async () => {
    const programme = await newProgramme();
    const mentor = await add(programme, mentorBody({ capacity: 1 }));
    const mentees = await Promise.all(Array.from({ length: 50 }, () => add(programme, menteeBody())));
    const proposals: string[] = [];
    for (const menteeId of mentees) {
      const res = await t.http
        .post(`/api/v1/programmes/${programme}/matches`)
        .set(t.auth(lead.token))
        .send({ mentorId: mentor, menteeId });
      expect(res.status).toBe(201);
      proposals.push(res.body.id as string);
    }
    const results = await Promise.all(
      proposals.map((id) => t.http.post(`/api/v1/matches/${id}/approve`).set(t.auth(lead.token)).send({})),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM matches WHERE mentor_id = $1 AND status = 'approved'`,
      [mentor],
    );
    expect(n).toBe(1);
  });

  it("hides and refuses pairs of mentees outside a coordinator's municipalities", async () => {
    const programme = await newProgramme();
    await add(programme, mentorBody({ municipalityCode: '1866' }));
    await add(programme, menteeBody({ municipalityCode: '1866' }));
    const [proposal] = (await propose(programme)).body.proposals as { id: string }[];
    const before = await rowCounts(t.db);
    const bodies: Record<string, object> = { approve: {}, reject: { reason: 'x' }, end: { outcome: 'ended' } };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await t.http.post(`/api/v1/matches/${proposal.id}/${action}`).set(t.auth(sortland.token)).send(body);
      expect([action, res.status]).toEqual([action, 404]);
    }
    expect((await t.http.get(`/api/v1/matches/${proposal.id}`).set(t.auth(sortland.token))).status).toBe(404);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
