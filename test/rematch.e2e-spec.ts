import { DateTime } from 'luxon';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/*
 * Ending a pair early with `rematch`: the mentee is back in the next proposal run, keeping their
 * place by how long they have waited, and never with the mentor of the ended pair. Without it the
 * mentee has left the programme and is not proposed again.
 */

let t: TestApp;
let lead: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.user('lead');
});
afterAll(() => t.close());

const oslo = DateTime.now().setZone('Europe/Oslo');
const START = oslo.minus({ days: 30 }).toISODate()!;
const END = oslo.plus({ days: 180 }).toISODate()!;

async function newProgramme(): Promise<string> {
  const res = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: START, endDate: END }));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function add(programmeId: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Mentors and mentees all alike, so every allowed pair scores the same. */
const mentor = () => mentorBody({ professionCode: '2221', municipalityCode: '1870' });
const mentee = () => menteeBody({ professionCode: '2221', municipalityCode: '1870' });

async function pair(programmeId: string, mentorId: string, menteeId: string): Promise<string> {
  const proposed = await t.http
    .post(`/api/v1/programmes/${programmeId}/matches`)
    .set(t.auth(lead.token))
    .send({ mentorId, menteeId });
  expect(proposed.status).toBe(201);
  const approved = await t.http
    .post(`/api/v1/matches/${proposed.body.id}/approve`)
    .set(t.auth(lead.token))
    .send({ startsOn: START });
  expect(approved.status).toBe(200);
  return proposed.body.id as string;
}

const end = (matchId: string, body: Record<string, unknown>) =>
  t.http.post(`/api/v1/matches/${matchId}/end`).set(t.auth(lead.token)).send(body);

interface Run {
  proposals: { mentorId: string; menteeId: string }[];
  unmatched: { menteeId: string; reason: string }[];
}

async function run(programmeId: string): Promise<Run> {
  const res = await t.http.post(`/api/v1/programmes/${programmeId}/proposals`).set(t.auth(lead.token)).send();
  expect(res.status).toBe(200);
  return res.body as Run;
}

const daysAgo = (days: number) => oslo.minus({ days }).toISODate()!;

describe('rematch', () => {
  it('puts the mentee first among equals in the next run by their whole wait, never with the old mentor', async () => {
    const programme = await newProgramme();
    const oldMentor = await add(programme, mentor());
    const rematched = await add(programme, mentee());
    // The rematched mentee registered 20 days ago; the other has waited 10 days. Had the wait
    // restarted when the pair ended, the other would come first.
    await t.db.query(`UPDATE participants SET created_at = now() - interval '20 days' WHERE id = $1`, [rematched]);
    const match = await pair(programme, oldMentor, rematched);

    const ended = await end(match, { outcome: 'ended', reason: 'They did not get on', rematch: true });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', rematch: true });

    const waiting = await add(programme, mentee());
    await t.db.query(`UPDATE participants SET waiting_since = $2 WHERE id = $1`, [waiting, daysAgo(10)]);
    // The old mentor is busy with someone else; one new mentor has one place, equally good for both.
    await pair(programme, oldMentor, await add(programme, mentee()));
    const newMentor = await add(programme, mentor());

    const first = await run(programme);
    expect(first.proposals.map((p) => [p.menteeId, p.mentorId])).toEqual([[rematched, newMentor]]);
    expect(first.unmatched).toEqual([{ menteeId: waiting, reason: 'all_candidates_taken' }]);
  });

  it('never proposes the ended pair again, and refuses it by hand', async () => {
    const programme = await newProgramme();
    const oldMentor = await add(programme, mentor());
    const rematched = await add(programme, mentee());
    const match = await pair(programme, oldMentor, rematched);
    expect((await end(match, { outcome: 'ended', rematch: true })).status).toBe(200);

    // The old mentor is free again and the only one: the mentee is left out rather than paired back.
    const again = await run(programme);
    expect(again.proposals).toEqual([]);
    expect(again.unmatched).toEqual([{ menteeId: rematched, reason: 'all_candidates_rejected' }]);

    const before = await rowCounts(t.db);
    const byHand = await t.http
      .post(`/api/v1/programmes/${programme}/matches`)
      .set(t.auth(lead.token))
      .send({ mentorId: oldMentor, menteeId: rematched });
    expect(byHand.status).toBe(409);
    expect(byHand.body.errors).toEqual([expect.objectContaining({ code: 'pair_ended_before' })]);
    expect(await rowCounts(t.db)).toEqual(before);

    // Another mentor: proposed.
    const newMentor = await add(programme, mentor());
    const next = await run(programme);
    expect(next.proposals.map((p) => [p.menteeId, p.mentorId])).toEqual([[rematched, newMentor]]);
  });

  it('without rematch the mentee has left the programme and is never proposed again', async () => {
    const programme = await newProgramme();
    const oldMentor = await add(programme, mentor());
    const left = await add(programme, mentee());
    const match = await pair(programme, oldMentor, left);
    const ended = await end(match, { outcome: 'ended', reason: 'Moved away' });
    expect(ended.status).toBe(200);
    expect(ended.body.rematch).toBeUndefined();
    await add(programme, mentor());

    const after = await run(programme);
    expect(after.proposals).toEqual([]);
    expect(after.unmatched).toEqual([]);
  });

  it('refuses rematch for a completed pair, naming rematch, and changes nothing', async () => {
    const programme = await newProgramme();
    const match = await pair(programme, await add(programme, mentor()), await add(programme, mentee()));
    const before = await rowCounts(t.db);
    const res = await end(match, { outcome: 'completed', rematch: true });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'rematch', code: 'only_with_status', params: { status: 'ended' } }),
    ]);
    expect(await rowCounts(t.db)).toEqual(before);
    const status = await t.http.get(`/api/v1/matches/${match}`).set(t.auth(lead.token));
    expect(status.body.status).toBe('approved');
  });
});
