import { UsersService } from '../src/users/users.service.js';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';

/** Inputs and races found in review: each once gave a 500 or left data inconsistent. */
let t: TestApp;
let lead: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '2' });
  lead = await t.user('lead');
});
afterAll(() => t.close());

const newProgramme = async (body: Record<string, unknown> = programmeBody()) =>
  (await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(body)).body.id as string;

const header = 'role,name,email,municipalityCode,preferredLanguage,languages,professionCode';
const csvRow = (i: number, code = '1870') => `mentee,Person ${i},person${i}@example.org,${code},en,en:B1,5321`;
const importCsv = (programme: string, csv: string) =>
  t.http
    .post(`/api/v1/programmes/${programme}/participants/import`)
    .set(t.auth(lead.token))
    .set('Content-Type', 'text/csv')
    .send(csv);

describe('input that once gave a 500', () => {
  it('refuses a body nested thousands deep with a 400', async () => {
    const nested = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const body = JSON.stringify(programmeBody({ name: 'NESTED' })).replace('"NESTED"', nested);
    const before = await rowCounts(t.db);
    const res = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(lead.token))
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['name.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 is nested too deeply']);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('refuses a timestamp with an offset no zone has', async () => {
    const programme = await newProgramme();
    const res = await t.http
      .post(`/api/v1/programmes/${programme}/gatherings`)
      .set(t.auth(lead.token))
      .send({ title: 'x', startsAt: '2027-01-01T10:00:00+99:99' });
    expect(res.status).toBe(400);
    expect(res.body.message.join(' ')).toContain('startsAt');
  });

  it('imports a file of 5,000 rows', async () => {
    const programme = await newProgramme();
    const rows = Array.from({ length: 5000 }, (_, i) => csvRow(i));
    const res = await importCsv(programme, `${header}\n${rows.join('\n')}\n`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 5000, errors: [] });
  });

  it('refuses a file with a column twice', async () => {
    const programme = await newProgramme();
    const res = await importCsv(programme, `${header},role\n${csvRow(1)},mentor\n`);
    expect(res.status).toBe(400);
    expect(res.body.message.join(' ')).toContain('Columns appear more than once: role');
  });
});

describe('races', () => {
  it('two imports of the same file at once store each person once and report the rest as row errors', async () => {
    const programme = await newProgramme();
    const csv = `${header}\n${Array.from({ length: 300 }, (_, i) => csvRow(i)).join('\n')}\n`;
    const [a, b] = await Promise.all([importCsv(programme, csv), importCsv(programme, csv)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.created + b.body.created).toBe(300);
    expect(a.body.errors.length + b.body.errors.length).toBe(300);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM participants WHERE programme_id = $1',
      [programme],
    );
    expect(n).toBe(300);
  });

  it('makes a registration wait for a change of the programme in progress, then judge by its outcome', async () => {
    const programme = await newProgramme();
    // A change of the programme's municipalities, mid-transaction: it holds the programme row and has dropped 1871.
    const change = t.db.createQueryRunner();
    await change.connect();
    await change.startTransaction();
    await change.query('SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE', [programme]);
    await change.query(`DELETE FROM programme_municipalities WHERE programme_id = $1 AND municipality_code = '1871'`, [
      programme,
    ]);
    let settled = false;
    const registration = t.http
      .post(`/api/v1/programmes/${programme}/participants`)
      .set(t.auth(lead.token))
      .send(mentorBody({ municipalityCode: '1871' }))
      .then((res) => {
        settled = true;
        return res;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    await change.commitTransaction();
    await change.release();
    const res = await registration;
    expect(res.status).toBe(400);
    expect(res.body.message.join(' ')).toContain('municipalityCode');
  });
});

describe('ids, zones and headers as people write them', () => {
  it('accepts UUIDs in upper case', async () => {
    const programme = await newProgramme();
    const mentee = (
      await t.http.post(`/api/v1/programmes/${programme}/participants`).set(t.auth(lead.token)).send(menteeBody())
    ).body.id as string;
    const [kickoff] = (
      await t.http.get(`/api/v1/programmes/${programme.toUpperCase()}/gatherings`).set(t.auth(lead.token))
    ).body as { id: string }[];
    const res = await t.http
      .put(`/api/v1/gatherings/${kickoff.id}/attendance`)
      .set(t.auth(lead.token))
      .send({ participantIds: [mentee.toUpperCase()] });
    expect(res.status).toBe(200);
    expect(res.body.participantIds).toEqual([mentee]);
  });

  it('stores the time zone as the IANA database spells it, and keeps gatherings at their local time when it changes', async () => {
    const programme = await newProgramme(programmeBody({ timezone: 'europe/oslo' }));
    const created = await t.http.get(`/api/v1/programmes/${programme}`).set(t.auth(lead.token));
    expect(created.body.timezone).toBe('Europe/Oslo');
    const changed = await t.http
      .patch(`/api/v1/programmes/${programme}`)
      .set(t.auth(lead.token))
      .send({ timezone: 'America/New_York' });
    expect(changed.body.timezone).toBe('America/New_York');
    const gatherings = (await t.http.get(`/api/v1/programmes/${programme}/gatherings`).set(t.auth(lead.token)))
      .body as {
      startsAt: string;
    }[];
    expect(gatherings[0].startsAt).toBe('2027-01-15T17:00:00-05:00');
  });

  it('reads the bearer scheme in any case', async () => {
    expect((await t.http.get('/api/v1/programmes').set('Authorization', `bearer ${lead.token}`)).status).toBe(200);
  });
});

describe('logins', () => {
  it('limits one address over many emails, not only per email', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push(
        (await t.http.post('/api/v1/auth/login').send({ email: `spray${i}@example.org`, password: 'Summer2027!' }))
          .status,
      );
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('refuses to start when ADMIN_EMAIL belongs to an account of another role', async () => {
    const coordinator = await t.user('coordinator', ['1870']);
    await t.db.query(`DELETE FROM users WHERE role = 'admin'`);
    await expect(t.app.get(UsersService).ensureFirstAdmin(coordinator.email, 'a long password 123')).rejects.toThrow(
      'ADMIN_EMAIL belongs to an account with the role coordinator',
    );
  });
});
