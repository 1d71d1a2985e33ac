import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { signSurveyLink } from '../src/surveys/survey-link.js';
import { approvedPair } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { startSmtpServer, type ReceivedEmail, type TestSmtpServer } from './support/smtp.js';

/*
 * Surveys by signed link, played on one programme (18 January to 17 September 2027, Oslo):
 *   pair A: mentor (bokmål, lives in 1866) and mentee (nynorsk, 1870), the whole programme;
 *   pair B: mentor (English, 1870) and mentee (Polish: English emails, 1870), ended on 10 March;
 *   pair C: mentor (bokmål, 1870) and mentee (English, 1866), from 1 June.
 * The midway gathering is on 19 May, the closing on 17 September: A is active on both days, B on
 * neither, C on the closing only. B's mentee gets follow-ups on 10 June, 10 September and 10 March
 * 2028; A's and C's mentees on 17 December 2027, 17 March 2028 and 17 September 2028.
 */

const ZONE = 'Europe/Oslo';
const START = '2027-01-18';
const END = '2027-09-17';

let t: TestApp;
let smtp: TestSmtpServer;
let lead: { token: string };
let admin: { token: string };
let coordinator: { token: string };
let programmeId: string;
const people: Record<string, { id: string; email: string }> = {};
const pairs: Record<string, string> = {};
let midwayDay: string;
let closingDay: string;

const at9 = (day: string) => DateTime.fromISO(`${day}T09:00`, { zone: ZONE }).toISO()!;

/** The sweep of a day at 09:00, and every email it decides sent then (so its link is written that day). */
async function sweep(day: string): Promise<void> {
  t.setNow(at9(day));
  const res = await t.http
    .post('/api/v1/admin/reminders/run')
    .set(t.auth(admin.token))
    .send({ asOf: at9(day) });
  expect(res.status).toBe(200);
  await allSent();
}

/** The app's clock at noon on a day (survey links work for 60 days after their email). */
const noon = (day: string) => t.setNow(DateTime.fromISO(`${day}T12:00`, { zone: ZONE }).toISO()!);

/** Every survey email decided so far, as "kind|who|period". */
async function surveyEmails(): Promise<string[]> {
  const rows = await t.db.query<{ kind: string; to: string; period: string }[]>(
    `SELECT kind::text, to_address AS "to", period_key AS period FROM outbox WHERE kind::text LIKE '%survey'`,
  );
  const who = (email: string) => Object.keys(people).find((k) => people[k].email === email) ?? email;
  return rows.map((r) => `${r.kind}|${who(r.to)}|${r.period}`).sort();
}

async function allSent(): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox WHERE kind::text LIKE '%survey' AND status <> 'sent'`,
    );
    if (n === 0) break;
    if (Date.now() > deadline) throw new Error(`${n} survey emails unsent`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await smtp.waitFor(0);
}

function emailTo(who: string, kind: string): ReceivedEmail {
  const found = smtp.received.filter((e) => e.to === people[who].email && e.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

function linkIn(email: ReceivedEmail): string {
  const match = /http:\/\/localhost:3000(\/api\/v1\/survey\/[A-Za-z0-9_.-]+)/.exec(email.text);
  expect(match).not.toBeNull();
  return match![1];
}

async function outboxId(who: string, kind: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }[]>(
    `SELECT id FROM outbox WHERE kind::text = $1 AND recipient_id = $2 ORDER BY created_at LIMIT 1`,
    [kind, people[who].id],
  );
  return row.id;
}

const answers = () =>
  t.db.query<Record<string, unknown>[]>(
    `SELECT kind, months, progress, usefulness, employment_status::text AS "employmentStatus",
            norwegian_level AS "norwegianLevel", helped, comment, participant_id AS "participantId"
     FROM survey_answers ORDER BY answered_at`,
  );

/** The audit log's rows of survey answers: ids and codes only. */
const answerAudit = () =>
  t.db.query<Record<string, unknown>[]>(
    `SELECT actor_id AS "actorId", actor_role AS "actorRole", subject_type AS "subjectType", subject_id AS "subjectId",
            programme_id AS "programmeId", municipality_code AS "municipalityCode", request_id IS NOT NULL AS "inRequest"
     FROM audit_log WHERE action = 'survey.answer' ORDER BY at`,
  );

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  t.setNow('2027-01-05T10:00:00Z');
  lead = await t.user('lead');
  admin = await t.user('admin');
  coordinator = await t.user('coordinator', ['1870']);
  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: START, endDate: END }));
  expect(programme.status).toBe(201);
  programmeId = programme.body.id as string;
  const add = async (key: string, body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
    expect(res.status).toBe(201);
    people[key] = { id: res.body.id as string, email: body.email as string };
  };
  await add('mentorA', mentorBody({ email: 'mentor-a@example.org', municipalityCode: '1866' }));
  await add('menteeA', menteeBody({ email: 'mentee-a@example.org', preferredLanguage: 'nn' }));
  await add('mentorB', mentorBody({ email: 'mentor-b@example.org', preferredLanguage: 'en' }));
  await add('menteeB', menteeBody({ email: 'mentee-b@example.org', preferredLanguage: 'pl' }));
  await add('mentorC', mentorBody({ email: 'mentor-c@example.org' }));
  await add('menteeC', menteeBody({ email: 'mentee-c@example.org', municipalityCode: '1866' }));
  const gatherings = await t.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(t.auth(lead.token));
  const dayOf = (kind: string) =>
    DateTime.fromISO((gatherings.body as { kind: string; startsAt: string }[]).find((g) => g.kind === kind)!.startsAt, {
      zone: ZONE,
    }).toISODate()!;
  midwayDay = dayOf('midway');
  closingDay = dayOf('closing');
  expect([midwayDay, closingDay]).toEqual(['2027-05-19', END]);
  pairs.A = (
    await approvedPair(t, lead.token, programmeId, {
      mentorId: people.mentorA.id,
      menteeId: people.menteeA.id,
      startsOn: START,
    })
  ).id;
  pairs.B = (
    await approvedPair(t, lead.token, programmeId, {
      mentorId: people.mentorB.id,
      menteeId: people.menteeB.id,
      startsOn: START,
    })
  ).id;
  pairs.C = (
    await approvedPair(t, lead.token, programmeId, {
      mentorId: people.mentorC.id,
      menteeId: people.menteeC.id,
      startsOn: '2027-06-01',
    })
  ).id;
  t.setNow(DateTime.fromISO('2027-03-10T12:00', { zone: ZONE }).toISO()!);
  const ended = await t.http
    .post(`/api/v1/matches/${pairs.B}/end`)
    .set(t.auth(lead.token))
    .send({ outcome: 'ended', employmentStatusAtEnd: 'part_time' });
  expect(ended.status).toBe(200);
  expect(ended.body.endedOn).toBe('2027-03-10');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('the survey emails', () => {
  it('go out on the right days, to the people active on the gathering day, each once', async () => {
    const seen: string[][] = [];
    const step = async (day: string) => {
      await sweep(day);
      await sweep(day);
      seen.push([day, ...(await surveyEmails())]);
    };
    await step('2027-05-18');
    await step(midwayDay);
    await step('2027-05-20');
    await step('2027-06-09');
    await step('2027-06-10');
    await step('2027-09-09');
    await step('2027-09-10');
    await step('2027-09-16');
    await step(closingDay);
    await step('2027-09-18');
    const midway = ['midway_survey|menteeA|once', 'midway_survey|mentorA|once'];
    const b3 = ['followup_survey|menteeB|3'];
    const b6 = ['followup_survey|menteeB|6'];
    const closing = [
      'closing_survey|menteeA|once',
      'closing_survey|menteeC|once',
      'closing_survey|mentorA|once',
      'closing_survey|mentorC|once',
    ];
    const sorted = (...lists: string[][]) => lists.flat().sort();
    expect(seen).toEqual([
      ['2027-05-18'],
      [midwayDay, ...sorted(midway)],
      ['2027-05-20', ...sorted(midway)],
      ['2027-06-09', ...sorted(midway)],
      ['2027-06-10', ...sorted(midway, b3)],
      ['2027-09-09', ...sorted(midway, b3)],
      ['2027-09-10', ...sorted(midway, b3, b6)],
      ['2027-09-16', ...sorted(midway, b3, b6)],
      [closingDay, ...sorted(midway, b3, b6, closing)],
      ['2027-09-18', ...sorted(midway, b3, b6, closing)],
    ]);
    await sweep('2027-12-17');
    await sweep('2028-03-10');
    await sweep('2028-03-17');
    await sweep('2028-09-17');
    expect(await surveyEmails()).toEqual(
      sorted(midway, b3, b6, closing, [
        'followup_survey|menteeA|3',
        'followup_survey|menteeC|3',
        'followup_survey|menteeB|12',
        'followup_survey|menteeA|6',
        'followup_survey|menteeC|6',
        'followup_survey|menteeA|12',
        'followup_survey|menteeC|12',
      ]),
    );
    // A sweep missed is caught up within the week, and then never again.
    await sweep('2028-09-23');
    expect((await surveyEmails()).length).toBe(15);
  });

  it('are written in the recipient’s language, nynorsk included; other languages get English', () => {
    expect(emailTo('menteeA', 'midway_survey').subject).toBe('Korleis går det i mentorprogrammet?');
    expect(emailTo('mentorA', 'midway_survey').subject).toBe('Hvordan går det i mentorprogrammet?');
    const followups = smtp.received.filter((e) => e.to === people.menteeB.email && e.kind === 'followup_survey');
    expect(followups.map((e) => e.subject).sort()).toEqual([
      'How are things now, 12 months on?',
      'How are things now, 3 months on?',
      'How are things now, 6 months on?',
    ]);
    expect(emailTo('menteeC', 'closing_survey').subject).toBe('How was the mentor programme?');
    expect(emailTo('menteeA', 'midway_survey').text).toContain('Mentorprogram Vesterålen 2027');
  });
});

describe('the survey form', () => {
  it('is shown in the language of the email, with the mentee’s questions for a mentee only', async () => {
    noon('2027-05-20');
    const nn = await t.http.get(linkIn(emailTo('menteeA', 'midway_survey')));
    expect(nn.status).toBe(200);
    expect(nn.headers['content-type']).toMatch(/^text\/html/);
    expect(nn.text).toContain('<html lang="nn">');
    expect(nn.text).toContain('<h1>Halvvegs i mentorprogrammet</h1>');
    expect(nn.text).toContain('<legend>Kva gjer du no?</legend>');
    expect(nn.text).toContain('name="norwegianLevel" value="C2"');
    expect(nn.text).not.toContain('<script');

    const nb = await t.http.get(linkIn(emailTo('mentorA', 'midway_survey')));
    expect(nb.status).toBe(200);
    expect(nb.text).toContain('<html lang="nb">');
    expect(nb.text).toContain('<legend>Hvor langt har du kommet mot dine egne mål?</legend>');
    expect(nb.text).not.toContain('name="employmentStatus"');

    noon('2027-09-20');
    const en = await t.http.get(linkIn(emailTo('menteeC', 'closing_survey')));
    expect(en.status).toBe(200);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('<h1>The mentor programme has ended</h1>');
    expect(en.text).toContain('<legend>Has the programme helped you into work or education?</legend>');
    // A GET stores nothing.
    expect(await answers()).toEqual([]);
  });

  it('shows invalid answers again with the errors beside the fields, and stores nothing', async () => {
    noon('2027-05-20');
    const link = linkIn(emailTo('menteeA', 'midway_survey'));
    const res = await t.http
      .post(link)
      .type('form')
      .send({
        progress: '7',
        usefulness: '4',
        employmentStatus: 'astronaut',
        norwegianLevel: 'B1',
        comment: 'x'.repeat(1001),
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<html lang="nn">');
    expect(res.text).toContain('role="alert"');
    for (const field of ['progress', 'employmentStatus', 'helped', 'comment']) {
      expect(res.text).toContain(`id="${field}-error"`);
      expect(res.text).toMatch(new RegExp(`aria-describedby="[^"]*${field}-error`));
    }
    expect(res.text).not.toContain('id="usefulness-error"');
    expect(res.text).not.toContain('id="norwegianLevel-error"');
    // What was valid is kept.
    expect(res.text).toMatch(/id="usefulness-4" name="usefulness" value="4" checked/);
    expect(res.text).toMatch(/id="norwegianLevel-B1" name="norwegianLevel" value="B1" checked/);
    expect(await answers()).toEqual([]);
    expect(await answerAudit()).toEqual([]);
  });

  it('stores the answers, and a second answer replaces the first', async () => {
    noon('2027-05-20');
    const link = linkIn(emailTo('menteeA', 'midway_survey'));
    const first = await t.http.post(link).type('form').send({
      progress: '2',
      usefulness: '2',
      employmentStatus: 'unemployed',
      norwegianLevel: 'A2',
      helped: 'no',
      comment: '  Fint  ',
    });
    expect(first.status).toBe(200);
    expect(first.text).toContain('Svara er lagra.');
    const second = await t.http.post(link).type('form').send({
      progress: '3',
      usefulness: '4',
      employmentStatus: 'full_time',
      norwegianLevel: 'B1',
      helped: 'yes',
    });
    expect(second.status).toBe(200);
    expect(second.text).toContain('Dei nye svara har erstatta dei gamle.');
    // Each answer is in the audit log: no account acted (the signed link), the person's record changed.
    const row = {
      actorId: null,
      actorRole: null,
      subjectType: 'participant',
      subjectId: people.menteeA.id,
      programmeId,
      municipalityCode: '1870',
      inRequest: true,
    };
    expect(await answerAudit()).toEqual([row, row]);
    expect(await answers()).toEqual([
      {
        kind: 'midway_survey',
        months: null,
        progress: 3,
        usefulness: 4,
        employmentStatus: 'full_time',
        norwegianLevel: 'B1',
        helped: 'yes',
        comment: null,
        participantId: people.menteeA.id,
      },
    ]);
    // The form shows the answers given.
    const again = await t.http.get(link);
    expect(again.text).toMatch(/id="helped-yes" name="helped" value="yes" required checked/);
  });

  it('ignores the mentee’s questions on a mentor’s form', async () => {
    noon('2027-05-20');
    const res = await t.http
      .post(linkIn(emailTo('mentorA', 'midway_survey')))
      .type('form')
      .send({ progress: '4', usefulness: '5', employmentStatus: 'full_time', comment: 'Lærerikt' });
    expect(res.status).toBe(200);
    const [row] = (await answers()).filter((a) => a.participantId === people.mentorA.id);
    expect(row).toMatchObject({
      progress: 4,
      usefulness: 5,
      employmentStatus: null,
      helped: null,
      comment: 'Lærerikt',
    });
  });
});

describe('a link that is not a survey link', () => {
  it('is refused with a page: tampered, foreign, of another secret, naming no survey, or expired', async () => {
    noon('2027-09-20');
    const good = linkIn(emailTo('menteeC', 'closing_survey')).split('/').pop()!;
    const [payload, mac] = good.split('.');
    const flip = (s: string) => (s[3] === 'A' ? 'B' : 'A');
    const tampered = `${payload.slice(0, 3)}${flip(payload)}${payload.slice(4)}.${mac}`;
    const id = await outboxId('menteeC', 'closing_survey');
    const later = new Date('2029-01-01T00:00:00Z');
    const otherSecret = signSurveyLink(id, later, randomBytes(24).toString('hex'));
    const meetingLink = signMeetingLink(pairs.C, later, t.config.LINK_SECRET);
    const [invite] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM outbox WHERE kind = 'gathering_invite' LIMIT 1`,
    );
    const notASurvey = signSurveyLink(invite.id, later, t.config.LINK_SECRET);
    const expired = signSurveyLink(id, new Date('2027-09-19T00:00:00Z'), t.config.LINK_SECRET);
    for (const [token, status] of [
      [tampered, 404],
      [otherSecret, 404],
      [meetingLink, 404],
      [notASurvey, 404],
      ['garbage', 404],
      [expired, 410],
    ] as const) {
      const get = await t.http.get(`/api/v1/survey/${token}`).set('Accept-Language', 'nb');
      expect({ token, status: get.status }).toEqual({ token, status });
      expect(get.headers['content-type']).toMatch(/^text\/html/);
      expect(get.text).toContain('<html lang="nb">');
      const post = await t.http
        .post(`/api/v1/survey/${token}`)
        .type('form')
        .send({ progress: '5', usefulness: '5', employmentStatus: 'full_time', norwegianLevel: 'C1', helped: 'yes' });
      expect(post.status).toBe(status);
    }
    expect((await answers()).filter((a) => a.participantId === people.menteeC.id)).toEqual([]);
  });
});

describe('GET /programmes/:id/surveys', () => {
  it('equals the figures worked out by hand, and a coordinator gets their share', async () => {
    const answer = async (who: string, kind: string, body: Record<string, string>) => {
      const res = await t.http
        .post(linkIn(emailTo(who, kind)))
        .type('form')
        .send(body);
      expect(res.status).toBe(200);
    };
    // Midway so far: menteeA (3, 4, full_time, B1, yes) and mentorA (4, 5).
    noon('2027-09-20');
    await answer('mentorA', 'closing_survey', { progress: '5', usefulness: '4' });
    await answer('mentorC', 'closing_survey', { progress: '2', usefulness: '3' });
    await answer('menteeC', 'closing_survey', {
      progress: '4',
      usefulness: '5',
      employmentStatus: 'education',
      norwegianLevel: 'A2',
      helped: 'partly',
    });
    const followups = smtp.received.filter((e) => e.to === people.menteeB.email && e.kind === 'followup_survey');
    expect(followups).toHaveLength(3);
    const three = followups.find((e) => e.subject.includes(' 3 '))!;
    noon('2027-06-15');
    const threeRes = await t.http.post(linkIn(three)).type('form').send({
      progress: '5',
      usefulness: '3',
      employmentStatus: 'part_time',
      norwegianLevel: 'none',
      helped: 'yes',
    });
    expect(threeRes.status).toBe(200);

    const zero = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
    const employment = ['unemployed', 'introduction_programme', 'education', 'part_time', 'full_time'];
    const levels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
    const helped = ['yes', 'partly', 'no'];
    const questions = (
      progress: number[],
      usefulness: number[],
      emp: Record<string, number>,
      lvl: Record<string, number>,
      hlp: Record<string, number>,
    ) => {
      const scale = (key: string, values: number[]) =>
        values.length > 0
          ? {
              key,
              answered: values.length,
              mean: Math.round((values.reduce((a, b) => a + b) / values.length) * 100) / 100,
            }
          : { key, answered: 0 };
      const counts = (key: string, keys: string[], given: Record<string, number>) => ({
        key,
        answered: Object.values(given).reduce((a, b) => a + b, 0),
        counts: { ...zero(keys), ...given },
      });
      return [
        scale('progress', progress),
        scale('usefulness', usefulness),
        counts('employmentStatus', employment, emp),
        counts('norwegianLevel', levels, lvl),
        counts('helped', helped, hlp),
      ];
    };

    const all = await t.http.get(`/api/v1/programmes/${programmeId}/surveys`).set(t.auth(lead.token));
    expect(all.status).toBe(200);
    expect(all.body).toEqual([
      {
        kind: 'midway_survey',
        sent: 2,
        answered: 2,
        questions: questions([3, 4], [4, 5], { full_time: 1 }, { B1: 1 }, { yes: 1 }),
      },
      {
        kind: 'closing_survey',
        sent: 4,
        answered: 3,
        // (5 + 2 + 4) / 3 = 3.67; (4 + 3 + 5) / 3 = 4
        questions: questions([5, 2, 4], [4, 3, 5], { education: 1 }, { A2: 1 }, { partly: 1 }),
      },
      {
        kind: 'followup_survey',
        sent: 9,
        answered: 1,
        questions: questions([5], [3], { part_time: 1 }, { none: 1 }, { yes: 1 }),
      },
    ]);
    expect(all.body[1].questions[0].mean).toBe(3.67);

    // 1870: menteeA, mentorB, menteeB, mentorC (mentorA and menteeC live in 1866).
    const share = await t.http.get(`/api/v1/programmes/${programmeId}/surveys`).set(t.auth(coordinator.token));
    expect(share.status).toBe(200);
    expect(share.body).toEqual([
      {
        kind: 'midway_survey',
        sent: 1,
        answered: 1,
        questions: questions([3], [4], { full_time: 1 }, { B1: 1 }, { yes: 1 }),
      },
      { kind: 'closing_survey', sent: 2, answered: 1, questions: questions([2], [3], {}, {}, {}) },
      {
        kind: 'followup_survey',
        sent: 6,
        answered: 1,
        questions: questions([5], [3], { part_time: 1 }, { none: 1 }, { yes: 1 }),
      },
    ]);

    const outsider = await t.user('coordinator', ['1804']);
    expect((await t.http.get(`/api/v1/programmes/${programmeId}/surveys`).set(t.auth(outsider.token))).status).toBe(
      404,
    );
  });
});
