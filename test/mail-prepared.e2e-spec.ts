import { MailRepository } from '../src/mail/mail.repository.js';
import { createTestApp, type TestApp } from './support/app.js';
import { insertPair, insertProgramme } from './support/rows.js';

/*
 * The claim of an email is a prepared statement on each pooled connection. A migration that
 * changes the type of a column it returns makes PostgreSQL refuse the prepared statement on every
 * connection that has it ("cached plan must not change result type"); workers started before the
 * migration must still claim and send, not lose emails until they restart.
 */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ RUN_WORKERS: 'false' });
});
afterAll(() => t.close());

it('claims and marks sent after a column it returns changed type under the running app', async () => {
  const repository = t.app.get(MailRepository);
  const programmeId = await insertProgramme(t.db, {
    start: '2027-01-04',
    end: '2027-06-30',
    timezone: 'Europe/Oslo',
    minMeetingsPerMonth: 2,
    minMeetingMinutes: 120,
  });
  const matchId = await insertPair(t.db, programmeId, { key: 'prepared', status: 'approved', startsOn: '2027-01-04' });
  const [{ mentor_id: mentorId }] = await t.db.query<{ mentor_id: string }[]>(
    'SELECT mentor_id FROM matches WHERE id = $1',
    [matchId],
  );
  const ids = (
    await t.db.query<{ id: string }[]>(
      `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, match_id, period_key, figures)
       SELECT 'midmonth_nudge', $1, 'mentor@example.org', 'nb', $2, $2, '2027-' || lpad(i::text, 2, '0'), '{}'
       FROM generate_series(1, 12) i RETURNING id`,
      [mentorId, matchId],
    )
  ).map((r) => r.id);

  const send = async (id: string) => {
    const claimed = await repository.claimForAttempt(id);
    expect(claimed).toMatchObject({ id, to: 'mentor@example.org', matchId });
    await repository.markSent(id, new Date());
  };
  for (const id of ids.slice(0, 6)) await send(id); // prepared on the connections they ran on
  await t.db.query('ALTER TABLE outbox ALTER COLUMN to_address TYPE varchar(320)');
  for (const id of ids.slice(6)) await send(id);

  const rows = await t.db.query<{ status: string; attempts: number }[]>(
    'SELECT status, attempts FROM outbox WHERE id = ANY($1)',
    [ids],
  );
  expect(rows).toEqual(ids.map(() => ({ status: 'sent', attempts: 1 })));
});
