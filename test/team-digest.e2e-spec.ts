import { createTestApp, type TestApp } from './support/app.js';
import { approvedPair } from './support/api.js';
import { menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type ReceivedEmail, type TestSmtpServer } from './support/smtp.js';

/*
 * The newcomer team's monthly digest: decided by the sweep on the 1st (in Oslo), once per member
 * per month, with figures worked out here by hand, and no name or address of a newcomer anywhere.
 */

let t: TestApp;
let smtp: TestSmtpServer;
let admin: { token: string };

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  admin = await t.user('admin');
  await t.user('coordinator', ['1870']);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const post = (url: string, body: object) => t.http.post(`/api/v1${url}`).set(t.auth(admin.token)).send(body);
const put = (url: string, body: object) => t.http.put(`/api/v1${url}`).set(t.auth(admin.token)).send(body);

const digests = () => smtp.received.filter((e) => e.kind === 'team_digest');
async function waitForDigests(count: number): Promise<ReceivedEmail[]> {
  const deadline = Date.now() + 20_000;
  while (digests().length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} digests, ${digests().length} arrived`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 400));
  return digests();
}

async function sweep(asOf: string): Promise<void> {
  t.setNow(asOf);
  const res = await t.http.post('/api/v1/admin/reminders/run').set(t.auth(admin.token)).send({ asOf });
  expect(res.status).toBe(200);
}

const newcomerNames: string[] = [];
const newcomerEmails: string[] = [];
async function register(code: string, body: Record<string, unknown>): Promise<string> {
  const res = await post(`/municipalities/${code}/newcomers`, body);
  expect(res.status).toBe(201);
  newcomerNames.push(res.body.name as string);
  if (res.body.email) newcomerEmails.push(res.body.email as string);
  return res.body.id as string;
}

describe('the team digest', () => {
  it('goes on the 1st to each member once, with figures equal to the ones worked out by hand and no newcomer named', async () => {
    t.setNow('2027-01-12T10:00:00+01:00');
    const programme = await post('/programmes', programmeBody({ startDate: '2027-01-15', endDate: '2027-09-15' }));
    expect(programme.status).toBe(201);
    const pid = programme.body.id as string;
    const participant = async (body: Record<string, unknown>) => {
      const res = await post(`/programmes/${pid}/participants`, body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    // A pair of Sortland that never meets: short in January and February, so escalated on 1 March for February.
    const mentor = await participant(mentorBody({ email: 'digest-mentor@example.org' }));
    const mentee = await participant(menteeBody({ email: 'digest-mentee@example.org', municipalityCode: '1870' }));
    await approvedPair(t, admin.token, pid, { mentorId: mentor, menteeId: mentee, startsOn: '2027-01-15' });

    for (const [code, name] of [
      ['1870', 'Ingrid Hansen'],
      ['1870', 'Øyvind Berg'],
      ['1866', 'Siri Olsen'],
    ]) {
      const member = await post(`/municipalities/${code}/team`, {
        name,
        email: `${name.split(' ')[0].toLowerCase().replace('ø', 'o')}@kommune.example.no`,
        organisation: 'Kommunen',
        sector: 'municipal',
      });
      expect(member.status).toBe(201);
    }

    t.setNow('2027-02-20T10:00:00+01:00');
    const consent = (mentorProgramme: boolean, givenOn: string) => ({
      register: true,
      invitations: true,
      mentorProgramme,
      givenOn,
    });
    const a = await register(
      '1870',
      newcomerBody({
        name: 'Amal Haddad',
        email: 'amal@example.org',
        category: 'refugee',
        consent: consent(true, '2027-01-10'),
      }),
    );
    const b = await register(
      '1870',
      newcomerBody({
        name: 'Bao Nguyen',
        email: 'bao@example.org',
        category: 'labour_non_eea',
        careerGuidance: { status: 'referred', referredOn: '2027-02-02' },
        consent: consent(true, '2027-02-01'),
      }),
    );
    await register(
      '1870',
      newcomerBody({
        name: 'Chiara Rossi',
        email: 'chiara@example.org',
        category: 'labour_spouse',
        careerGuidance: { status: 'done', referredOn: '2027-02-01', doneOn: '2027-02-15' },
        consent: consent(false, '2027-02-01'),
      }),
    );
    const d = await register(
      '1870',
      newcomerBody({
        name: 'Dawit Bekele',
        email: 'dawit@example.org',
        category: 'labour_eea',
        careerGuidance: { status: 'declined' },
        consent: consent(true, '2027-02-01'),
      }),
    );
    expect((await post(`/newcomers/${d}/enrol`, { programmeId: pid })).status).toBe(201);
    // Andøy's newcomer counts for Andøy only.
    await register('1871', newcomerBody({ name: 'Eva Novak', email: 'eva@example.org' }));

    const evening = async (startsAt: string, endsAt: string) => {
      const res = await post('/municipalities/1870/events', {
        theme: 'voluntary_work',
        title: 'Frivillig arbeid',
        startsAt,
        endsAt,
        location: 'Sortland samfunnshus',
        partners: [{ organisation: 'Sortland IL' }],
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const jan = await evening('2027-01-28T18:00:00+01:00', '2027-01-28T20:00:00+01:00');
    const feb1 = await evening('2027-02-04T18:00:00+01:00', '2027-02-04T20:00:00+01:00');
    const feb2 = await evening('2027-02-18T18:00:00+01:00', '2027-02-18T20:00:00+01:00');
    await evening('2027-03-10T18:00:00+01:00', '2027-03-10T20:00:00+01:00');
    expect((await put(`/events/${jan}/attendance`, { newcomerIds: [a], participantIds: [] })).status).toBe(200);
    expect((await put(`/events/${feb1}/attendance`, { newcomerIds: [a, b], participantIds: [mentor] })).status).toBe(
      200,
    );
    expect((await put(`/events/${feb2}/attendance`, { newcomerIds: [d], participantIds: [] })).status).toBe(200);

    // Before the 1st: no digest.
    await sweep('2027-02-28T09:00:00+01:00');
    await new Promise((r) => setTimeout(r, 400));
    expect(digests()).toEqual([]);

    await sweep('2027-03-01T09:00:00+01:00');
    const received = await waitForDigests(3);
    expect(received.map((e) => e.to).sort()).toEqual(
      ['ingrid@kommune.example.no', 'oyvind@kommune.example.no', 'siri@kommune.example.no'].sort(),
    );
    // Again the same day, the next day, and later in the month: nothing more.
    await sweep('2027-03-01T09:00:00+01:00');
    await sweep('2027-03-02T09:00:00+01:00');
    await sweep('2027-03-15T09:00:00+01:00');
    await new Promise((r) => setTimeout(r, 500));
    expect(digests()).toHaveLength(3);

    /*
     * Sortland on 1 March, by hand:
     * - waiting for a mentor: Amal (since 10 January: 50 days) and Bao (since 1 February: 28 days);
     *   Chiara did not consent, Dawit is enrolled → 2, longest 50.
     * - without career guidance (not referred or referred): Amal, Bao → 2 (Chiara done, Dawit declined).
     * - pairs escalated for February: the pair that never met → 1.
     * - February's evenings: the 4th (Amal, Bao, the mentor: 3) and the 18th (Dawit: 1) → 2 evenings, 4.
     *   March: the 10th, none yet → 1, 0. January's is in neither.
     * - reach (registered / reached by an evening / in a mentor programme / guidance done):
     *   refugee 1/1/0/0, labour_non_eea 1/1/0/0, labour_spouse 1/0/0/1, labour_eea 1/1/1/0; total 4/3/1/1.
     */
    const [row] = await t.db.query<{ figures: unknown }[]>(
      `SELECT o.figures FROM outbox o JOIN team_members m ON m.id = o.team_member_id
        WHERE o.kind = 'team_digest' AND m.email = 'ingrid@kommune.example.no'`,
    );
    const zero = { registered: 0, reachedByEvening: 0, inMentorProgramme: 0, careerGuidanceDone: 0 };
    expect(row.figures).toEqual({
      month: '2027-03',
      previousMonth: '2027-02',
      waitingForMentor: 2,
      longestWaitDays: 50,
      withoutCareerGuidance: 2,
      pairsEscalatedLastMonth: 1,
      eveningsLastMonth: 2,
      attendanceLastMonth: 4,
      eveningsThisMonth: 1,
      attendanceThisMonth: 0,
      reach: [
        { category: 'refugee', registered: 1, reachedByEvening: 1, inMentorProgramme: 0, careerGuidanceDone: 0 },
        { category: 'family', ...zero },
        { category: 'labour_eea', registered: 1, reachedByEvening: 1, inMentorProgramme: 1, careerGuidanceDone: 0 },
        { category: 'labour_non_eea', registered: 1, reachedByEvening: 1, inMentorProgramme: 0, careerGuidanceDone: 0 },
        { category: 'labour_spouse', registered: 1, reachedByEvening: 0, inMentorProgramme: 0, careerGuidanceDone: 1 },
        { category: 'other', ...zero },
        { category: 'total', registered: 4, reachedByEvening: 3, inMentorProgramme: 1, careerGuidanceDone: 1 },
      ],
    });

    const ingrid = received.find((e) => e.to === 'ingrid@kommune.example.no')!;
    expect(ingrid.subject).toBe('Tilflytterteamet i Sortland: tall for mars 2027');
    expect(ingrid.html).toContain('<html lang="nb">');
    for (const line of [
      'Hei Ingrid Hansen,',
      'Venter på mentor: 2 (lengst ventetid: 50 dager)',
      'Uten karriereveiledning (ikke henvist eller henvist, ikke gjennomført): 2',
      'Mentorpar eskalert i februar 2027: 1',
      'Temakvelder i februar 2027: 2, med 4 deltakere',
      'Temakvelder i mars 2027: 1',
      '- Flyktning: 1 / 1 / 0 / 0',
      '- Arbeidsinnvandring fra EØS: 1 / 1 / 1 / 0',
      '- Familie av arbeidsinnvandrer: 1 / 0 / 0 / 1',
      '- Totalt: 4 / 3 / 1 / 1',
    ]) {
      expect(ingrid.text).toContain(line);
    }
    expect(ingrid.html).toContain('<th scope="row">Totalt</th><td>4</td><td>3</td><td>1</td><td>1</td>');

    // Andøy's neighbour Hadsel (1866) has no newcomers and no evenings: all zeros, no longest wait.
    const siri = received.find((e) => e.to === 'siri@kommune.example.no')!;
    expect(siri.subject).toBe('Tilflytterteamet i Hadsel: tall for mars 2027');
    expect(siri.text).toContain('Venter på mentor: 0\n');
    expect(siri.text).toContain('- Totalt: 0 / 0 / 0 / 0');

    // No name or address of a newcomer (of any municipality), nor of a participant, in any part of any digest.
    const people = [...newcomerNames, ...newcomerEmails, 'digest-mentor@example.org', 'digest-mentee@example.org'];
    const participants = await t.db.query<{ name: string }[]>('SELECT name FROM participants');
    people.push(...participants.map((p) => p.name));
    expect(newcomerNames).toHaveLength(5);
    for (const email of received) {
      for (const part of [email.subject, email.text, email.html]) {
        for (const who of people) expect(part).not.toContain(who);
        for (const who of people) expect(part.toLowerCase()).not.toContain(who.toLowerCase());
      }
    }

    // The next month: each member once more.
    await sweep('2027-04-01T09:00:00+02:00');
    expect(await waitForDigests(6)).toHaveLength(6);
    const perMember = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox WHERE kind = 'team_digest' GROUP BY team_member_id, period_key`,
    );
    expect(perMember.map((r) => r.n)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
