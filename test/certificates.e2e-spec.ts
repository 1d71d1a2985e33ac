import { approvedPair } from './support/api.js';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { pdfText, saveArtefact } from './support/pdf.js';

let t: TestApp;
let lead: { token: string };
let sortland: { token: string };
let andoy: { token: string };

/** After the programme of 18 January – 17 September 2027 is over. */
const NOW = '2027-09-20T10:00:00Z';
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(NOW);
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
  andoy = await t.user('coordinator', ['1871']);
});
afterAll(() => t.close());

/**
 * A pair of a programme 2027-01-18 → 2027-09-17 (Bø and Sortland), its mentee in Sortland, with
 * `meetings` meetings of `minutes` each (two a month from February), the mentee at the first
 * `gatherings` gatherings; ended as completed unless told otherwise.
 */
async function pair(opts: { meetings: number; minutes: number; gatherings: number; end?: boolean; mentee?: object }) {
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(
      programmeBody({
        name: 'Mentorprogram Vesterålen 2027',
        startDate: '2027-01-18',
        endDate: '2027-09-17',
        municipalityCodes: ['1867', '1870'],
      }),
    );
  expect(programme.status).toBe(201);
  const programmeId = programme.body.id as string;
  const add = async (body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const mentorId = await add(mentorBody({ name: 'Kari Nordmann', email: `kari.${programmeId}@example.org` }));
  const menteeId = await add(menteeBody({ name: 'Åse Ærlig-Østbø', preferredLanguage: 'nn', ...opts.mentee }));
  const { id: matchId } = await approvedPair(t, lead.token, programmeId, {
    mentorId,
    menteeId,
    startsOn: '2027-01-18',
  });
  for (let i = 0; i < opts.meetings; i++) {
    const month = 2 + Math.floor(i / 2);
    const date = `2027-${String(month).padStart(2, '0')}-${i % 2 === 0 ? '05' : '20'}`;
    const res = await t.http
      .post(`/api/v1/matches/${matchId}/meetings`)
      .set(t.auth(lead.token))
      .send({ date, durationMinutes: opts.minutes });
    expect(res.status).toBe(201);
  }
  const gatherings = await t.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(t.auth(lead.token));
  for (const gathering of (gatherings.body as { id: string }[]).slice(0, opts.gatherings)) {
    const res = await t.http
      .put(`/api/v1/gatherings/${gathering.id}/attendance`)
      .set(t.auth(lead.token))
      .send({ participantIds: [menteeId, mentorId] });
    expect(res.status).toBe(200);
  }
  if (opts.end !== false) {
    const ended = await t.http
      .post(`/api/v1/matches/${matchId}/end`)
      .set(t.auth(lead.token))
      .send({ outcome: 'completed' });
    expect(ended.status).toBe(200);
  }
  return { programmeId, matchId, menteeId };
}

const certificate = (matchId: string, token = lead.token, query = '') =>
  t.http
    .get(`/api/v1/matches/${matchId}/certificate.pdf${query}`)
    .set(t.auth(token))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

describe('the certificate', () => {
  it('is a one-page PDF in the mentee’s language with the name, programme, period, figures and a code', async () => {
    const { matchId } = await pair({ meetings: 13, minutes: 120, gatherings: 2 });
    const res = await certificate(matchId);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    const code = /filename="kursbevis-(.+)\.pdf"/.exec(res.headers['content-disposition'])?.[1] ?? '';
    expect(code).toMatch(CODE);
    saveArtefact('certificates', 'kursbevis-nn.pdf', pdf);

    // The fonts travel inside the file: a municipal PC without Roboto shows it the same.
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Kursbevis');
    expect(text).toContain('Mentorprogram for nye innbyggjarar');
    expect(text).toContain('Åse Ærlig-Østbø');
    expect(text).toContain('har fullført mentorprogrammet «Mentorprogram Vesterålen 2027»');
    expect(text).toContain('i Bø og Sortland');
    expect(text).toContain('18. januar 2027 – 17. september 2027');
    expect(text).toMatch(/Møte med mentor\s+13\b/);
    expect(text).toMatch(/Timar i møte\s+26\b/);
    expect(text).toMatch(/Samlingar med oppmøte\s+2\b/);
    expect(text).toContain(`Kontrollkode: ${code}`);
    expect(text).toContain(`${t.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/certificates/${code}`);
    // The mentor is not on the mentee's certificate.
    expect(text).not.toContain('Kari');

    // Asked for in English, the same certificate: the same code.
    const english = await certificate(matchId, lead.token, '?lang=en');
    expect(english.status).toBe(200);
    saveArtefact('certificates', 'certificate-en.pdf', english.body as Buffer);
    const englishText = (await pdfText(english.body as Buffer)).text;
    expect(englishText).toContain('Certificate of completion');
    expect(englishText).toContain('18 January 2027 – 17 September 2027');
    expect(englishText).toMatch(/Hours of meetings\s+26\b/);
    expect(englishText).toContain(`Verification code: ${code}`);
  });

  it('shows hours to one decimal, written the Norwegian way', async () => {
    const { matchId } = await pair({ meetings: 12, minutes: 125, gatherings: 3, mentee: { preferredLanguage: 'nb' } });
    const res = await certificate(matchId);
    expect(res.status).toBe(200);
    const { text } = await pdfText(res.body as Buffer);
    expect(text).toContain('Mentorprogram for nye innbyggere');
    // 12 × 125 minutes = 25 hours
    expect(text).toMatch(/Timer i møter\s+25\b/);
    const odd = await pair({ meetings: 12, minutes: 123, gatherings: 2, mentee: { preferredLanguage: 'ar' } });
    // Arabic has no certificate text: bokmål. 12 × 123 minutes = 24.6 hours
    const oddText = (await pdfText((await certificate(odd.matchId)).body as Buffer)).text;
    expect(oddText).toMatch(/Timer i møter\s+24,6\b/);
  });

  it('is refused (409) for a pair still running, and for one short of the completion rule, naming what it lacks', async () => {
    const running = await pair({ meetings: 12, minutes: 120, gatherings: 2, end: false });
    const notDone = await certificate(running.matchId);
    expect(notDone.status).toBe(409);
    expect(JSON.parse((notDone.body as Buffer).toString()).errors[0]).toMatchObject({
      code: 'pair_not_completed',
      params: { status: 'approved' },
    });

    const short = await pair({ meetings: 11, minutes: 120, gatherings: 1 });
    const before = await snapshot(t.db);
    const res = await certificate(short.matchId);
    expect(res.status).toBe(409);
    expect(JSON.parse((res.body as Buffer).toString()).errors[0]).toMatchObject({
      code: 'completion_not_met',
      params: {
        meetings: 11,
        minMeetings: 12,
        hours: 22,
        minHours: 24,
        gatherings: 1,
        minGatherings: 2,
      },
    });
    // Refused, it issued no code.
    expect(await snapshot(t.db)).toBe(before);
  });

  it('follows the programme’s own completion rule', async () => {
    const short = await pair({ meetings: 8, minutes: 90, gatherings: 1 });
    expect((await certificate(short.matchId)).status).toBe(409);
    const rules = await t.http
      .patch(`/api/v1/programmes/${short.programmeId}`)
      .set(t.auth(lead.token))
      .send({ rules: { completion: { minMeetings: 8, minHours: 12, minGatherings: 1 } } });
    expect(rules.status).toBe(200);
    expect(rules.body.rules.completion).toEqual({ minMeetings: 8, minHours: 12, minGatherings: 1 });
    expect((await certificate(short.matchId)).status).toBe(200);
  });

  it('is for the coordinator of the mentee’s municipality only, and takes nb, nn or en', async () => {
    const { matchId } = await pair({ meetings: 12, minutes: 120, gatherings: 2 });
    expect((await certificate(matchId, andoy.token)).status).toBe(404);
    expect((await certificate(matchId, sortland.token)).status).toBe(200);
    const wrong = await certificate(matchId, lead.token, '?lang=de');
    expect(wrong.status).toBe(400);
    expect(JSON.parse((wrong.body as Buffer).toString()).errors[0]).toMatchObject({
      field: 'lang',
      code: 'must_be_one_of',
    });
  });
});

describe('the certificate of an erased mentee', () => {
  it('is refused (409 participant_erased), and the code issued before confirms the programme and period but no name', async () => {
    const { matchId, menteeId } = await pair({ meetings: 12, minutes: 120, gatherings: 2 });
    const before = await certificate(matchId);
    expect(before.status).toBe(200);
    const code = /kursbevis-(.+)\.pdf/.exec(before.headers['content-disposition'])![1];
    const erased = await t.http
      .post(`/api/v1/participants/${menteeId}/erase`)
      .set(t.auth(lead.token))
      .send({ reason: 'Asked for erasure (GDPR art. 17)' });
    expect(erased.status).toBe(200);
    const rows = await snapshot(t.db);
    for (const token of [lead.token, sortland.token]) {
      const res = await certificate(matchId, token);
      expect(res.status).toBe(409);
      expect(JSON.parse((res.body as Buffer).toString()).errors[0]).toMatchObject({ code: 'participant_erased' });
    }
    // Refusing issues nothing and changes nothing.
    expect(await snapshot(t.db)).toEqual(rows);
    const page = await t.http.get(`/api/v1/certificates/${code}`).set('Accept-Language', 'nb');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Mentorprogram Vesterålen 2027');
    expect(page.text).not.toContain('Åse');
  });
});

describe('the verification page', () => {
  it('confirms the name, the programme and the period, and nothing more', async () => {
    const { matchId } = await pair({
      meetings: 12,
      minutes: 120,
      gatherings: 2,
      mentee: { email: 'aase.private@example.org', phone: '+47 912 34 567' },
    });
    const res = await certificate(matchId);
    const code = /kursbevis-(.+)\.pdf/.exec(res.headers['content-disposition'])![1];

    const page = await t.http.get(`/api/v1/certificates/${code}`).set('Accept-Language', 'nb');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.text).toContain('<html lang="nb">');
    expect(page.text).toContain('er ekte');
    expect(page.text).toContain('Åse Ærlig-Østbø');
    expect(page.text).toContain('Mentorprogram Vesterålen 2027');
    expect(page.text).toContain('18. januar 2027 – 17. september 2027');
    for (const secret of ['aase.private', '912 34 567', 'Kari', 'Sortland', 'refugee', '2221', '5321']) {
      expect(page.text).not.toContain(secret);
    }

    // Read out over the phone in lower case, still found; in English for an English browser.
    const english = await t.http.get(`/api/v1/certificates/${code.toLowerCase()}`).set('Accept-Language', 'en-GB');
    expect(english.status).toBe(200);
    expect(english.text).toContain('is genuine');
    expect(english.text).toContain('18 January 2027 – 17 September 2027');
  });

  it('says plainly when no certificate has the code', async () => {
    for (const code of ['ZZZZ-ZZZZ-ZZZZ', 'not-a-code', 'OOOO-IIII-LLLL']) {
      const page = await t.http.get(`/api/v1/certificates/${code}`).set('Accept-Language', 'nb');
      expect(page.status).toBe(404);
      expect(page.text).toContain('Vi fant ikke noe kursbevis');
    }
  });
});
