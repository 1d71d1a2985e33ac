/**
 * The audit log: who read or changed whose record, decided which pair, logged in or failed to.
 * Rows hold ids and codes, never names or emails; the database refuses to change or remove them,
 * but for the daily purge of rows past AUDIT_RETENTION_MONTHS.
 */
import { DateTime } from 'luxon';
import { AUDIT_PURGE_SCHEDULER, AuditProcessor } from '../src/audit/audit.processor.js';
import { Clock } from '../src/common/clock.js';
import { signMeetingLink } from '../src/meetings/meeting-link.js';
import { QueueConnections } from '../src/queues/queues.module.js';
import { approvedPair } from './support/api.js';
import { ADMIN_EMAIL, USER_PASSWORD, createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

interface Row {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  programmeId?: string;
  municipalityCode?: string;
  requestId: string | null;
}

let t: TestApp;
let admin: { id: string; token: string };
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user('admin');
  programmeId = (await t.http.post('/api/v1/programmes').set(t.auth(admin.token)).send(programmeBody())).body
    .id as string;
});
afterAll(() => t.close());

const register = async (body: Record<string, unknown>, id = programmeId): Promise<string> => {
  const res = await t.http.post(`/api/v1/programmes/${id}/participants`).set(t.auth(admin.token)).send(body);
  expect(res.status).toBe(201);
  return res.body.id as string;
};

const audit = async (query: Record<string, string | number>): Promise<Row[]> => {
  const res = await t.http.get('/api/v1/admin/audit').query(query).set(t.auth(admin.token));
  expect(res.status).toBe(200);
  return res.body as Row[];
};

/** Back to the real time after a test moved the clock (setNow holds it still). */
const realClock = () => {
  t.app.get(Clock).now = () => new Date();
};

const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

describe("a coordinator's reads and changes", () => {
  it('write exactly one row per person read, listed or changed, with actor, role, subject, programme, municipality and request', async () => {
    const own = await t.http.post('/api/v1/programmes').set(t.auth(admin.token)).send(programmeBody());
    const mentees: string[] = [];
    for (let i = 0; i < 5; i++) mentees.push(await register(menteeBody({ municipalityCode: '1870' }), own.body.id));
    const coordinator = await t.user('coordinator', ['1870']);
    const as = t.auth(coordinator.token);

    const read = await t.http.get(`/api/v1/participants/${mentees[0]}`).set(as).set('X-Request-Id', 'read-1');
    expect(read.status).toBe(200);
    const list = await t.http
      .get(`/api/v1/programmes/${own.body.id}/participants`)
      .set(as)
      .set('X-Request-Id', 'list-1');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(5);
    const edit = await t.http
      .patch(`/api/v1/participants/${mentees[1]}`)
      .set(as)
      .set('X-Request-Id', 'edit-1')
      .send({ phone: '+47 912 34 567' });
    expect(edit.status).toBe(200);
    // A refused change (another participant's email) leaves no row: the change and its row go together.
    const refused = await t.http
      .patch(`/api/v1/participants/${mentees[2]}`)
      .set(as)
      .send({ email: (list.body as { id: string; email: string }[]).find((p) => p.id !== mentees[2])!.email });
    expect(refused.status).toBe(409);

    const rows = await audit({ actorId: coordinator.id });
    const row = (action: string, subjectId: string, requestId: string) => ({
      actorId: coordinator.id,
      actorRole: 'coordinator',
      action,
      subjectType: 'participant',
      subjectId,
      programmeId: own.body.id,
      municipalityCode: '1870',
      requestId,
    });
    expect(rows).toHaveLength(7);
    expect(rows.map(({ id: _id, at: _at, ...rest }) => rest)).toEqual(
      expect.arrayContaining([
        row('participant.read', mentees[0], 'read-1'),
        ...mentees.map((id) => row('participant.list', id, 'list-1')),
        row('participant.update', mentees[1], 'edit-1'),
      ]),
    );
    // Newest first: the edit, then the list, then the read.
    expect(rows[0].action).toBe('participant.update');
    expect(rows[6].action).toBe('participant.read');
    // Ids and codes only: no name, email or phone anywhere in the rows.
    const stored = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
    expect(stored).not.toMatch(/@|Mentee|912 34/);
  });

  it('records creating and importing participants, as the admin who did it', async () => {
    const id = await register(mentorBody({ municipalityCode: '1866' }));
    const csv =
      'role;name;email;municipalityCode;preferredLanguage;languages;professionCode\n' +
      'mentee;Imported One;imported1@example.org;1867;en;"ar:native;en:B1";2221\n' +
      'mentee;Imported Two;imported2@example.org;9999;en;"ar:native;en:B1";2221\n';
    const res = await t.http
      .post(`/api/v1/programmes/${programmeId}/participants/import`)
      .set(t.auth(admin.token))
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
    const created = await audit({ subjectId: id });
    expect(created).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorRole: 'admin',
        action: 'participant.create',
        municipalityCode: '1866',
      }),
    ]);
    const imported = await audit({ action: 'participant.import', actorId: admin.id });
    expect(imported).toEqual([expect.objectContaining({ programmeId, municipalityCode: '1867' })]);
  });

  it("records a mentee's candidates as a read of the mentee and of each mentor listed", async () => {
    const mentee = await register(menteeBody({ municipalityCode: '1870' }));
    const res = await t.http.get(`/api/v1/participants/${mentee}/candidates?limit=0`).set(t.auth(admin.token));
    expect(res.status).toBe(200);
    const rows = await audit({ action: 'participant.candidates' });
    expect(rows.map((r) => r.subjectId).sort()).toEqual(
      [mentee, ...(res.body as { mentorId: string }[]).map((c) => c.mentorId)].sort(),
    );
  });

  it('does not record the pairs grid, which carries names only', async () => {
    const before = await audit({ limit: 1000 });
    expect((await t.http.get(`/api/v1/programmes/${programmeId}/pairs`).set(t.auth(admin.token))).status).toBe(200);
    expect(await audit({ limit: 1000 })).toEqual(before);
  });
});

describe('match decisions', () => {
  it('record proposing by hand, approving, rejecting and ending, each with the pair and its mentee’s municipality', async () => {
    const mentor = await register(mentorBody({ municipalityCode: '1866', capacity: 2 }));
    const first = await register(menteeBody({ municipalityCode: '1870' }));
    const second = await register(menteeBody({ municipalityCode: '1871' }));
    const as = t.auth(admin.token);
    const propose = async (menteeId: string) => {
      const res = await t.http
        .post(`/api/v1/programmes/${programmeId}/matches`)
        .set(as)
        .send({ mentorId: mentor, menteeId });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const approved = await propose(first);
    const rejected = await propose(second);
    expect((await t.http.post(`/api/v1/matches/${approved}/approve`).set(as).send({})).status).toBe(200);
    expect(
      (await t.http.post(`/api/v1/matches/${rejected}/reject`).set(as).send({ reason: 'Other plans' })).status,
    ).toBe(200);
    expect(
      (await t.http.post(`/api/v1/matches/${approved}/end`).set(as).send({ outcome: 'ended', reason: 'Moved away' }))
        .status,
    ).toBe(200);
    // A second approval of a decided pair is refused and recorded nowhere.
    expect((await t.http.post(`/api/v1/matches/${rejected}/approve`).set(as).send({})).status).toBe(409);

    const decision = (action: string, subjectId: string, municipalityCode: string) =>
      expect.objectContaining({
        actorId: admin.id,
        actorRole: 'admin',
        action,
        subjectType: 'match',
        subjectId,
        programmeId,
        municipalityCode,
      });
    expect(await audit({ subjectId: approved })).toEqual([
      decision('match.end', approved, '1870'),
      decision('match.approve', approved, '1870'),
      decision('match.propose', approved, '1870'),
    ]);
    expect(await audit({ subjectId: rejected })).toEqual([
      decision('match.reject', rejected, '1871'),
      decision('match.propose', rejected, '1871'),
    ]);
  });
});

describe('meetings', () => {
  it('record a meeting logged in the console by its user, and one from a signed link by nobody', async () => {
    const today = DateTime.now().setZone('Europe/Oslo');
    const running = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(admin.token))
      .send(
        programmeBody({
          startDate: today.minus({ days: 30 }).toISODate(),
          endDate: today.plus({ days: 150 }).toISODate(),
          timezone: 'Europe/Oslo',
        }),
      );
    expect(running.status).toBe(201);
    const mentor = await register(mentorBody({ municipalityCode: '1866' }), running.body.id);
    const mentee = await register(menteeBody({ municipalityCode: '1868' }), running.body.id);
    const pair = await approvedPair(t, admin.token, running.body.id, {
      mentorId: mentor,
      menteeId: mentee,
      startsOn: today.minus({ days: 30 }).toISODate()!,
    });
    const logged = await t.http
      .post(`/api/v1/matches/${pair.id}/meetings`)
      .set(t.auth(admin.token))
      .send({ date: today.minus({ days: 2 }).toISODate(), durationMinutes: 90 });
    expect(logged.status).toBe(201);
    const link = signMeetingLink(pair.id, today.plus({ days: 7 }).toJSDate(), t.config.LINK_SECRET);
    const form = { date: today.minus({ days: 1 }).toISODate()!, durationMinutes: '60' };
    expect((await t.http.post(`/api/v1/log/${link}`).type('form').send(form)).status).toBe(201);
    // The same form sent again records nothing new, and so adds no row.
    expect((await t.http.post(`/api/v1/log/${link}`).type('form').send(form)).status).toBe(200);
    const [fromLink] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM meetings WHERE match_id = $1 AND source = 'link'`,
      [pair.id],
    );

    const meeting = (subjectId: string, actorId: string | null) =>
      expect.objectContaining({
        action: 'meeting.create',
        actorId,
        subjectType: 'meeting',
        subjectId,
        programmeId: running.body.id,
        municipalityCode: '1868',
      });
    const rows = await audit({ action: 'meeting.create' });
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(expect.arrayContaining([meeting(logged.body.id, admin.id), meeting(fromLink.id, null)]));
  });
});

describe('logins', () => {
  it('record a login, a failed one of a known and of an unknown email, and the lockout, never the email', async () => {
    const lead = await t.user('lead');
    t.setNow('2027-03-01T09:00:00Z');
    try {
      expect((await login(lead.email, USER_PASSWORD)).status).toBe(200);
      expect((await login(lead.email, 'a wrong password 1')).status).toBe(401);
      expect((await login('nobody-here@example.org', 'a wrong password 1')).status).toBe(401);

      const since = { from: '2027-03-01T00:00:00Z' };
      expect(await audit({ ...since, action: 'auth.login' })).toEqual([
        expect.objectContaining({ actorId: lead.id, actorRole: 'lead', subjectType: 'user', subjectId: lead.id }),
      ]);
      // The clock stands still here: both rows have the same instant, so their order is not asserted.
      const failed = await audit({ ...since, action: 'auth.login_failed' });
      expect(failed).toHaveLength(2);
      expect(failed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ actorId: null, actorRole: null, subjectType: null, subjectId: null }),
          expect.objectContaining({ actorId: null, actorRole: null, subjectType: 'user', subjectId: lead.id }),
        ]),
      );

      // Four more wrong passwords: the fifth in a row makes the account wait, and says so once.
      for (let i = 0; i < 4; i++) expect((await login(lead.email, 'a wrong password 1')).status).toBe(401);
      expect(await audit({ ...since, action: 'auth.locked' })).toEqual([
        expect.objectContaining({ actorId: null, subjectType: 'user', subjectId: lead.id }),
      ]);
      expect(await audit({ ...since, action: 'auth.login_failed', subjectId: lead.id })).toHaveLength(5);
      expect(JSON.stringify(await t.db.query('SELECT * FROM audit_log'))).not.toContain('@');
    } finally {
      realClock();
    }
  });

  it('record creating and changing a user account, as the admin who did it', async () => {
    const created = await t.http
      .post('/api/v1/users')
      .set(t.auth(admin.token))
      .send({ email: 'new.lead@example.org', name: 'New Lead', password: 'a long password 123', role: 'lead' });
    expect(created.status).toBe(201);
    const changed = await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set(t.auth(admin.token))
      .send({ name: 'Renamed Lead' });
    expect(changed.status).toBe(200);
    expect((await audit({ subjectId: created.body.id as string })).map((r) => [r.action, r.actorId])).toEqual([
      ['user.update', admin.id],
      ['user.create', admin.id],
    ]);
  });
});

describe('the audit table', () => {
  it("refuses UPDATE, DELETE and TRUNCATE through the application's own connection", async () => {
    expect((await login(ADMIN_EMAIL, 'a wrong password 1')).status).toBe(401);
    const before = await t.db.query('SELECT * FROM audit_log ORDER BY id');
    expect(before.length).toBeGreaterThan(0);
    await expect(t.db.query(`UPDATE audit_log SET action = 'participant.read'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    // Setting the purge's own setting by hand does not open the way to a row younger than 12 months.
    await expect(
      t.db.transaction(async (manager) => {
        await manager.query(`SELECT set_config('mentornett.audit_purge_before', now()::text, true)`);
        await manager.query('DELETE FROM audit_log');
      }),
    ).rejects.toThrow(/append-only/);
    // Nor does asking the purge for a recent bound.
    await expect(t.db.query('SELECT audit_purge(now())')).rejects.toThrow(/at least 12 months/);
    await expect(t.db.query(`SELECT audit_purge(now() - interval '11 months')`)).rejects.toThrow(/at least 12 months/);
    expect(await t.db.query('SELECT * FROM audit_log ORDER BY id')).toEqual(before);
  });
});

describe('the daily purge', () => {
  it('removes only the rows older than AUDIT_RETENTION_MONTHS (60), by the clock', async () => {
    const mentee = await register(menteeBody());
    const now = DateTime.now();
    const readAt = async (at: DateTime) => {
      t.setNow(at.toJSDate());
      expect((await t.http.get(`/api/v1/participants/${mentee}`).set(t.auth(admin.token))).status).toBe(200);
    };
    await readAt(now.minus({ months: 61 }));
    await readAt(now.minus({ months: 60, days: 2 }));
    await readAt(now.minus({ months: 59, days: 28 }));
    t.setNow(now.toJSDate());
    await readAt(now);
    const before = await audit({ subjectId: mentee, action: 'participant.read' });
    expect(before).toHaveLength(4);
    const total = (await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_log'))[0].n;

    expect(await t.app.get(AuditProcessor).process()).toEqual({ removed: 2 });
    expect(await audit({ subjectId: mentee, action: 'participant.read' })).toEqual(before.slice(0, 2));
    expect((await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_log'))[0].n).toBe(total - 2);
    // Run again the same day: nothing more to remove.
    expect(await t.app.get(AuditProcessor).process()).toEqual({ removed: 0 });
    realClock();
  });

  it('is scheduled once a day at 03:00 Oslo time, as the sweeps are', async () => {
    await t.app.get(AuditProcessor).scheduleDailyPurge();
    await t.app.get(AuditProcessor).scheduleDailyPurge();
    const schedulers = await t.app.get(QueueConnections).queue('audit').getJobSchedulers();
    expect(schedulers.map((s) => ({ key: s.key, pattern: s.pattern, tz: s.tz }))).toEqual([
      { key: AUDIT_PURGE_SCHEDULER, pattern: '0 3 * * *', tz: 'Europe/Oslo' },
    ]);
  });
});

describe('GET /admin/audit', () => {
  it('filters by actor, subject, action and time, newest first, and pages without overlap', async () => {
    const everything = await audit({ limit: 1000 });
    expect(everything.length).toBeGreaterThan(20);
    const ats = everything.map((r) => Date.parse(r.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);

    const pages = [
      await audit({ limit: 7, offset: 0 }),
      await audit({ limit: 7, offset: 7 }),
      await audit({ limit: 7, offset: 14 }),
    ];
    expect(pages.flat()).toEqual(everything.slice(0, 21));
    expect(await audit({})).toEqual(everything.slice(0, 100));

    const reads = await audit({ action: 'participant.read', actorId: admin.id });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.action === 'participant.read' && r.actorId === admin.id)).toBe(true);

    const middle = everything[10];
    const to = await audit({ to: middle.at, limit: 1000 });
    expect(to.every((r) => Date.parse(r.at) < Date.parse(middle.at))).toBe(true);
    const from = await audit({ from: middle.at, limit: 1000 });
    expect(from.every((r) => Date.parse(r.at) >= Date.parse(middle.at))).toBe(true);
    expect(from.length + to.length).toBe(everything.length);
  });

  it('gives the same rows as CSV, one a line, the columns named as the fields', async () => {
    const query = { action: 'participant.list', limit: 5 };
    const rows = await audit(query);
    const res = await t.http.get('/api/v1/admin/audit.csv').query(query).set(t.auth(admin.token));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actorId,actorRole,action,subjectType,subjectId,programmeId,municipalityCode,requestId',
    );
    expect(lines.slice(1)).toEqual(
      rows.map((r) =>
        [
          r.id,
          r.at,
          r.actorId,
          r.actorRole,
          r.action,
          r.subjectType,
          r.subjectId,
          r.programmeId,
          r.municipalityCode,
          r.requestId,
        ]
          .map((v) => v ?? '')
          .join(','),
      ),
    );
  });

  it.each([
    ['limit', { limit: 1001 }],
    ['limit', { limit: 0 }],
    ['offset', { offset: -1 }],
    ['action', { action: 'participant.delete' }],
    ['actorId', { actorId: 'not-a-uuid' }],
    ['subjectId', { subjectId: '42' }],
    ['from', { from: '2027-01-01' }],
    ['to', { to: 'yesterday' }],
    ['from', { from: '2027-02-01T00:00:00Z', to: '2027-01-31T23:59:59Z' }],
  ])('answers 400 naming %s for %j, in JSON and CSV alike', async (field, query) => {
    for (const path of ['/api/v1/admin/audit', '/api/v1/admin/audit.csv']) {
      const res = await t.http.get(path).query(query).set(t.auth(admin.token));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });

  it('is for admins only', async () => {
    const lead = await t.user('lead');
    const coordinator = await t.user('coordinator', ['1870']);
    for (const token of [lead.token, coordinator.token]) {
      expect((await t.http.get('/api/v1/admin/audit').set(t.auth(token))).status).toBe(403);
      expect((await t.http.get('/api/v1/admin/audit.csv').set(t.auth(token))).status).toBe(403);
    }
    expect((await t.http.get('/api/v1/admin/audit')).status).toBe(401);
  });
});
