import { DateTime } from 'luxon';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

/*
 * Screening of mentors: a programme that requires it refuses to approve a pair whose mentor lacks
 * a police certificate or a confidentiality declaration, or has one three years old or more on
 * the pair's first day (a proposal is still made); the coordinators of a running pair's mentee
 * hear once, on the day, that a document turned three years old.
 */

const ZONE = 'Europe/Oslo';
const START = '2027-01-18';
const END = '2027-09-17';

let t: TestApp;
let smtp: TestSmtpServer;
let lead: { id: string; token: string };
let admin: { id: string; token: string };

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  lead = await t.user('lead');
  admin = await t.user('admin');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function newProgramme(rules: Record<string, unknown>): Promise<{ id: string; rules: Record<string, unknown> }> {
  const res = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: START, endDate: END, rules }));
  expect(res.status).toBe(201);
  return res.body as { id: string; rules: Record<string, unknown> };
}

async function add(programmeId: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function propose(programmeId: string, mentorId: string, menteeId: string): Promise<string> {
  const res = await t.http
    .post(`/api/v1/programmes/${programmeId}/matches`)
    .set(t.auth(lead.token))
    .send({ mentorId, menteeId });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const approve = (matchId: string, startsOn: string) =>
  t.http.post(`/api/v1/matches/${matchId}/approve`).set(t.auth(lead.token)).send({ startsOn });

const screen = (participantId: string, body: Record<string, unknown>, token = lead.token) =>
  t.http.put(`/api/v1/participants/${participantId}/screening`).set(t.auth(token)).send(body);

describe('screening before approval', () => {
  it('refuses approval while a document is missing or too old, and allows it once both hold', async () => {
    t.setNow('2027-01-10T10:00:00Z');
    const programme = await newProgramme({ requireScreening: true });
    expect(programme.rules.requireScreening).toBe(true);
    const mentor = await add(programme.id, mentorBody());
    const mentee = await add(programme.id, menteeBody());
    // Screening blocks approval, not a proposal.
    const match = await propose(programme.id, mentor, mentee);

    const before = await rowCounts(t.db);
    const missing = await approve(match, '2027-01-20');
    expect(missing.status).toBe(409);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({
        code: 'mentor_not_screened',
        params: { problems: ['police_certificate_missing', 'confidentiality_declaration_missing'] },
      }),
    ]);
    expect(await rowCounts(t.db)).toEqual(before);

    // A mentee is not screened; a date in the future is refused; neither changes anything.
    const forMentee = await screen(mentee, { policeCertificateSeenOn: '2026-12-01' });
    expect(forMentee.status).toBe(400);
    expect(forMentee.body.errors).toEqual([
      expect.objectContaining({ field: 'policeCertificateSeenOn', code: 'only_for_role', params: { role: 'mentor' } }),
    ]);
    const future = await screen(mentor, {
      policeCertificateSeenOn: '2026-12-01',
      confidentialitySignedOn: '2027-01-11',
    });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ field: 'confidentialitySignedOn', code: 'must_not_be_in_future' }),
    ]);
    const unchanged = await t.http.get(`/api/v1/participants/${mentor}`).set(t.auth(lead.token));
    expect(unchanged.body).toMatchObject({ policeCertificateSeenOn: null, confidentialitySignedOn: null });

    // Only the declaration: the certificate is still missing.
    expect((await screen(mentor, { confidentialitySignedOn: '2026-12-01' })).status).toBe(200);
    const half = await approve(match, '2027-01-20');
    expect(half.status).toBe(409);
    expect(half.body.errors[0].params).toEqual({ problems: ['police_certificate_missing'] });

    // A certificate seen three years before the pair's first day is too old on that day.
    const old = await screen(mentor, { policeCertificateSeenOn: '2024-01-20', confidentialitySignedOn: '2026-12-01' });
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ policeCertificateSeenOn: '2024-01-20', confidentialitySignedOn: '2026-12-01' });
    const tooOld = await approve(match, '2027-01-20');
    expect(tooOld.status).toBe(409);
    expect(tooOld.body.errors[0].params).toEqual({ problems: ['police_certificate_too_old'] });

    // The day before it turns three years old it still holds.
    const approved = await approve(match, '2027-01-19');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', startsOn: '2027-01-19' });
  });

  it('does not ask for screening when the programme does not require it', async () => {
    t.setNow('2027-01-10T10:00:00Z');
    const programme = await newProgramme({});
    expect(programme.rules.requireScreening).toBe(false);
    const mentor = await add(programme.id, mentorBody());
    const match = await propose(programme.id, mentor, await add(programme.id, menteeBody()));
    expect((await approve(match, '2027-01-20')).status).toBe(200);
    // Dates may be recorded all the same; the reminder test below shows they bring no reminder here
    // (this certificate turns three years old on 12 March 2027, in the pair's span, in Sortland).
    expect((await screen(mentor, { policeCertificateSeenOn: '2024-03-12' })).status).toBe(200);
  });

  it('lets a coordinator screen mentors of their municipalities only', async () => {
    t.setNow('2027-01-10T10:00:00Z');
    const programme = await newProgramme({ requireScreening: true });
    const inAndoy = await add(programme.id, mentorBody({ municipalityCode: '1871' }));
    const sortland = await t.user('coordinator', ['1870']);
    const refused = await screen(inAndoy, { policeCertificateSeenOn: '2026-12-01' }, sortland.token);
    // As for PATCH /participants/:id: a mentor outside the coordinator's municipalities is not theirs to change.
    expect(refused.status).toBe(404);
    const andoy = await t.user('coordinator', ['1871']);
    expect((await screen(inAndoy, { policeCertificateSeenOn: '2026-12-01' }, andoy.token)).status).toBe(200);
  });
});

describe('the three-year reminder', () => {
  it('tells each coordinator of a running pair once, on the day a document turns three years old', async () => {
    t.setNow('2027-01-10T10:00:00Z');
    // Municipalities no other test here has coordinators for.
    const coordinatorA = await t.user('coordinator', ['1866']);
    const coordinatorB = await t.user('coordinator', ['1867']);
    const coordinatorC = await t.user('coordinator', ['1868']);
    await t.db.query(`UPDATE users SET preferred_language = 'nn' WHERE id = $1`, [coordinatorA.id]);
    const programme = await newProgramme({ requireScreening: true });
    const mentor = await add(programme.id, mentorBody({ name: 'Kari Screening', capacity: 3 }));
    // The certificate turns three years old on 10 March 2027, the declaration long after the programme.
    expect(
      (await screen(mentor, { policeCertificateSeenOn: '2024-03-10', confidentialitySignedOn: '2026-11-02' })).status,
    ).toBe(200);
    // Two mentees in one municipality, one in another: one email to each coordinator, however many pairs.
    for (const municipalityCode of ['1866', '1866', '1867']) {
      const mentee = await add(programme.id, menteeBody({ municipalityCode }));
      expect((await approve(await propose(programme.id, mentor, mentee), START)).status).toBe(200);
    }

    const screeningRows = () =>
      t.db.query<{ to_address: string; language: string; period_key: string; subject_id: string }[]>(
        `SELECT to_address, language, period_key, subject_id FROM outbox
          WHERE kind = 'screening_expiry' ORDER BY to_address`,
      );
    const newOnDay: Record<string, number> = {};
    for (let d = DateTime.fromISO('2027-03-01'); d <= DateTime.fromISO('2027-03-25'); d = d.plus({ days: 1 })) {
      const asOf = DateTime.fromISO(`${d.toISODate()}T09:00`, { zone: ZONE }).toISO()!;
      const before = (await screeningRows()).length;
      t.setNow(asOf);
      for (let i = 0; i < 2; i++) {
        const res = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
        expect(res.status).toBe(200);
      }
      const added = (await screeningRows()).length - before;
      if (added) newOnDay[d.toISODate()!] = added;
    }
    expect(newOnDay).toEqual({ '2027-03-10': 2 });
    const rows = await screeningRows();
    expect(rows).toEqual(
      [
        {
          to_address: coordinatorA.email,
          language: 'nn',
          period_key: 'police_certificate:2024-03-10',
          subject_id: mentor,
        },
        {
          to_address: coordinatorB.email,
          language: 'nb',
          period_key: 'police_certificate:2024-03-10',
          subject_id: mentor,
        },
      ].sort((a, b) => a.to_address.localeCompare(b.to_address)),
    );
    // Not the coordinator of another municipality, and nothing about a mentor of a programme that
    // does not require screening (the earlier test's, whose certificate turned three on 12 March).
    expect(rows.map((r) => r.to_address)).not.toContain(coordinatorC.email);

    const [{ count }] = await t.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM outbox');
    await smtp.waitFor(count, 60_000);
    const reminders = smtp.received.filter((e) => e.kind === 'screening_expiry');
    expect(reminders.map((e) => e.to).sort()).toEqual([coordinatorA.email, coordinatorB.email].sort());
    const nynorsk = reminders.find((e) => e.to === coordinatorA.email)!;
    expect(nynorsk.subject).toBe('Ein mentors politiattest er tre år gammal');
    expect(nynorsk.text).toContain('Politiattesten til Kari Screening');
    expect(nynorsk.text).toContain('10. mars 2027');
    const bokmal = reminders.find((e) => e.to === coordinatorB.email)!;
    expect(bokmal.subject).toBe('En mentors politiattest er tre år gammel');
  });
});
