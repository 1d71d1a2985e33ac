import { parse } from 'csv-parse/sync';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/*
 * One programme built through the API with figures worked out by hand (the comments give the
 * working), and every figure of the stats asserted exactly: for a lead (the whole programme) and
 * for Sortland's coordinator (Sortland's share only). Then the CSV parsed back and compared with
 * the JSON, and GET /stats side by side with a second programme.
 *
 * Programme "Vesterålen 2027", 2027-01-18 → 2027-09-17, Lødingen 1851, Hadsel 1866, Sortland 1870
 * and Andøy 1871; default rules (2 meetings a month of at least 120 minutes). The figures are read
 * on 2027-04-10: January to March are closed, April is running.
 *
 * Mentors: S1 S2 S3 (Sortland), H1 (Hadsel, capacity 2) H2 (Hadsel), A1 (Andøy).
 * Mentees (municipality, category, employment at start):
 *   M1 Sortland refugee unemployed        → pair A with S1, from 01-18, running
 *   M2 Sortland family introduction_prog.  → pair B with S2, from 02-15, running
 *   M3 Sortland labour_eea part_time       → pair C with H1, from 01-18, ended 03-05 (full_time)
 *   M4 Hadsel labour_non_eea unemployed    → pair D with H2, from 01-18, ended 03-20 (no status)
 *   M5 Hadsel labour_spouse (none)         → pair E with S3, proposed
 *   M6 Andøy other education               → pair F with A1, rejected
 *   M7 Andøy (no category) unemployed      → pair G with A1, from 01-18, completed 04-05 (education)
 *   M8 Sortland refugee full_time          → no pair
 *   M9 Hadsel refugee unemployed           → pair H with H1, from 03-01, running
 */

let t: TestApp;
let lead: { token: string };
let admin: { token: string };
let sortland: { token: string };

interface Built {
  programmeId: string;
  otherProgrammeId: string;
  gatherings: Record<'kickoff' | 'midway' | 'closing' | 'other', string>;
}
let built: Built;

const oslo = (day: string) => `${day}T10:00:00Z`; // 11:00 or 12:00 in Oslo: always that day there

async function post(path: string, body: Record<string, unknown>, expected = 201) {
  const res = await t.http.post(`/api/v1${path}`).set(t.auth(lead.token)).send(body);
  if (res.status !== expected) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function build(): Promise<Built> {
  t.setNow(oslo('2027-01-10'));
  const programme = await post(
    '/programmes',
    programmeBody({
      name: 'Vesterålen 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
      municipalityCodes: ['1851', '1866', '1870', '1871'],
    }),
  );
  const pid = programme.id as string;
  const person = async (body: Record<string, unknown>) =>
    (await post(`/programmes/${pid}/participants`, body)).id as string;
  const mentor = (municipalityCode: string, capacity = 1) => person(mentorBody({ municipalityCode, capacity }));
  const mentee = (municipalityCode: string, category: string | undefined, employmentStatusAtStart?: string) =>
    person(menteeBody({ municipalityCode, category, employmentStatusAtStart }));

  const S1 = await mentor('1870');
  const S2 = await mentor('1870');
  const S3 = await mentor('1870');
  const H1 = await mentor('1866', 2);
  const H2 = await mentor('1866');
  const A1 = await mentor('1871');
  const M1 = await mentee('1870', 'refugee', 'unemployed');
  const M2 = await mentee('1870', 'family', 'introduction_programme');
  const M3 = await mentee('1870', 'labour_eea', 'part_time');
  const M4 = await mentee('1866', 'labour_non_eea', 'unemployed');
  const M5 = await mentee('1866', 'labour_spouse');
  const M6 = await mentee('1871', 'other', 'education');
  const M7 = await mentee('1871', undefined, 'unemployed');
  await mentee('1870', 'refugee', 'full_time'); // M8
  const M9 = await mentee('1866', 'refugee', 'unemployed');

  const pair = async (mentorId: string, menteeId: string) =>
    (await post(`/programmes/${pid}/matches`, { mentorId, menteeId })).id as string;
  const approve = (id: string, startsOn: string) => post(`/matches/${id}/approve`, { startsOn }, 200);
  const end = (id: string, body: Record<string, unknown>) => post(`/matches/${id}/end`, body, 200);
  const meet = async (id: string, meetings: [string, number][]) => {
    for (const [date, durationMinutes] of meetings) await post(`/matches/${id}/meetings`, { date, durationMinutes });
  };

  // 5 March: every pair but E and F approved; the meetings up to then.
  t.setNow(oslo('2027-03-05'));
  const A = await pair(S1, M1);
  const B = await pair(S2, M2);
  const C = await pair(H1, M3);
  const D = await pair(H2, M4);
  await pair(S3, M5); // E: stays proposed
  const F = await pair(A1, M6);
  await post(`/matches/${F}/reject`, { reason: 'No common working hours' }, 200);
  const G = await pair(A1, M7);
  const H = await pair(H1, M9);
  for (const id of [A, C, D, G]) await approve(id, '2027-01-18');
  await approve(B, '2027-02-15');
  await approve(H, '2027-03-01');
  await meet(A, [
    ['2027-01-25', 120],
    ['2027-02-03', 120],
    ['2027-02-17', 120],
    ['2027-03-03', 120],
  ]);
  await meet(B, [['2027-02-20', 150]]);
  await meet(C, [
    ['2027-01-26', 60],
    ['2027-02-10', 120],
    ['2027-02-24', 120],
  ]);
  await meet(D, [['2027-02-12', 120]]);
  await meet(G, [
    ['2027-01-20', 120],
    ['2027-01-28', 120],
    ['2027-03-02', 120],
  ]);
  await end(C, { outcome: 'ended', reason: 'Moved to Tromsø', employmentStatusAtEnd: 'full_time' });

  t.setNow(oslo('2027-03-20'));
  await meet(D, [['2027-03-15', 180]]);
  await end(D, { outcome: 'ended' });

  t.setNow(oslo('2027-04-05'));
  await meet(G, [
    ['2027-03-12', 120],
    ['2027-03-26', 120],
  ]);
  await end(G, { outcome: 'completed', employmentStatusAtEnd: 'education' });

  t.setNow(oslo('2027-04-10'));
  await meet(A, [
    ['2027-03-17', 125],
    ['2027-04-02', 120],
  ]);
  await meet(B, [
    ['2027-03-08', 90],
    ['2027-03-22', 90],
  ]);
  await meet(H, [
    ['2027-03-10', 120],
    ['2027-04-03', 120],
    ['2027-04-08', 120],
  ]);

  const listed = await t.http.get(`/api/v1/programmes/${pid}/gatherings`).set(t.auth(lead.token));
  const byKind = Object.fromEntries(listed.body.map((g: { kind: string; id: string }) => [g.kind, g.id]));
  const other = await post(`/programmes/${pid}/gatherings`, {
    kind: 'other',
    title: 'Jobbmesse',
    startsAt: '2027-03-01T17:00:00Z',
  });
  const attend = async (gatheringId: string, participantIds: string[]) => {
    const res = await t.http
      .put(`/api/v1/gatherings/${gatheringId}/attendance`)
      .set(t.auth(lead.token))
      .send({ participantIds });
    expect(res.status).toBe(200);
  };
  await attend(byKind.kickoff, [S1, S2, H1, A1, M1, M2, M3, M4, M7]);
  await attend(other.id, [S1, M1, M9]);

  // A second programme, elsewhere and earlier: Vestvågøy, 2026-09-01 → 2027-04-30.
  const second = await post(
    '/programmes',
    programmeBody({
      name: 'Lofoten 2026',
      startDate: '2026-09-01',
      endDate: '2027-04-30',
      municipalityCodes: ['1860'],
    }),
  );
  await post(`/programmes/${second.id}/participants`, mentorBody({ municipalityCode: '1860' }));
  for (let i = 0; i < 2; i += 1) {
    await post(
      `/programmes/${second.id}/participants`,
      menteeBody({ municipalityCode: '1860', category: 'labour_eea' }),
    );
  }

  return {
    programmeId: pid,
    otherProgrammeId: second.id,
    gatherings: { kickoff: byKind.kickoff, midway: byKind.midway, closing: byKind.closing, other: other.id },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.user('lead');
  admin = await t.user('admin');
  sortland = await t.user('coordinator', ['1870']);
  built = await build();
});
afterAll(() => t.close());

const get = (path: string, token = lead.token) => t.http.get(`/api/v1${path}`).set(t.auth(token));

/** The whole programme, as the lead sees it, on 2027-04-10. */
function leadFigures() {
  const g = built.gatherings;
  return {
    programmeId: built.programmeId,
    asOf: '2027-04-10',
    municipalityCodes: ['1851', '1866', '1870', '1871'],
    participants: {
      mentors: 6,
      mentees: 9,
      byCategory: {
        refugee: 3, // M1 M8 M9
        family: 1,
        labour_eea: 1,
        labour_non_eea: 1,
        labour_spouse: 1,
        other: 1,
        unspecified: 1, // M7
      },
      byMunicipality: {
        '1851': { name: 'Lødingen', mentors: 0, mentees: 0 },
        '1866': { name: 'Hadsel', mentors: 2, mentees: 3 },
        '1870': { name: 'Sortland', mentors: 3, mentees: 4 },
        '1871': { name: 'Andøy', mentors: 1, mentees: 2 },
      },
    },
    matches: { proposed: 1, approved: 3, rejected: 1, completed: 1, ended: 2 },
    // Jan 4 (420 min), Feb 6 (750), Mar 9 (1085), Apr 3 (360)
    meetings: { count: 22, minutes: 2615 },
    compliance: [
      // A, C, D, G from the 18th: 14 of 31 days → 1 required; A and G met it (C's one meeting was 60 minutes)
      { month: '2027-01', activePairs: 4, pairsMeetingMinimum: 2, rate: 0.5, closed: true },
      // A, C, D, G need 2, B (from the 15th: 14 of 28 days) 1; A, B and C met it
      { month: '2027-02', activePairs: 5, pairsMeetingMinimum: 3, rate: 0.6, closed: true },
      // C (5 days → 0 required), D (20 days → 1), A, B, G, H need 2; A, C, D, G met it (B's were 90 minutes)
      { month: '2027-03', activePairs: 6, pairsMeetingMinimum: 4, rate: 0.6667, closed: true },
      // A, B, H need 2, G (completed on the 5th: 5 of 30 days) 0; G and H met it so far
      { month: '2027-04', activePairs: 4, pairsMeetingMinimum: 2, rate: 0.5, closed: false },
    ],
    gatherings: [
      { id: g.kickoff, kind: 'kickoff', invited: 15, attended: 9, rate: 0.6 },
      { id: g.other, kind: 'other', invited: 15, attended: 3, rate: 0.2 },
      { id: g.midway, kind: 'midway', invited: 15, attended: 0, rate: null },
      { id: g.closing, kind: 'closing', invited: 15, attended: 0, rate: null },
    ],
    completionRate: 0.1667, // G of A B C D G H
    employment: {
      atStart: { unemployed: 4, introduction_programme: 1, education: 1, part_time: 1, full_time: 1, unknown: 1 },
      // over: C (full_time), D (no status), G (education)
      atEnd: { unemployed: 0, introduction_programme: 0, education: 1, part_time: 0, full_time: 1, unknown: 1 },
      // C: part_time → full_time, G: unemployed → education
      inWorkOrEducation: { mentees: 2, atStart: 1, atEnd: 2, rateAtStart: 0.5, rateAtEnd: 1 },
    },
  };
}

/** Sortland's share: participants living in Sortland, pairs whose mentee lives there (A, B, C). */
function sortlandFigures() {
  const g = built.gatherings;
  return {
    programmeId: built.programmeId,
    asOf: '2027-04-10',
    municipalityCodes: ['1870'],
    participants: {
      mentors: 3,
      mentees: 4,
      byCategory: {
        refugee: 2,
        family: 1,
        labour_eea: 1,
        labour_non_eea: 0,
        labour_spouse: 0,
        other: 0,
        unspecified: 0,
      },
      byMunicipality: { '1870': { name: 'Sortland', mentors: 3, mentees: 4 } },
    },
    // C's mentor lives in Hadsel, yet the pair is Sortland's: its mentee lives there
    matches: { proposed: 0, approved: 2, rejected: 0, completed: 0, ended: 1 },
    // A 6 (725 min), B 3 (330), C 3 (300)
    meetings: { count: 12, minutes: 1355 },
    compliance: [
      { month: '2027-01', activePairs: 2, pairsMeetingMinimum: 1, rate: 0.5, closed: true },
      { month: '2027-02', activePairs: 3, pairsMeetingMinimum: 3, rate: 1, closed: true },
      { month: '2027-03', activePairs: 3, pairsMeetingMinimum: 2, rate: 0.6667, closed: true },
      { month: '2027-04', activePairs: 2, pairsMeetingMinimum: 0, rate: 0, closed: false },
    ],
    gatherings: [
      // S1 S2 S3 M1 M2 M3 M8 invited; S1 S2 M1 M2 M3 came to the kickoff, S1 M1 to the other
      { id: g.kickoff, kind: 'kickoff', invited: 7, attended: 5, rate: 0.7143 },
      { id: g.other, kind: 'other', invited: 7, attended: 2, rate: 0.2857 },
      { id: g.midway, kind: 'midway', invited: 7, attended: 0, rate: null },
      { id: g.closing, kind: 'closing', invited: 7, attended: 0, rate: null },
    ],
    completionRate: 0,
    employment: {
      atStart: { unemployed: 1, introduction_programme: 1, education: 0, part_time: 1, full_time: 1, unknown: 0 },
      atEnd: { unemployed: 0, introduction_programme: 0, education: 0, part_time: 0, full_time: 1, unknown: 0 },
      inWorkOrEducation: { mentees: 1, atStart: 1, atEnd: 1, rateAtStart: 1, rateAtEnd: 1 },
    },
  };
}

/** The body without the gatherings' start times (asserted on their own). */
function withoutStartTimes(body: { gatherings: { startsAt?: string }[] }) {
  return { ...body, gatherings: body.gatherings.map(({ startsAt: _startsAt, ...rest }) => rest) };
}

describe('GET /programmes/:id/stats', () => {
  it('gives a lead every figure of the whole programme', async () => {
    const res = await get(`/programmes/${built.programmeId}/stats`);
    expect(res.status).toBe(200);
    expect(withoutStartTimes(res.body)).toEqual(leadFigures());
    expect(res.body.gatherings.map((g: { startsAt: string }) => g.startsAt.slice(0, 10))).toEqual([
      '2027-01-18',
      '2027-03-01',
      '2027-05-19',
      '2027-09-17',
    ]);
  });

  it('gives an admin the same figures as a lead', async () => {
    const [asAdmin, asLead] = await Promise.all([
      get(`/programmes/${built.programmeId}/stats`, admin.token),
      get(`/programmes/${built.programmeId}/stats`),
    ]);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body).toEqual(asLead.body);
  });

  it("gives a coordinator only their municipalities' share", async () => {
    const res = await get(`/programmes/${built.programmeId}/stats`, sortland.token);
    expect(res.status).toBe(200);
    expect(withoutStartTimes(res.body)).toEqual(sortlandFigures());
  });

  it("answers 404 for a programme outside the coordinator's municipalities, and for none at all", async () => {
    for (const path of [
      `/programmes/${built.otherProgrammeId}/stats`,
      `/programmes/${built.otherProgrammeId}/stats.csv`,
      '/programmes/00000000-0000-4000-8000-000000000000/stats',
    ]) {
      const res = await get(path, sortland.token);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Lofoten');
    }
  });

  it('changes nothing when read', async () => {
    const before = await snapshot(t.db);
    await get(`/programmes/${built.programmeId}/stats`);
    await get(`/programmes/${built.programmeId}/stats.csv`);
    await get('/stats.csv');
    expect(await snapshot(t.db)).toBe(before);
  });
});

type CsvRow = { section: string; item: string; metric: string; value: string };

function parseCsv(text: string, delimiter: string): CsvRow[] {
  return parse<CsvRow>(text, { bom: true, columns: true, delimiter, skip_empty_lines: true });
}

/**
 * The JSON rebuilt from the CSV's lines, written from the CSV's description (one figure a line:
 * section, item, metric, value) and not from the code that writes it. `decimal` is the decimal mark.
 */
function rebuild(rows: CsvRow[], decimal: '.' | ','): Record<string, unknown> {
  const value = (raw: string, metric: string): unknown => {
    if (raw === '') return null;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (['programmeId', 'asOf', 'startsAt', 'kind', 'name', 'municipalityCodes'].includes(metric)) return raw;
    const number = Number(decimal === ',' ? raw.replace(',', '.') : raw);
    if (Number.isNaN(number)) throw new Error(`${metric}: ${raw} is not a number`);
    return number;
  };
  type Figures = Record<string, unknown>;
  const top: Figures = {};
  const sections: Record<string, Figures> = { participants: {}, matches: {}, meetings: {} };
  const byCategory: Figures = {};
  const byMunicipality: Record<string, Figures> = {};
  const employment: Record<string, Figures> = { atStart: {}, atEnd: {}, inWorkOrEducation: {} };
  const compliance: Figures[] = [];
  const gatherings: Figures[] = [];
  const entry = (list: Figures[], key: string, id: string) => {
    let found = list.find((e) => e[key] === id);
    if (!found) list.push((found = { [key]: id }));
    return found;
  };
  for (const { section, item, metric, value: raw } of rows) {
    const v = value(raw, metric);
    if (section === 'programme') top[metric] = metric === 'municipalityCodes' ? (v as string).split(' ') : v;
    else if (section === 'participants.byCategory') byCategory[item] = v;
    else if (section === 'participants.byMunicipality') (byMunicipality[item] ??= {})[metric] = v;
    else if (section === 'compliance') entry(compliance, 'month', item)[metric] = v;
    else if (section === 'gatherings') entry(gatherings, 'id', item)[metric] = v;
    else if (section.startsWith('employment.')) employment[section.slice('employment.'.length)][metric] = v;
    else sections[section][metric] = v;
  }
  return {
    ...top,
    participants: { ...sections.participants, byCategory, byMunicipality },
    matches: sections.matches,
    meetings: sections.meetings,
    compliance,
    gatherings,
    employment,
  };
}

describe('GET /programmes/:id/stats.csv', () => {
  it('holds exactly the figures of the JSON, as UTF-8 with a BOM and CRLF lines', async () => {
    const [json, csv] = await Promise.all([
      get(`/programmes/${built.programmeId}/stats`),
      get(`/programmes/${built.programmeId}/stats.csv`).buffer(true),
    ]);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="mentornett-stats-2027-04-10.csv"');
    const text = csv.text;
    expect(text.startsWith('\ufeffsection,item,metric,value\r\n')).toBe(true);
    expect(text).toContain('participants.byMunicipality,1851,name,Lødingen\r\n');
    expect(rebuild(parseCsv(text, ','), '.')).toEqual(json.body);
  });

  it('with separator=semicolon, writes decimals with a decimal comma for Excel with Norwegian settings', async () => {
    const [json, csv] = await Promise.all([
      get(`/programmes/${built.programmeId}/stats`, sortland.token),
      get(`/programmes/${built.programmeId}/stats.csv?separator=semicolon`, sortland.token).buffer(true),
    ]);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('compliance;2027-03;rate;0,6667\r\n');
    expect(csv.text).toContain('gatherings;' + built.gatherings.kickoff + ';startsAt;2027-01-18T');
    expect(rebuild(parseCsv(csv.text, ';'), ',')).toEqual(json.body);
  });

  it('refuses an unknown separator, naming the field', async () => {
    const res = await get(`/programmes/${built.programmeId}/stats.csv?separator=tab`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('separator');
  });
});

describe('GET /stats', () => {
  it('puts every programme side by side, oldest first, with the rates a lead compares', async () => {
    const res = await get('/stats');
    expect(res.status).toBe(200);
    expect(res.body.map((p: { name: string }) => p.name)).toEqual(['Lofoten 2026', 'Vesterålen 2027']);
    const [lofoten, vesteralen] = res.body;
    expect(lofoten).toMatchObject({
      programmeId: built.otherProgrammeId,
      startDate: '2026-09-01',
      endDate: '2027-04-30',
      municipalityCodes: ['1860'],
      participants: { mentors: 1, mentees: 2, byCategory: { labour_eea: 2, refugee: 0 } },
      matches: { proposed: 0, approved: 0, rejected: 0, completed: 0, ended: 0 },
      completionRate: null,
      complianceRate: null, // months went by, but no pair was active
      attendanceRate: 0, // the kickoff was held; nobody is recorded at it
    });
    const { name, startDate, endDate, complianceRate, attendanceRate, ...figures } = vesteralen;
    expect({ name, startDate, endDate }).toEqual({
      name: 'Vesterålen 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
    });
    // closed months January to March: (2 + 3 + 4) of (4 + 5 + 6) pairs
    expect(complianceRate).toBe(0.6);
    // gatherings held, the kickoff and the other: (9 + 3) of (15 + 15)
    expect(attendanceRate).toBe(0.4);
    expect(withoutStartTimes(figures)).toEqual(leadFigures());
  });

  it("with a municipality, gives each programme covering it, with that municipality's share", async () => {
    const res = await get('/stats?municipalityCode=1870');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    const { name, startDate, endDate, complianceRate, attendanceRate, ...figures } = res.body[0];
    expect(withoutStartTimes(figures)).toEqual(sortlandFigures());
    expect(complianceRate).toBe(0.75); // (1 + 3 + 2) of (2 + 3 + 3)
    expect(attendanceRate).toBe(0.5); // (5 + 2) of (7 + 7)
    expect({ name, startDate, endDate }).toEqual({
      name: 'Vesterålen 2027',
      startDate: '2027-01-18',
      endDate: '2027-09-17',
    });
  });

  it('takes the programmes running in the period', async () => {
    const names = async (query: string) => {
      const res = await get(`/stats?${query}`);
      expect(res.status).toBe(200);
      return res.body.map((p: { name: string }) => p.name);
    };
    expect(await names('from=2027-05-01')).toEqual(['Vesterålen 2027']);
    expect(await names('to=2026-12-31')).toEqual(['Lofoten 2026']);
    expect(await names('from=2027-04-30&to=2027-04-30')).toEqual(['Lofoten 2026', 'Vesterålen 2027']);
    expect(await names('from=2027-09-18')).toEqual([]);
    expect(await names('municipalityCode=1851')).toEqual(['Vesterålen 2027']);
    expect(await names('municipalityCode=1804')).toEqual([]);
  });

  it('refuses a bad period or municipality with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['from=2027-05-01&to=2027-04-01', 'from'],
      ['from=2027-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['municipalityCode=18700', 'municipalityCode'],
      ['municipalityCode=9999', 'municipalityCode'],
    ]) {
      const res = await get(`/stats?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
  });

  it('is for leads and admins: a coordinator gets 403', async () => {
    expect((await get('/stats', admin.token)).status).toBe(200);
    expect((await get('/stats', sortland.token)).status).toBe(403);
    expect((await get('/stats.csv', sortland.token)).status).toBe(403);
  });

  it('as CSV: one programme a line, the same figures as the JSON', async () => {
    const [json, csv] = await Promise.all([get('/stats'), get('/stats.csv?separator=semicolon').buffer(true)]);
    expect(csv.status).toBe(200);
    expect(csv.text.startsWith('\ufeffprogrammeId;name;startDate;endDate;asOf;municipalityCodes;')).toBe(true);
    const rows = parse<Record<string, string>>(csv.text, { bom: true, columns: true, delimiter: ';' });
    expect(rows).toHaveLength(2);
    const at = (object: unknown, path: string): unknown =>
      path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], object);
    rows.forEach((row, i) => {
      for (const [column, cell] of Object.entries(row)) {
        const expected = at(json.body[i], column);
        // the cell as the file's description says it is written: empty for null, codes joined by
        // spaces, decimals with a decimal comma (the semicolon file)
        let written: string;
        if (expected === null) written = '';
        else if (Array.isArray(expected)) written = expected.join(' ');
        else if (typeof expected === 'number') written = String(expected).replace('.', ',');
        else if (typeof expected === 'string' || typeof expected === 'boolean') written = String(expected);
        else throw new Error(`${column} is not a single figure in the JSON`);
        expect([column, cell]).toEqual([column, written]);
      }
    });
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(['participants.byCategory.labour_spouse', 'employment.atEnd.full_time', 'complianceRate']),
    );
  });
});
