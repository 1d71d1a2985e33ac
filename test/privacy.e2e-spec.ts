import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { approvedPair } from './support/api.js';
import { createTestApp, snapshot, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';
import { sampleEmailContext } from './support/email-contexts.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';
import { RetentionProcessor } from '../src/privacy/retention.processor.js';
import { MailService } from '../src/mail/mail.service.js';
import { EMAIL_KINDS } from '../src/mail/outbox.entity.js';
import { MENTEE_CATEGORIES } from '../src/participants/participant-fields.js';

/*
 * Export and erasure (issue 11): a person gets every record about them and nothing about anyone
 * else; an erased person leaves no trace of name, email or phone in any table, every figure of the
 * stats stays, emails pending to them are cancelled and the links of their pairs stop working.
 */

let t: TestApp;
let smtp: TestSmtpServer;
const logLines: string[] = [];
let admin: { id: string; token: string };
let lead: { id: string; token: string };
let sortland: { id: string; token: string };
let hadsel: { id: string; token: string };

/** Mid-programme: the pairs run, a month of meetings is logged. */
const NOW = '2027-03-20T10:00:00Z';

const MENTEE = {
  name: 'Yasmin Qadri-Haddad',
  email: 'yasmin.qadri@example.org',
  phone: '+47 912 34 567',
  municipalityCode: '1870',
  gender: 'female',
  category: 'refugee',
  employmentStatusAtStart: 'unemployed',
};
const MENTOR = {
  name: 'Torbjørg Vingelsgaard',
  email: 'torbjorg.vingelsgaard@example.org',
  phone: '+47 913 45 678',
  municipalityCode: '1870',
  gender: 'female',
};
/** Another pair of the same programme, in Hadsel: none of it may appear in the first mentee's export. */
const OTHER_MENTEE = { name: 'Bashir Oyelaran', email: 'bashir.oyelaran@example.org', municipalityCode: '1866' };
const OTHER_MENTOR = { name: 'Sølvi Kjerringvåg', email: 'solvi.kjerringvag@example.org', municipalityCode: '1866' };

let programmeId: string;
let menteeId: string;
let mentorId: string;
let matchId: string;
let otherMatchId: string;
let otherMenteeId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // The log of the whole run, at its most talkative, for the scan at the end.
  t = await createTestApp(
    { SMTP_URL: smtp.url, LOG_LEVEL: 'debug' },
    { write: (line: string) => void logLines.push(line) },
  );
  t.setNow(NOW);
  const [{ id: adminId }] = await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE role = 'admin'`);
  admin = { ...(await t.user('admin')), id: adminId };
  lead = await t.user('lead');
  sortland = await t.user('coordinator', ['1870']);
  hadsel = await t.user('coordinator', ['1866']);

  const programme = await t.http
    .post('/api/v1/programmes')
    .set(t.auth(lead.token))
    .send(programmeBody({ startDate: '2027-01-15', endDate: '2027-09-15' }));
  expect(programme.status).toBe(201);
  programmeId = programme.body.id as string;
  const add = async (body: Record<string, unknown>) => {
    const res = await t.http.post(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token)).send(body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  mentorId = await add(mentorBody(MENTOR));
  menteeId = await add(menteeBody(MENTEE));
  const otherMentorId = await add(mentorBody(OTHER_MENTOR));
  otherMenteeId = await add(menteeBody(OTHER_MENTEE));
  matchId = (await approvedPair(t, lead.token, programmeId, { mentorId, menteeId, startsOn: '2027-01-20' })).id;
  otherMatchId = (
    await approvedPair(t, lead.token, programmeId, {
      mentorId: otherMentorId,
      menteeId: otherMenteeId,
      startsOn: '2027-01-20',
    })
  ).id;
  for (const [id, date, note] of [
    [matchId, '2027-02-03', 'Practised a job interview at the library'],
    [matchId, '2027-02-17', null],
    [otherMatchId, '2027-02-10', 'Visited a workplace'],
  ] as const) {
    const res = await t.http
      .post(`/api/v1/matches/${id}/meetings`)
      .set(t.auth(lead.token))
      .send({ date, durationMinutes: 90, ...(note && { note }) });
    expect(res.status).toBe(201);
  }
  const gatherings = await t.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(t.auth(lead.token));
  const first = (gatherings.body as { id: string }[])[0];
  const attended = await t.http
    .put(`/api/v1/gatherings/${first.id}/attendance`)
    .set(t.auth(lead.token))
    .send({ participantIds: [menteeId, mentorId, otherMenteeId] });
  expect(attended.status).toBe(200);

  // Emails: one sent to the mentee, one pending to her, one pending to her mentor about the pair,
  // one pending to the other mentee (not hers: it must stay pending).
  const later = (gatherings.body as { id: string }[])[1];
  await t.db.query(
    `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, gathering_id, period_key, status, sent_at)
     VALUES ('gathering_invite', $1, $2, 'en', $3, $3, 'v0', 'sent', now()),
            ('gathering_reminder', $1, $2, 'en', $4, $4, '2027-04-01', 'pending', NULL),
            ('gathering_reminder', $5, $6, 'en', $4, $4, '2027-04-01', 'pending', NULL)`,
    [menteeId, MENTEE.email, first.id, later.id, otherMenteeId, OTHER_MENTEE.email],
  );
  await t.db.query(
    `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, match_id, period_key, figures)
     VALUES ('midmonth_nudge', $1, $2, 'nb', $3, $3, '2027-03', '{"month":"2027-03","requiredMeetings":1,"qualifyingMeetings":0}')`,
    [mentorId, MENTOR.email, matchId],
  );
  await t.db.query(`INSERT INTO certificates (code, match_id, issued_at) VALUES ('7K2M-QH4P-XR9D', $1, now())`, [
    matchId,
  ]);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const exportOf = (id: string, token: string) => t.http.get(`/api/v1/participants/${id}/export`).set(t.auth(token));
const erase = (id: string, token: string, body: unknown = { reason: 'Asked for erasure (GDPR art. 17)' }) =>
  t.http
    .post(`/api/v1/participants/${id}/erase`)
    .set(t.auth(token))
    .send(body as object);

/** Every place a text could hide: each text, varchar, char, json, jsonb or array column of every table. */
async function tablesHolding(needle: string): Promise<string[]> {
  const columns = await t.db.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
  );
  expect(columns.length).toBeGreaterThan(30);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE '%' || $1 || '%'`,
      [needle],
    );
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe('GET /participants/:id/export', () => {
  it("holds the person's records, the other person of the pair by first name only, and nobody else's", async () => {
    const res = await exportOf(menteeId, sortland.token);
    expect(res.status).toBe(200);
    const body = res.body as {
      participant: Record<string, unknown> & { phone: string | null; languages: unknown[] };
      pairs: (Record<string, unknown> & { meetings: { date: string; note: string | null }[] })[];
      gatheringsAttended: unknown[];
      emails: { kind: string; status: string }[];
      certificate: unknown;
      audit: { action: string }[];
    };
    expect(body.participant).toMatchObject({
      id: menteeId,
      name: MENTEE.name,
      email: MENTEE.email,
      municipalityCode: '1870',
      category: 'refugee',
      erased: false,
    });
    expect(body.participant.phone).toBeTruthy();
    expect(body.participant.languages).toEqual(expect.arrayContaining([{ code: 'ar', level: 'native' }]));
    expect(body.pairs).toHaveLength(1);
    expect(body.pairs[0]).toMatchObject({
      id: matchId,
      role: 'mentee',
      status: 'approved',
      otherFirstName: 'Torbjørg',
    });
    expect(body.pairs[0].meetings.map((m: { date: string }) => m.date)).toEqual(['2027-02-03', '2027-02-17']);
    expect(body.pairs[0].meetings[0].note).toBe('Practised a job interview at the library');
    expect(body.gatheringsAttended).toHaveLength(1);
    expect(body.emails.map((e: { kind: string; status: string }) => `${e.kind}:${e.status}`).sort()).toEqual([
      'gathering_invite:sent',
      'gathering_reminder:pending',
    ]);
    expect(body.certificate).toMatchObject({ code: '7K2M-QH4P-XR9D', matchId });
    // Its own reading is among the audit rows about her, with the creation before it.
    const actions = (body.audit as { action: string }[]).map((a) => a.action);
    expect(actions).toContain('participant.create');
    expect(actions).toContain('participant.export');

    const text = JSON.stringify(body);
    for (const other of [
      MENTOR.email,
      MENTOR.phone.replace(/\s/g, ''),
      // The phone as written (its digits alone would match a timestamp's milliseconds).
      MENTOR.phone,
      'Vingelsgaard',
      OTHER_MENTEE.name,
      OTHER_MENTEE.email,
      OTHER_MENTOR.name,
      OTHER_MENTOR.email,
      'Visited a workplace',
    ]) {
      expect(text).not.toContain(other);
    }
  });

  it('is audited as participant.export, one row, ids only', async () => {
    const before = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'participant.export' AND subject_id = $1`,
      [mentorId],
    );
    expect((await exportOf(mentorId, lead.token)).status).toBe(200);
    const rows = await t.db.query<Record<string, unknown>[]>(
      `SELECT actor_id, actor_role, subject_type, programme_id, municipality_code FROM audit_log
        WHERE action = 'participant.export' AND subject_id = $1`,
      [mentorId],
    );
    expect(rows).toHaveLength(before[0].n + 1);
    expect(rows.at(-1)).toEqual({
      actor_id: lead.id,
      actor_role: 'lead',
      subject_type: 'participant',
      programme_id: programmeId,
      municipality_code: '1870',
    });
  });

  it("is for admins, leads and the coordinators of the person's municipality", async () => {
    expect((await exportOf(menteeId, admin.token)).status).toBe(200);
    expect((await exportOf(menteeId, lead.token)).status).toBe(200);
    expect((await exportOf(menteeId, sortland.token)).status).toBe(200);
    expect((await exportOf(menteeId, hadsel.token)).status).toBe(404);
    // A coordinator sees every mentor of the programme, but exports only their own municipalities' people.
    expect((await exportOf(mentorId, hadsel.token)).status).toBe(404);
    expect((await exportOf('4f0c5f44-0000-4000-8000-000000000000', lead.token)).status).toBe(404);
    expect((await exportOf('not-a-uuid', lead.token)).status).toBe(400);
    expect((await t.http.get(`/api/v1/participants/${menteeId}/export`)).status).toBe(401);
  });
});

describe('POST /participants/:id/erase', () => {
  it('refuses bad input and callers who may not erase, and changes nothing', async () => {
    const before = await snapshot(t.db);
    for (const body of [
      {},
      { reason: '' },
      { reason: 'x'.repeat(501) },
      { reason: 42 },
      { reason: 'ok reason', x: 1 },
    ]) {
      const res = await erase(menteeId, lead.token, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/reason|"x"/);
    }
    expect((await erase(menteeId, sortland.token)).status).toBe(403);
    expect((await erase('4f0c5f44-0000-4000-8000-000000000000', lead.token)).status).toBe(404);
    expect((await erase('nope', lead.token)).status).toBe(400);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('removes the name, email and phone for good and keeps every figure of the stats', async () => {
    const statsBefore = await t.http.get(`/api/v1/programmes/${programmeId}/stats`).set(t.auth(lead.token));
    const allBefore = await t.http.get('/api/v1/stats').set(t.auth(admin.token));
    expect(statsBefore.status).toBe(200);
    expect(allBefore.status).toBe(200);
    const [stored] = await t.db.query<{ phone: string }[]>('SELECT phone FROM participants WHERE id = $1', [menteeId]);
    const link = signMeetingLink(matchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    expect((await t.http.get(`/api/v1/log/${link}`)).status).toBe(200);
    for (const needle of [MENTEE.email, stored.phone, 'Qadri']) expect(await tablesHolding(needle)).not.toEqual([]);

    const res = await erase(menteeId, lead.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: menteeId, erased: true, cancelledEmails: 2 });

    const after = await t.http.get(`/api/v1/participants/${menteeId}`).set(t.auth(lead.token));
    expect(after.body).toMatchObject({
      erased: true,
      name: '',
      phone: null,
      municipalityCode: '1870',
      category: 'refugee',
      gender: 'female',
      employmentStatusAtStart: 'unemployed',
      activeMatchId: matchId,
    });
    expect(after.body.email).not.toContain('yasmin');

    const statsAfter = await t.http.get(`/api/v1/programmes/${programmeId}/stats`).set(t.auth(lead.token));
    const allAfter = await t.http.get('/api/v1/stats').set(t.auth(admin.token));
    expect(statsAfter.body).toEqual(statsBefore.body);
    expect(allAfter.body).toEqual(allBefore.body);

    // No trace in any text or JSON column of any table: not the name, the email, the phone, nor the
    // notes written about her pair.
    for (const needle of [
      MENTEE.email,
      stored.phone,
      MENTEE.phone,
      'Yasmin',
      'Qadri',
      'Haddad',
      'Practised a job interview',
    ]) {
      expect({ needle, tables: await tablesHolding(needle) }).toEqual({ needle, tables: [] });
    }
    // The rest of the programme is untouched.
    expect((await tablesHolding(OTHER_MENTEE.email)).sort()).toEqual(['outbox.to_address', 'participants.email']);
    expect(await tablesHolding('Visited a workplace')).toEqual(['meetings.note']);

    // One audit row, by ids: the reason is kept on the erased record, not in the audit log.
    const audit = await t.db.query<Record<string, unknown>[]>(
      `SELECT actor_id, actor_role, subject_type, programme_id, municipality_code FROM audit_log
        WHERE action = 'participant.erase' AND subject_id = $1`,
      [menteeId],
    );
    expect(audit).toEqual([
      {
        actor_id: lead.id,
        actor_role: 'lead',
        subject_type: 'participant',
        programme_id: programmeId,
        municipality_code: '1870',
      },
    ]);
    const [kept] = await t.db.query<{ erasure_reason: string }[]>(
      'SELECT erasure_reason FROM participants WHERE id = $1',
      [menteeId],
    );
    expect(kept.erasure_reason).toBe('Asked for erasure (GDPR art. 17)');
  });

  it('cancelled the emails pending to her and about her pair, and kept no address of hers', async () => {
    const rows = await t.db.query<{ kind: string; recipient_id: string; status: string; to_address: string }[]>(
      'SELECT kind, recipient_id, status::text AS status, to_address FROM outbox ORDER BY kind, recipient_id',
    );
    const mine = rows.filter((r) => r.recipient_id === menteeId);
    expect(mine.map((r) => `${r.kind}:${r.status}`).sort()).toEqual([
      'gathering_invite:sent',
      'gathering_reminder:cancelled',
    ]);
    expect(mine.every((r) => r.to_address === '')).toBe(true);
    expect(rows.find((r) => r.recipient_id === mentorId)?.status).toBe('cancelled');
    expect(rows.find((r) => r.recipient_id === otherMenteeId)?.status).toBe('pending');
    // The outbox's listing offers the new state.
    const listed = await t.http.get('/api/v1/admin/outbox?status=cancelled').set(t.auth(admin.token));
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(2);
  });

  it("stops the signed links of her pair, leaves other pairs' links working", async () => {
    const link = signMeetingLink(matchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    expect((await t.http.get(`/api/v1/log/${link}`)).status).toBe(404);
    expect(
      (await t.http.post(`/api/v1/log/${link}`).type('form').send({ date: '2027-03-19', durationMinutes: '60' }))
        .status,
    ).toBe(404);
    const other = signMeetingLink(otherMatchId, new Date('2027-04-01T00:00:00Z'), t.config.LINK_SECRET);
    expect((await t.http.get(`/api/v1/log/${other}`)).status).toBe(200);
  });

  it('makes the certificate page say the holder was erased, naming no one', async () => {
    const res = await t.http.get('/api/v1/certificates/7K2M-QH4P-XR9D').set('Accept-Language', 'en');
    expect(res.status).toBe(200);
    expect(res.text).toContain('is genuine');
    expect(res.text).toContain('has been erased');
    expect(res.text).not.toContain('<dt>Name</dt>');
  });

  it('answers a second erasure, and any change of the erased record, with 409 already_erased', async () => {
    const again = await erase(menteeId, admin.token);
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.code ?? again.body.code).toBe('already_erased');
    const patch = await t.http
      .patch(`/api/v1/participants/${menteeId}`)
      .set(t.auth(lead.token))
      .send({ name: 'Someone Else' });
    expect(patch.status).toBe(409);
    const exported = await exportOf(menteeId, lead.token);
    expect(exported.status).toBe(200);
    expect(exported.body.participant).toMatchObject({ erased: true, name: '', phone: null });
    expect(exported.body.pairs[0].meetings[0].note).toBeNull();
  });
});

describe('newcomers: export and erasure', () => {
  it("exports the newcomer's record and erases it for good", async () => {
    const body = newcomerBody({
      name: 'Oksana Vyshyvanko',
      email: 'oksana.vyshyvanko@example.org',
      phone: '+47 915 55 111',
      education: { level: 'bachelor', field: 'Veterinary surgery in Poltava', country: 'UA', recognition: 'pending' },
    });
    const created = await t.http.post('/api/v1/municipalities/1870/newcomers').set(t.auth(sortland.token)).send(body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    expect((await t.http.get(`/api/v1/newcomers/${id}/export`).set(t.auth(hadsel.token))).status).toBe(404);
    const exported = await t.http.get(`/api/v1/newcomers/${id}/export`).set(t.auth(sortland.token));
    expect(exported.status).toBe(200);
    expect(exported.body.newcomer).toMatchObject({
      id,
      name: 'Oksana Vyshyvanko',
      email: 'oksana.vyshyvanko@example.org',
    });
    expect((exported.body.audit as { action: string }[]).map((a) => a.action)).toContain('newcomer.export');

    const coordinator = await t.http
      .post(`/api/v1/newcomers/${id}/erase`)
      .set(t.auth(sortland.token))
      .send({ reason: 'Asked for erasure' });
    expect(coordinator.status).toBe(403);
    const bad = await t.http.post(`/api/v1/newcomers/${id}/erase`).set(t.auth(lead.token)).send({});
    expect(bad.status).toBe(400);
    const erased = await t.http
      .post(`/api/v1/newcomers/${id}/erase`)
      .set(t.auth(lead.token))
      .send({ reason: 'Asked for erasure' });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id, erased: true });
    const read = await t.http.get(`/api/v1/newcomers/${id}`).set(t.auth(sortland.token));
    expect(read.body).toMatchObject({ erased: true, name: '', email: null, phone: null, category: 'labour_spouse' });
    for (const needle of ['Oksana', 'Vyshyvanko', 'oksana.vyshyvanko', '915 55 111', '91555111', 'Poltava']) {
      expect({ needle, tables: await tablesHolding(needle) }).toEqual({ needle, tables: [] });
    }
    const again = await t.http.post(`/api/v1/newcomers/${id}/erase`).set(t.auth(lead.token)).send({ reason: 'Again' });
    expect(again.status).toBe(409);
  });
});

describe('data minimisation', () => {
  it("shows a coordinator contact details and gender only of their municipalities' people and their mentees' mentors", async () => {
    // A mentor of Hadsel paired with a mentee of Sortland: the Sortland coordinator works with her.
    const add = async (body: Record<string, unknown>) => {
      const res = await t.http
        .post(`/api/v1/programmes/${programmeId}/participants`)
        .set(t.auth(lead.token))
        .send(body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const pairedMentor = await add(mentorBody({ municipalityCode: '1866', gender: 'male', phone: '+47 918 00 003' }));
    const sortlandMentee = await add(menteeBody({ municipalityCode: '1870' }));
    await approvedPair(t, lead.token, programmeId, {
      mentorId: pairedMentor,
      menteeId: sortlandMentee,
      startsOn: '2027-02-01',
    });
    const [{ id: otherMentorId }] = await t.db.query<{ id: string }[]>('SELECT id FROM participants WHERE email = $1', [
      OTHER_MENTOR.email,
    ]);

    const list = await t.http.get(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(sortland.token));
    expect(list.status).toBe(200);
    const byId = new Map((list.body as Record<string, unknown>[]).map((p) => [p.id as string, p]));
    const stranger = byId.get(otherMentorId)!;
    expect(stranger).toMatchObject({ name: OTHER_MENTOR.name, municipalityCode: '1866', professionCode: '2221' });
    expect(stranger.languages).toBeDefined();
    expect(stranger.capacity).toBeDefined();
    for (const key of ['email', 'phone', 'gender']) expect(stranger).not.toHaveProperty(key);
    expect(byId.get(pairedMentor)).toMatchObject({
      gender: 'male',
      phone: expect.any(String),
      email: expect.any(String),
    });
    expect(byId.get(mentorId)).toMatchObject({ email: MENTOR.email });
    expect(JSON.stringify(list.body)).not.toContain(OTHER_MENTOR.email);

    const one = await t.http.get(`/api/v1/participants/${otherMentorId}`).set(t.auth(sortland.token));
    expect(one.status).toBe(200);
    for (const key of ['email', 'phone', 'gender']) expect(one.body).not.toHaveProperty(key);
    // Admins, leads and the mentor's own coordinator see them whole.
    const own = await t.http.get(`/api/v1/participants/${otherMentorId}`).set(t.auth(hadsel.token));
    expect(own.body).toMatchObject({ email: OTHER_MENTOR.email });
    const asLead = await t.http.get(`/api/v1/programmes/${programmeId}/participants`).set(t.auth(lead.token));
    expect(JSON.stringify(asLead.body)).toContain(OTHER_MENTOR.email);
  });
});

describe('a conflict that would reveal a person', () => {
  it('is answered without saying why when the email is of another municipality, and audited', async () => {
    const register = (email: string) =>
      t.http
        .post(`/api/v1/programmes/${programmeId}/participants`)
        .set(t.auth(sortland.token))
        .send(menteeBody({ municipalityCode: '1870', email }));
    const hidden = await register(OTHER_MENTEE.email);
    expect(hidden.status).toBe(409);
    expect(hidden.body.errors).toEqual([
      { field: null, code: 'conflict', params: {}, message: 'This conflicts with an existing record' },
    ]);
    expect(JSON.stringify(hidden.body)).not.toMatch(/email|already/i);
    const audit = await t.db.query<Record<string, unknown>[]>(
      `SELECT actor_id, subject_id, municipality_code FROM audit_log WHERE action = 'participant.conflict'`,
    );
    expect(audit).toEqual([{ actor_id: sortland.id, subject_id: otherMenteeId, municipality_code: '1866' }]);

    // Within their own municipalities the reason is theirs to know.
    const own = await register(MENTOR.email);
    expect(own.status).toBe(409);
    expect(own.body.errors[0]).toMatchObject({ field: 'email', code: 'already_exists' });
    // A lead sees every municipality: told why.
    const asLead = await t.http
      .post(`/api/v1/programmes/${programmeId}/participants`)
      .set(t.auth(lead.token))
      .send(menteeBody({ municipalityCode: '1870', email: OTHER_MENTEE.email }));
    expect(asLead.body.errors[0]).toMatchObject({ field: 'email', code: 'already_exists' });
    // A change to that email is answered the same way.
    const mine = await t.db.query<{ id: string }[]>('SELECT id FROM participants WHERE email = $1', [MENTOR.email]);
    const patch = await t.http
      .patch(`/api/v1/participants/${mine[0].id}`)
      .set(t.auth(sortland.token))
      .send({ email: OTHER_MENTEE.email });
    expect(patch.status).toBe(409);
    expect(patch.body.errors[0]).toMatchObject({ field: null, code: 'conflict' });
  });

  it('is a bare row error in a CSV import too, audited, while an email of their own municipalities says why', async () => {
    const csv =
      'role,name,email,municipalityCode,preferredLanguage,languages,professionCode\n' +
      `mentee,Hidden Holder,${OTHER_MENTEE.email},1870,nb,nb:B1,2221\n` +
      `mentee,Own Holder,${MENTOR.email},1870,nb,nb:B1,2221\n`;
    const before = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'participant.conflict'`,
    );
    const res = await t.http
      .post(`/api/v1/programmes/${programmeId}/participants/import`)
      .set(t.auth(sortland.token))
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(0);
    expect(res.body.errors).toEqual([
      { row: 2, field: '', path: '', code: 'conflict', params: {}, message: 'This conflicts with an existing record' },
      expect.objectContaining({ row: 3, field: 'email', code: 'already_exists' }),
    ]);
    expect(JSON.stringify(res.body.errors[0])).not.toMatch(/email|already/i);
    const audit = await t.db.query<Record<string, unknown>[]>(
      `SELECT actor_id, subject_id, municipality_code FROM audit_log WHERE action = 'participant.conflict'
        ORDER BY at DESC LIMIT 1`,
    );
    expect(audit).toEqual([{ actor_id: sortland.id, subject_id: otherMenteeId, municipality_code: '1866' }]);
    const after = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'participant.conflict'`,
    );
    expect(after[0].n).toBe(before[0].n + 1);
  });
});

describe('retention and the archive', () => {
  /** Ended 2026-06-30: with 12 months its erasure day is 2027-07-01, its notice due from 2027-06-01. */
  let expiring: string;
  /** The same dates, kept 24 months. */
  let kept: string;
  const people: Record<string, { id: string; email: string; name: string }[]> = {};

  const programmeWith = async (name: string, rules: object) => {
    const res = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(lead.token))
      .send(programmeBody({ name, startDate: '2026-01-05', endDate: '2026-06-30', rules }));
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    people[id] = [];
    for (const [i, body] of [
      mentorBody({ name: `Gunnhild Storvik ${name}`, email: `gunnhild.${id}@example.org`, phone: '+47 917 00 001' }),
      menteeBody({ name: `Mahmoud Zayani ${name}`, email: `mahmoud.${id}@example.org`, phone: '+47 917 00 002' }),
    ].entries()) {
      const added = await t.http.post(`/api/v1/programmes/${id}/participants`).set(t.auth(lead.token)).send(body);
      expect({ i, status: added.status }).toEqual({ i, status: 201 });
      people[id].push({ id: added.body.id as string, email: String(body.email), name: String(body.name) });
    }
    return id;
  };
  const run = async (at: string) => {
    t.setNow(at);
    return t.app.get(RetentionProcessor).process();
  };
  const notices = () =>
    t.db.query<{ recipient_id: string; programme_id: string }[]>(
      `SELECT recipient_id, programme_id FROM outbox WHERE kind = 'retention_notice'`,
    );

  beforeAll(async () => {
    t.setNow(NOW);
    expiring = await programmeWith('Lofoten 2026', {});
    kept = await programmeWith('Vesterålen 2026', { retentionMonths: 24 });
  });
  afterAll(() => t.setNow(NOW));

  it('is a programme rule, 12 months unless told', async () => {
    const one = await t.http.get(`/api/v1/programmes/${expiring}`).set(t.auth(lead.token));
    const other = await t.http.get(`/api/v1/programmes/${kept}`).set(t.auth(lead.token));
    expect(one.body.rules.retentionMonths).toBe(12);
    expect(other.body.rules.retentionMonths).toBe(24);
    for (const retentionMonths of [0, 121, 1.5, '12', null]) {
      const res = await t.http
        .patch(`/api/v1/programmes/${kept}`)
        .set(t.auth(lead.token))
        .send({ rules: { retentionMonths } });
      expect({ retentionMonths, status: res.status, text: res.text }).toMatchObject({
        retentionMonths,
        status: 400,
        text: expect.stringContaining('retentionMonths'),
      });
    }
  });

  it('archives the whole programme as one JSON document for admins and leads', async () => {
    const res = await t.http.get(`/api/v1/programmes/${expiring}/archive`).set(t.auth(lead.token));
    expect(res.status).toBe(200);
    expect(res.body.programme).toMatchObject({ id: expiring, name: 'Lofoten 2026' });
    expect(res.body.participants.map((p: { email: string }) => p.email).sort()).toEqual(
      people[expiring].map((p) => p.email).sort(),
    );
    expect(res.body.pairs).toEqual([]);
    expect(res.body.meetings).toEqual([]);
    expect(res.body.gatherings.length).toBeGreaterThan(0);
    const stats = await t.http.get(`/api/v1/programmes/${expiring}/stats`).set(t.auth(lead.token));
    expect(res.body.stats).toEqual(stats.body);
    // Nothing of another programme.
    expect(JSON.stringify(res.body)).not.toContain(kept);
    expect(JSON.stringify(res.body)).not.toContain(MENTOR.email);
    const audited = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'participant.archive' AND programme_id = $1`,
      [expiring],
    );
    expect(audited[0].n).toBe(2);

    expect((await t.http.get(`/api/v1/programmes/${expiring}/archive`).set(t.auth(admin.token))).status).toBe(200);
    expect((await t.http.get(`/api/v1/programmes/${expiring}/archive`).set(t.auth(sortland.token))).status).toBe(403);
    expect((await t.http.get(`/api/v1/programmes/${expiring}/archive`)).status).toBe(401);
    const none = await t.http.get('/api/v1/programmes/4f0c5f44-0000-4000-8000-000000000000/archive');
    expect(none.status).toBe(401);
    expect(
      (await t.http.get('/api/v1/programmes/4f0c5f44-0000-4000-8000-000000000000/archive').set(t.auth(lead.token)))
        .status,
    ).toBe(404);
  });

  it('tells the leads once, 30 days before, then erases that programme and no other', async () => {
    expect(await run('2027-05-31T10:00:00Z')).toEqual({ notices: 0, erased: 0 });
    expect(await notices()).toEqual([]);

    const leads = await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE role = 'lead' AND NOT disabled`);
    expect(await run('2027-06-01T10:00:00Z')).toEqual({ notices: leads.length, erased: 0 });
    expect((await notices()).sort((a, b) => a.recipient_id.localeCompare(b.recipient_id))).toEqual(
      leads
        .map((l) => ({ recipient_id: l.id, programme_id: expiring }))
        .sort((a, b) => a.recipient_id.localeCompare(b.recipient_id)),
    );
    // Once: the days after send nothing more.
    expect(await run('2027-06-02T10:00:00Z')).toEqual({ notices: 0, erased: 0 });
    expect(await run('2027-06-30T10:00:00Z')).toEqual({ notices: 0, erased: 0 });
    expect(await notices()).toHaveLength(leads.length);

    const received = await smtp.waitFor(leads.length, 30_000);
    const notice = received.find((e) => e.kind === 'retention_notice');
    expect(notice?.subject).toContain('Lofoten 2026');
    expect(notice?.text).toContain(`${t.config.PUBLIC_URL}/programmes/${expiring}`);
    expect(notice?.text).toMatch(/1\.? ?(juli|July) 2027|July 1, 2027/);

    const running = () =>
      t.db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM participants WHERE programme_id = $1 AND erased_at IS NULL',
        [programmeId],
      );
    const [{ n: runningBefore }] = await running();
    t.setNow('2027-07-01T10:00:00Z');
    const statsBefore = await t.http.get(`/api/v1/programmes/${expiring}/stats`).set(t.auth(lead.token));
    expect(await run('2027-07-01T10:00:00Z')).toEqual({ notices: 0, erased: 2 });
    const rows = await t.db.query<{ id: string; programme_id: string; erased: boolean; name: string }[]>(
      `SELECT id, programme_id, erased_at IS NOT NULL AS erased, name FROM participants WHERE programme_id = ANY($1)`,
      [[expiring, kept]],
    );
    for (const row of rows)
      expect({ ...row, erased: row.erased }).toMatchObject({ erased: row.programme_id === expiring });
    for (const person of people[expiring]) {
      expect({ person: person.email, tables: await tablesHolding(person.email) }).toEqual({
        person: person.email,
        tables: [],
      });
    }
    for (const person of people[kept]) expect(await tablesHolding(person.email)).toContain('participants.email');
    // The running programme is untouched.
    expect((await running())[0].n).toBe(runningBefore);
    const statsAfter = await t.http.get(`/api/v1/programmes/${expiring}/stats`).set(t.auth(lead.token));
    expect(statsAfter.body).toEqual(statsBefore.body);

    const audit = await t.db.query<Record<string, unknown>[]>(
      `SELECT actor_id, actor_role, subject_id, programme_id FROM audit_log WHERE action = 'retention.erase' ORDER BY subject_id`,
    );
    expect(audit).toEqual(
      people[expiring]
        .map((p) => ({ actor_id: null, actor_role: null, subject_id: p.id, programme_id: expiring }))
        .sort((a, b) => a.subject_id.localeCompare(b.subject_id)),
    );
    // Run again: nothing more to erase.
    expect(await run('2027-07-02T10:00:00Z')).toEqual({ notices: 0, erased: 0 });
  });
});

describe('residence category and country never in emails or logs', () => {
  /** Every category value, and the newcomer's country of education (UA, Ukraine) as codes and words. */
  const FORBIDDEN = [
    ...MENTEE_CATEGORIES.filter((c) => c !== 'other'),
    'flyktning',
    'Ukrain',
    '"UA"',
    '"country"',
    'category',
  ];
  const CATEGORY_WORDS: string[] = [...MENTEE_CATEGORIES, 'flyktning', 'category'];
  /** As words: "family" in a stylesheet's font-family is no category. */
  const found = (text: string) => FORBIDDEN.filter((word) => new RegExp(`(?<![-\\w])${word}`, 'i').test(text));

  it('renders every email kind in nb, nn and en without them', () => {
    const mail = t.app.get(MailService);
    const people = {
      matchId,
      programmeId,
      recipientName: 'Kari Nordmann',
      mentorName: 'Kari Nordmann',
      menteeName: 'Amina Hassan',
    };
    let rendered = 0;
    for (const kind of EMAIL_KINDS) {
      // The team digest is written in bokmål only (team members have no language of their own).
      for (const language of kind === 'team_digest' ? ['nb'] : ['nb', 'nn', 'en']) {
        const email = mail.compose(sampleEmailContext(kind, language, people));
        expect(email.subject.length).toBeGreaterThan(0);
        const text = [email.subject, email.text, email.html, email.calendar ?? ''].join('\n');
        // The newcomer team's digest counts newcomers by category (API.md: the rule is about a person's
        // category); it names no one, and no country.
        const words = kind === 'team_digest' ? found(text).filter((w) => !CATEGORY_WORDS.includes(w)) : found(text);
        expect({ kind, language, found: words }).toEqual({ kind, language, found: [] });
        rendered += 1;
      }
    }
    expect(rendered).toBe((EMAIL_KINDS.length - 1) * 3 + 1);
    // And the emails this run sent.
    expect(smtp.received.length).toBeGreaterThan(0);
    for (const email of smtp.received) expect(found(email.raw)).toEqual([]);
  });

  it("keeps them out of the run's log, though the run registered and listed people by category and country", async () => {
    const listed = await t.http
      .get('/api/v1/municipalities/1870/newcomers?category=refugee')
      .set(t.auth(sortland.token));
    expect(listed.status).toBe(200);
    const created = await t.http
      .post('/api/v1/municipalities/1870/newcomers')
      .set(t.auth(sortland.token))
      .send(
        newcomerBody({
          category: 'refugee',
          education: { level: 'bachelor', field: 'Law', country: 'UA', recognition: 'pending' },
        }),
      );
    expect(created.status).toBe(201);
    const log = logLines.join('');
    expect(logLines.length).toBeGreaterThan(50);
    // The scan sees them where they would be: a logged body or query.
    expect(found('{"category":"refugee","education":{"country":"UA"}}')).toEqual([
      'refugee',
      '"UA"',
      '"country"',
      'category',
    ]);
    expect(found(log)).toEqual([]);
  });
});
