import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { approvedPair } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { pdfText, saveArtefact } from './support/pdf.js';

/*
 * A programme built for the report (18 January to 17 September 2027, Oslo), its figures worked
 * out by hand below:
 *   mentor M1: female, born 1980 (47 in 2027: 45–54), Sortland; mentor M2: male, no birth year, Hadsel;
 *   mentee E1: female, born 2005 (22: under 25), refugee, Sortland, unemployed at the start;
 *   mentee E2: male, born 1995 (32: 25–34), family, Sortland, introduction programme at the start;
 *   mentee E3: no gender, born 1970 (57: 55+), labour_eea, Hadsel, part time at the start, never paired.
 *   Pair 1 (M1, E1): meetings of 120 and 90 minutes, completed on 1 June, full time at the end.
 *   Pair 2 (M2, E2): a meeting of 60 minutes, ended on 10 March, in education at the end.
 *   The kickoff was attended by M1 and E1.
 *   Follow-up answers: E1 at 3 months (full time, helped yes, 5/5) and at 6 months (full time,
 *   helped yes, 4/4); E2 at 3 months (part time, helped partly, 4/3).
 */

const ZONE = 'Europe/Oslo';
let t: TestApp;
let lead: { token: string };
let programmeId: string;
const ids: Record<string, string> = {};

const at = (day: string) => t.setNow(DateTime.fromISO(`${day}T12:00`, { zone: ZONE }).toISO()!);

beforeAll(async () => {
  t = await createTestApp();
  at('2027-01-05');
  lead = await t.user('lead');
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ name: 'Mentorprogram Vesterålen 2027', startDate: '2027-01-18', endDate: '2027-09-17' }));
  expect(programme.status).toBe(201);
  programmeId = programme.body.id as string;
  const add = async (key: string, body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
    expect(res.status).toBe(201);
    ids[key] = res.body.id as string;
  };
  await add('M1', mentorBody({ gender: 'female', birthYear: 1980, municipalityCode: '1870' }));
  await add('M2', mentorBody({ gender: 'male', municipalityCode: '1866' }));
  await add(
    'E1',
    menteeBody({ gender: 'female', birthYear: 2005, category: 'refugee', employmentStatusAtStart: 'unemployed' }),
  );
  await add(
    'E2',
    menteeBody({
      gender: 'male',
      birthYear: 1995,
      category: 'family',
      employmentStatusAtStart: 'introduction_programme',
    }),
  );
  await add(
    'E3',
    menteeBody({
      birthYear: 1970,
      category: 'labour_eea',
      municipalityCode: '1866',
      employmentStatusAtStart: 'part_time',
    }),
  );
  const gatherings = await t.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(t.auth(lead.token));
  const kickoff = (gatherings.body as { id: string; kind: string }[]).find((g) => g.kind === 'kickoff')!;
  const attendance = await t.http
    .put(`/api/v1/gatherings/${kickoff.id}/attendance`)
    .set(t.auth(lead.token))
    .send({ participantIds: [ids.M1, ids.E1] });
  expect(attendance.status).toBe(200);
  ids.P1 = (
    await approvedPair(t, lead.token, programmeId, { mentorId: ids.M1, menteeId: ids.E1, startsOn: '2027-01-18' })
  ).id;
  ids.P2 = (
    await approvedPair(t, lead.token, programmeId, { mentorId: ids.M2, menteeId: ids.E2, startsOn: '2027-01-18' })
  ).id;
  at('2027-03-05');
  for (const [pair, date, durationMinutes] of [
    ['P1', '2027-02-10', 120],
    ['P1', '2027-03-01', 90],
    ['P2', '2027-02-15', 60],
  ] as const) {
    const res = await t.http
      .post(`/api/v1/matches/${ids[pair]}/meetings`)
      .set(t.auth(lead.token))
      .send({ date, durationMinutes });
    expect(res.status).toBe(201);
  }
  at('2027-03-10');
  const ended = await t.http
    .post(`/api/v1/matches/${ids.P2}/end`)
    .set(t.auth(lead.token))
    .send({ outcome: 'ended', employmentStatusAtEnd: 'education' });
  expect(ended.status).toBe(200);
  at('2027-06-01');
  const completed = await t.http
    .post(`/api/v1/matches/${ids.P1}/end`)
    .set(t.auth(lead.token))
    .send({ outcome: 'completed', employmentStatusAtEnd: 'full_time' });
  expect(completed.status).toBe(200);
  // The follow-up answers (the survey flow itself is test/surveys.e2e-spec.ts's).
  const answer = async (
    who: string,
    pair: string,
    months: number,
    a: { employment: string; helped: string; progress: number; usefulness: number },
    answeredAt: string,
  ) => {
    const [email] = await t.db.query<{ id: string }[]>(
      `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, match_id, period_key, status, sent_at)
       VALUES ('followup_survey', $1, 'x@example.org', 'nb', $2, $2, $3, 'sent', $4) RETURNING id`,
      [ids[who], ids[pair], String(months), answeredAt],
    );
    await t.db.query(
      `INSERT INTO survey_answers (outbox_id, programme_id, participant_id, kind, months, progress, usefulness,
                                   employment_status, norwegian_level, helped, answered_at)
       VALUES ($1, $2, $3, 'followup_survey', $4, $5, $6, $7, 'B1', $8, $9)`,
      [email.id, programmeId, ids[who], months, a.progress, a.usefulness, a.employment, a.helped, answeredAt],
    );
  };
  await answer(
    'E1',
    'P1',
    3,
    { employment: 'full_time', helped: 'no', progress: 5, usefulness: 5 },
    '2027-09-02T10:00:00Z',
  );
  await answer(
    'E1',
    'P1',
    6,
    { employment: 'full_time', helped: 'yes', progress: 4, usefulness: 4 },
    '2027-12-02T10:00:00Z',
  );
  await answer(
    'E2',
    'P2',
    3,
    { employment: 'part_time', helped: 'partly', progress: 4, usefulness: 3 },
    '2027-06-12T10:00:00Z',
  );
  at('2028-01-10');
});
afterAll(() => t.close());

/** The CSV's figures by "section|item|metric". */
async function reportCsv(): Promise<Map<string, string>> {
  const res = await t.http.get(`/api/v1/programmes/${programmeId}/report.csv`).set(t.auth(lead.token));
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const rows: string[][] = parse(res.text, { bom: true });
  expect(rows[0]).toEqual(['section', 'item', 'metric', 'value']);
  return new Map(rows.slice(1).map(([section, item, metric, value]) => [`${section}|${item}|${metric}`, value]));
}

describe('the funder report', () => {
  it('has the figures worked out by hand, as CSV', async () => {
    const csv = await reportCsv();
    const expected: Record<string, string> = {
      'participants||mentors': '2',
      'participants||mentees': '3',
      // Gender: female M1, E1; male M2, E2; E3 not stated.
      'participants.byGender|female|mentors': '1',
      'participants.byGender|female|mentees': '1',
      'participants.byGender|male|mentors': '1',
      'participants.byGender|male|mentees': '1',
      'participants.byGender|other|mentees': '0',
      'participants.byGender|unspecified|mentors': '0',
      'participants.byGender|unspecified|mentees': '1',
      // Age in 2027: E1 22, E2 32, M1 47, E3 57, M2 unknown.
      'participants.byAgeBand|under_25|mentees': '1',
      'participants.byAgeBand|25_34|mentees': '1',
      'participants.byAgeBand|35_44|mentees': '0',
      'participants.byAgeBand|45_54|mentors': '1',
      'participants.byAgeBand|55_plus|mentees': '1',
      'participants.byAgeBand|unknown|mentors': '1',
      'participants.byAgeBand|unknown|mentees': '0',
      'participants.byCategory|refugee|mentees': '1',
      'participants.byCategory|family|mentees': '1',
      'participants.byCategory|labour_eea|mentees': '1',
      'participants.byCategory|labour_spouse|mentees': '0',
      'participants.byMunicipality|1870|mentors': '1',
      'participants.byMunicipality|1870|mentees': '2',
      'participants.byMunicipality|1866|mentors': '1',
      'participants.byMunicipality|1866|mentees': '1',
      'pairs||started': '2',
      'pairs||completed': '1',
      'pairs||endedEarly': '1',
      'meetings||count': '3',
      // 120 + 90 + 60 minutes
      'meetings||hours': '4.5',
      'gatherings|kickoff|invited': '5',
      'gatherings|kickoff|attended': '2',
      'gatherings|midway|attended': '0',
      'surveys|followup_survey|sent': '3',
      'surveys|followup_survey|answered': '3',
      // (5 + 4 + 4) / 3 and (5 + 4 + 3) / 3
      'surveys|followup_survey|progress': '4.33',
      'surveys|followup_survey|usefulness': '4',
      'surveys|midway_survey|answered': '0',
      'surveys|midway_survey|progress': '',
      // At the start, every mentee: E1 unemployed, E2 introduction programme, E3 part time.
      'employment|start|unemployed': '1',
      'employment|start|introduction_programme': '1',
      'employment|start|part_time': '1',
      'employment|start|answered': '3',
      'employment|start|inWorkOrEducation': '1',
      // At the end: E1 full time, E2 education.
      'employment|end|full_time': '1',
      'employment|end|education': '1',
      'employment|end|answered': '2',
      'employment|end|inWorkOrEducation': '2',
      // 3 months: E1 full time, E2 part time; 6 months: E1 full time; 12 months: none yet.
      'employment|3_months|full_time': '1',
      'employment|3_months|part_time': '1',
      'employment|3_months|inWorkOrEducation': '2',
      'employment|6_months|full_time': '1',
      'employment|6_months|answered': '1',
      'employment|12_months|answered': '0',
      // Each mentee's latest answer: E1 yes (no at 3 months, yes at 6), E2 partly.
      'helped||yes': '1',
      'helped||partly': '1',
      'helped||no': '0',
    };
    const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, csv.get(k)]));
    expect(actual).toEqual(expected);
  });

  it('is one PDF page with the same figures, read back as text', async () => {
    const res = await t.http
      .get(`/api/v1/programmes/${programmeId}/report.pdf`)
      .set(t.auth(lead.token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    saveArtefact('reports', 'funder-report.pdf', pdf);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const phrase of [
      'Rapport til tilskuddsgiver',
      'Mentorprogram Vesterålen 2027',
      'Under 25',
      '55 og eldre',
      'Flyktning',
      'Sortland',
      'Par fullført',
      '4,5',
      '4,33',
      'Etter 3 måneder',
      'Etter 12 måneder',
      'Andel i arbeid eller utdanning',
      'Deltakere etter alder',
    ]) {
      expect(text).toContain(phrase);
    }
    // The employment chart's table: 3 months, 2 in work or education of 2 answers, 100 %.
    expect(text).toMatch(/Etter 3 måneder 100 %/);
  });

  it('is written in nynorsk or English when asked (?lang), else in the caller’s own language; any other lang is refused', async () => {
    const pdf = async (token: string, query = '') => {
      const res = await t.http
        .get(`/api/v1/programmes/${programmeId}/report.pdf${query}`)
        .set(t.auth(token))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      return { status: res.status, type: res.headers['content-type'], body: res.body as Buffer };
    };
    const nynorsk = await pdf(lead.token, '?lang=nn');
    expect([nynorsk.status, nynorsk.type]).toEqual([200, 'application/pdf']);
    saveArtefact('reports', 'funder-report-nn.pdf', nynorsk.body);
    const nn = await pdfText(nynorsk.body);
    expect(nn.pages).toBe(1);
    for (const phrase of ['Rapport til tilskotsgjevar', 'Deltakarar etter alder', 'Etter 3 månader', 'Par fullførte']) {
      expect(nn.text).toContain(phrase);
    }
    expect(nn.text).not.toContain('Rapport til tilskuddsgiver');
    const english = await pdf(lead.token, '?lang=en');
    expect(english.status).toBe(200);
    saveArtefact('reports', 'funder-report-en.pdf', english.body);
    const en = await pdfText(english.body);
    expect(en.pages).toBe(1);
    // English numbers: a decimal point; the same figures as the bokmål one.
    for (const phrase of [
      'Report to the funder',
      'Participants by age',
      'After 3 months 100%',
      'Pairs completed',
      '4.33',
    ]) {
      expect(en.text).toContain(phrase);
    }
    // Without ?lang: the caller's preferredLanguage (this lead's is nb until they choose English).
    expect((await pdfText((await pdf(lead.token)).body)).text).toContain('Rapport til tilskuddsgiver');
    const other = await t.user('lead');
    const me = await t.http.patch('/api/v1/auth/me').set(t.auth(other.token)).send({ preferredLanguage: 'en' });
    expect(me.status).toBe(200);
    expect((await pdfText((await pdf(other.token)).body)).text).toContain('Report to the funder');
    expect((await pdfText((await pdf(other.token, '?lang=nb')).body)).text).toContain('Rapport til tilskuddsgiver');
    for (const wrong of ['?lang=de', '?lang=', '?lang=NN']) {
      const res = await pdf(lead.token, wrong);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body.toString()).errors[0]).toMatchObject({ field: 'lang', code: 'must_be_one_of' });
    }
  });

  it('is for admins and leads only', async () => {
    const coordinator = await t.user('coordinator', ['1870']);
    for (const path of ['report.csv', 'report.pdf']) {
      const res = await t.http.get(`/api/v1/programmes/${programmeId}/${path}`).set(t.auth(coordinator.token));
      expect(res.status).toBe(403);
    }
  });
});
