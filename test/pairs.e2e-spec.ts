import { randomUUID } from 'node:crypto';
import { approvedPair } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { eachMonth, type ListedMonths } from './support/pair-months.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/*
 * GET /programmes/:id/pairs and GET /programmes/:id/attention over a programme built by hand:
 * Vesterålen 2027, 15 January to 14 September, at least 2 meetings of 120 minutes a month, read
 * on 10 April 2027 (so January to March are over and April is running). Each pair is there for one
 * mark or flag:
 *
 *   Anne    1870  from 15 Jan   Jan met (1 of 1, a partial month), Feb met, Mar missed (one meeting too short) → missed last month
 *   Bashir  1870  from 31 Jan   Jan not required (one day of it), Feb and Mar missed, nothing logged → two months, silent
 *   Bjørn   1870  15 Jan–10 Mar ended early: Jan, Feb, Mar (10 days: 1 required) met; months stop in March; no flags
 *   Eva     1870  from 15 Jan   every month met, last meeting 5 March → silent only
 *   Gunnar  1866  from 15 Jan   nothing logged → two months, silent (not the 1870 coordinator's)
 *   Øystein 1870  from 1 Feb    on track
 *   Åse     1870  from 8 Apr    started this month: April requires 2 (23 days of 30), running; not silent
 *
 * And mentees waiting: Hanne (1870) has an undecided proposal, Ivar (1870) nothing, Jonas (1866) only
 * a rejected proposal; Bjørn waits again since his pair ended.
 */

const NOW = '2027-04-10T10:00:00Z';

let t: TestApp;
let lead: { token: string };
let admin: { token: string };
let sortland: { token: string };
let bodo: { token: string };
let programmeId = '';
let bodoProgrammeId = '';
const pairIds: Record<string, string> = {};
const menteeIds: Record<string, string> = {};
let hannesProposal = '';

interface Pair {
  id: string;
  status: string;
  startsOn: string;
  endsOn?: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string; municipalityCode: string };
  score: number;
  lastMeetingOn: string | null;
  meetings: number;
  minutes: number;
  months: ListedMonths;
  attention: { missedLastMonth: boolean; missedTwoMonths: boolean; noMeetingFor30Days: boolean };
  needsAttention: boolean;
}

/** A listed month; none of this file's months (January to April) is exempt or paused. */
const month = (key: string, requiredMeetings: number, qualifyingMeetings: number, meetings: number, mark: string) => ({
  month: key,
  requiredMeetings,
  qualifyingMeetings,
  meetings,
  mark,
  exempt: false,
  pausedDays: 0,
});

const flags = (missedLastMonth: boolean, missedTwoMonths: boolean, noMeetingFor30Days: boolean) => ({
  missedLastMonth,
  missedTwoMonths,
  noMeetingFor30Days,
});

async function post(path: string, body: object, token = lead.token): Promise<string> {
  const res = await t.http.post(`/api/v1${path}`).set(t.auth(token)).send(body);
  if (res.status !== 201) throw new Error(`setup: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

const get = (path: string, token = lead.token) => t.http.get(`/api/v1${path}`).set(t.auth(token));

beforeAll(async () => {
  t = await createTestApp({ RUN_WORKERS: 'false' });
  t.setNow(NOW);
  [lead, admin, sortland, bodo] = await Promise.all([
    t.user('lead'),
    t.user('admin'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
  programmeId = await post(
    '/programmes',
    programmeBody({ name: 'Vesterålen 2027', startDate: '2027-01-15', endDate: '2027-09-14' }),
  );
  bodoProgrammeId = await post('/programmes', programmeBody({ name: 'Bodø 2027', municipalityCodes: ['1804'] }));
  const participant = (body: Record<string, unknown>) => post(`/programmes/${programmeId}/participants`, body);

  const pair = async (
    name: string,
    startsOn: string,
    meetings: [date: string, minutes: number][],
    municipalityCode = '1870',
  ) => {
    const mentorId = await participant(mentorBody({ name: `Mentor for ${name}` }));
    const menteeId = await participant(menteeBody({ name, municipalityCode }));
    const { id } = await approvedPair(t, lead.token, programmeId, { mentorId, menteeId, startsOn });
    for (const [date, durationMinutes] of meetings) {
      await post(`/matches/${id}/meetings`, { date, durationMinutes });
    }
    pairIds[name] = id;
    menteeIds[name] = menteeId;
  };
  await pair('Anne Hansen', '2027-01-15', [
    ['2027-01-20', 120],
    ['2027-02-03', 120],
    ['2027-02-17', 150],
    ['2027-03-03', 120],
    ['2027-03-20', 60],
    ['2027-04-05', 120],
  ]);
  await pair('Bashir Ali', '2027-01-31', []);
  await pair('Bjørn Berg', '2027-01-15', [
    ['2027-01-25', 120],
    ['2027-02-10', 120],
    ['2027-02-24', 120],
    ['2027-03-02', 120],
  ]);
  await pair('Eva Olsen', '2027-01-15', [
    ['2027-01-16', 120],
    ['2027-02-01', 120],
    ['2027-02-15', 120],
    ['2027-03-01', 120],
    ['2027-03-05', 120],
  ]);
  await pair('Gunnar Moe', '2027-01-15', [], '1866');
  await pair('Øystein Lie', '2027-02-01', [
    ['2027-02-02', 120],
    ['2027-02-16', 120],
    ['2027-03-01', 120],
    ['2027-03-15', 120],
    ['2027-04-01', 120],
  ]);
  await pair('Åse Dahl', '2027-04-08', []);

  // Bjørn's pair ended on 10 March (the app records the day it is ended).
  t.setNow('2027-03-10T10:00:00Z');
  const ended = await t.http
    .post(`/api/v1/matches/${pairIds['Bjørn Berg']}/end`)
    .set(t.auth(lead.token))
    .send({ outcome: 'ended', reason: 'Moved away' });
  expect(ended.status).toBe(200);
  t.setNow(NOW);

  // Waiting mentees: one with an undecided proposal, one with nothing, one with a rejected proposal only.
  const hanne = await participant(menteeBody({ name: 'Hanne Nilsen' }));
  hannesProposal = await post(`/programmes/${programmeId}/matches`, {
    mentorId: await participant(mentorBody()),
    menteeId: hanne,
  });
  menteeIds['Ivar Lund'] = await participant(menteeBody({ name: 'Ivar Lund' }));
  menteeIds['Jonas Dahl'] = await participant(menteeBody({ name: 'Jonas Dahl', municipalityCode: '1866' }));
  const rejected = await post(`/programmes/${programmeId}/matches`, {
    mentorId: await participant(mentorBody()),
    menteeId: menteeIds['Jonas Dahl'],
  });
  const reject = await t.http
    .post(`/api/v1/matches/${rejected}/reject`)
    .set(t.auth(lead.token))
    .send({ reason: 'They know each other' });
  expect(reject.status).toBe(200);
});

afterAll(() => t.close());

describe('GET /programmes/:id/pairs', () => {
  it('gives every month of every pair its exact mark, counts and requirement', async () => {
    const res = await get(`/programmes/${programmeId}/pairs`);
    expect(res.status).toBe(200);
    const byName = new Map((res.body as Pair[]).map((p) => [p.mentee.name, p]));
    const months = (name: string) => eachMonth(byName.get(name)!.months);

    // A partial first month (15–31 January: 1 of 2), met; a month one meeting short (60 < 120 minutes), missed.
    expect(months('Anne Hansen')).toEqual([
      month('2027-01', 1, 1, 1, 'met'),
      month('2027-02', 2, 2, 2, 'met'),
      month('2027-03', 2, 1, 2, 'missed'),
      month('2027-04', 2, 1, 1, 'running'),
    ]);
    // Begun on the last day of January: that month requires nothing.
    expect(months('Bashir Ali')).toEqual([
      month('2027-01', 0, 0, 0, 'not_required'),
      month('2027-02', 2, 0, 0, 'missed'),
      month('2027-03', 2, 0, 0, 'missed'),
      month('2027-04', 2, 0, 0, 'running'),
    ]);
    // Ended on 10 March: March is partial (10 of 31 days: 1 required) and over; no April.
    expect(months('Bjørn Berg')).toEqual([
      month('2027-01', 1, 1, 1, 'met'),
      month('2027-02', 2, 2, 2, 'met'),
      month('2027-03', 1, 1, 1, 'met'),
    ]);
    // Begun on 8 April: 23 of 30 days require 2.
    expect(months('Åse Dahl')).toEqual([month('2027-04', 2, 0, 0, 'running')]);
    expect(months('Øystein Lie')).toEqual([
      month('2027-02', 2, 2, 2, 'met'),
      month('2027-03', 2, 2, 2, 'met'),
      month('2027-04', 2, 1, 1, 'running'),
    ]);
  });

  it('describes each pair: people, dates, score, last meeting and totals', async () => {
    const res = await get(`/programmes/${programmeId}/pairs`);
    const byName = new Map((res.body as Pair[]).map((p) => [p.mentee.name, p]));
    const anne = byName.get('Anne Hansen')!;
    expect(anne).toMatchObject({
      id: pairIds['Anne Hansen'],
      status: 'approved',
      startsOn: '2027-01-15',
      mentor: { id: expect.any(String), name: 'Mentor for Anne Hansen' },
      mentee: { id: menteeIds['Anne Hansen'], name: 'Anne Hansen', municipalityCode: '1870' },
      score: expect.any(Number),
      lastMeetingOn: '2027-04-05',
      meetings: 6,
      minutes: 690,
    });
    expect(anne).not.toHaveProperty('endsOn');
    expect(byName.get('Bjørn Berg')).toMatchObject({ status: 'ended', endsOn: '2027-03-10', meetings: 4 });
    expect(byName.get('Bashir Ali')).toMatchObject({ lastMeetingOn: null, meetings: 0, minutes: 0 });
  });

  it('flags the pairs that need attention and lists them first: two months, last month, silent, then by name', async () => {
    const res = await get(`/programmes/${programmeId}/pairs`);
    const listed = (res.body as Pair[]).map((p) => [p.mentee.name, p.attention, p.needsAttention]);
    expect(listed).toEqual([
      ['Bashir Ali', flags(true, true, true), true],
      ['Gunnar Moe', flags(true, true, true), true],
      ['Anne Hansen', flags(true, false, false), true],
      ['Eva Olsen', flags(false, false, true), true],
      // The rest in Norwegian order: … Ø, Å.
      ['Bjørn Berg', flags(false, false, false), false],
      ['Øystein Lie', flags(false, false, false), false],
      ['Åse Dahl', flags(false, false, false), false],
    ]);
  });

  it('comes brotli-compressed to a browser, and whole', async () => {
    const plain = await get(`/programmes/${programmeId}/pairs`).set('Accept-Encoding', 'identity');
    // supertest unzips brotli itself.
    const browser = await get(`/programmes/${programmeId}/pairs`).set('Accept-Encoding', 'gzip, deflate, br, zstd');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.body).toEqual(plain.body);
    expect((browser.body as unknown[]).length).toBeGreaterThan(3);
  });

  it('filters by status', async () => {
    const ended = await get(`/programmes/${programmeId}/pairs?status=ended`);
    expect(ended.status).toBe(200);
    expect((ended.body as Pair[]).map((p) => p.id)).toEqual([pairIds['Bjørn Berg']]);
    const approved = await get(`/programmes/${programmeId}/pairs?status=approved`);
    expect((approved.body as Pair[]).map((p) => p.mentee.name)).toEqual([
      'Bashir Ali',
      'Gunnar Moe',
      'Anne Hansen',
      'Eva Olsen',
      'Øystein Lie',
      'Åse Dahl',
    ]);
    expect((await get(`/programmes/${programmeId}/pairs?status=completed`)).body).toEqual([]);
  });

  it('gives a coordinator the pairs of their mentees only', async () => {
    const res = await get(`/programmes/${programmeId}/pairs`, sortland.token);
    expect(res.status).toBe(200);
    const pairs = res.body as Pair[];
    expect(pairs.map((p) => p.mentee.name)).toEqual([
      'Bashir Ali',
      'Anne Hansen',
      'Eva Olsen',
      'Bjørn Berg',
      'Øystein Lie',
      'Åse Dahl',
    ]);
    expect(pairs.every((p) => p.mentee.municipalityCode === '1870')).toBe(true);
    // The same pairs as the lead sees them.
    const all = (await get(`/programmes/${programmeId}/pairs`)).body as Pair[];
    expect(pairs).toEqual(all.filter((p) => p.mentee.municipalityCode === '1870'));
  });

  it('answers 404 for a programme outside the coordinator’s municipalities, as for none', async () => {
    const outside = await get(`/programmes/${bodoProgrammeId}/pairs`, sortland.token);
    const none = await get(`/programmes/${randomUUID()}/pairs`, sortland.token);
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual(none.body);
    expect((await get(`/programmes/${programmeId}/pairs`, bodo.token)).status).toBe(404);
  });

  it.each(['proposed', 'rejected', 'bogus', 'Approved'])('answers 400 naming status for ?status=%s', async (status) => {
    const res = await get(`/programmes/${programmeId}/pairs?status=${status}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400 });
    expect(JSON.stringify(res.body.message)).toContain('status must be one of approved, completed, ended');
  });
});

describe('GET /programmes/:id/attention', () => {
  it('counts what needs attention; a coordinator gets their share', async () => {
    // Hanne's proposal was made on 5 April: not yet stale.
    await t.db.query(`UPDATE matches SET created_at = '2027-04-05T12:00:00Z' WHERE id = $1`, [hannesProposal]);
    const res = await get(`/programmes/${programmeId}/attention`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      // Bjørn (his pair ended), Ivar (nothing), Jonas (1866: a rejected proposal only); not Hanne (proposed).
      menteesWithoutMentor: 3,
      menteesWithoutMentorIds: [menteeIds['Bjørn Berg'], menteeIds['Ivar Lund'], menteeIds['Jonas Dahl']],
      staleProposals: 0,
      pairsMissedLastMonth: 3, // Anne, Bashir, Gunnar
      pairsMissedTwoMonths: 2, // Bashir, Gunnar
      pairsSilent30Days: 3, // Bashir, Eva, Gunnar
    });
    const share = await get(`/programmes/${programmeId}/attention`, sortland.token);
    expect(share.status).toBe(200);
    expect(share.body).toMatchObject({
      menteesWithoutMentor: 2,
      menteesWithoutMentorIds: [menteeIds['Bjørn Berg'], menteeIds['Ivar Lund']],
      staleProposals: 0,
      pairsMissedLastMonth: 2,
      pairsMissedTwoMonths: 1,
      pairsSilent30Days: 2,
    });
  });

  it('counts a proposal undecided for more than 7 days by the app’s clock as stale', async () => {
    await t.db.query(`UPDATE matches SET created_at = '2027-04-05T12:00:00Z' WHERE id = $1`, [hannesProposal]);
    try {
      t.setNow('2027-04-12T11:59:00Z'); // 6 days and 23 hours later
      expect((await get(`/programmes/${programmeId}/attention`)).body).toMatchObject({ staleProposals: 0 });
      t.setNow('2027-04-12T12:01:00Z');
      expect((await get(`/programmes/${programmeId}/attention`)).body).toMatchObject({ staleProposals: 1 });
      expect((await get(`/programmes/${programmeId}/attention`, sortland.token)).body).toMatchObject({
        staleProposals: 1,
      });
    } finally {
      t.setNow(NOW);
    }
  });

  it('names the next gathering and those within 14 days without invitations, until the sweep invites', async () => {
    const gatherings = (await get(`/programmes/${programmeId}/gatherings`)).body as {
      id: string;
      kind: string;
      title: string;
      startsAt: string;
      location: string | null;
    }[];
    const midway = gatherings.find((g) => g.kind === 'midway')!;
    const first = await get(`/programmes/${programmeId}/attention`);
    // Kickoff is over; midway (16 May) is next, but more than 14 days away.
    expect(first.body).toMatchObject({
      nextGathering: {
        id: midway.id,
        kind: 'midway',
        title: midway.title,
        startsAt: midway.startsAt,
        location: midway.location,
      },
      gatheringsSoonWithoutInvitations: [],
    });

    const extra = await post(`/programmes/${programmeId}/gatherings`, {
      title: 'Vårtreff',
      startsAt: '2027-04-20T17:00:00+02:00',
      location: 'Sortland kulturhus',
    });
    const soon = await get(`/programmes/${programmeId}/attention`, sortland.token);
    expect(soon.body).toMatchObject({
      nextGathering: {
        id: extra,
        kind: 'other',
        title: 'Vårtreff',
        startsAt: '2027-04-20T17:00:00+02:00',
        location: 'Sortland kulturhus',
      },
      gatheringsSoonWithoutInvitations: [
        { id: extra, kind: 'other', title: 'Vårtreff', startsAt: '2027-04-20T17:00:00+02:00' },
      ],
    });

    const sweep = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf: NOW });
    expect(sweep.status).toBe(200);
    expect((await get(`/programmes/${programmeId}/attention`)).body).toMatchObject({
      nextGathering: { id: extra },
      gatheringsSoonWithoutInvitations: [],
    });
  });

  it('answers 404 for a programme outside the coordinator’s municipalities, as for none', async () => {
    const outside = await get(`/programmes/${bodoProgrammeId}/attention`, sortland.token);
    const none = await get(`/programmes/${randomUUID()}/attention`, sortland.token);
    expect(outside.status).toBe(404);
    expect(outside.body).toEqual(none.body);
  });
});
