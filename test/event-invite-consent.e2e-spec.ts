import { MailProcessor } from '../src/mail/mail.processor.js';
import { MailRepository } from '../src/mail/mail.repository.js';
import { createTestApp, type TestApp } from './support/app.js';
import { newcomerBody } from './support/factories.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

/*
 * A theme-evening invitation decided while the newcomer consented goes only if they still consent
 * when it is sent: withdrawing the consent cancels it at once; one decided on the old consent at
 * the same moment (the sweep's statement read it before the withdrawal committed) is cancelled by
 * the worker; an erased newcomer's is cancelled with no address kept. The worker is started only
 * after every change, so each invitation is still pending when its newcomer changes their mind.
 */

let t: TestApp;
let smtp: TestSmtpServer;
let coordinator: { token: string };
let lead: { token: string };

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
  t.setNow('2027-01-10T12:00:00+01:00');
  [coordinator, lead] = await Promise.all([t.user('coordinator', ['1870']), t.user('lead')]);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

interface OutboxRow {
  recipient_id: string;
  to_address: string;
  status: string;
  attempts: number;
}
const invitations = () =>
  t.db.query<OutboxRow[]>(
    `SELECT recipient_id, to_address, status::text AS status, attempts FROM outbox WHERE kind = 'event_invite'`,
  );
const statusOf = async (recipientId: string) => (await invitations()).find((r) => r.recipient_id === recipientId);

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it('sends the invitation only to the newcomer who still consents when it goes', async () => {
  const register = async (email: string) => {
    const res = await t.http
      .post('/api/v1/municipalities/1870/newcomers')
      .set(t.auth(coordinator.token))
      .send(newcomerBody({ email, preferredLanguage: 'nb' }));
    expect(res.status).toBe(201);
    return res.body as { id: string; consent: Record<string, unknown> };
  };
  const stays = await register('stays@example.org');
  const withdraws = await register('withdraws@example.org');
  const raced = await register('raced@example.org');
  const erased = await register('erased@example.org');

  const evening = await t.http
    .post('/api/v1/municipalities/1870/events')
    .set(t.auth(coordinator.token))
    .send({
      theme: 'voluntary_work',
      title: 'Frivillig arbeid',
      startsAt: '2027-02-03T18:00:00+01:00',
      endsAt: '2027-02-03T20:00:00+01:00',
      location: 'Sortland bibliotek',
      partners: [{ organisation: 'Sortland IL' }],
    });
  expect(evening.status).toBe(201);
  expect(evening.body.invited).toBe(4);
  expect((await invitations()).map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);

  // Withdrawn in the console: cancelled in the same change.
  const patched = await t.http
    .patch(`/api/v1/newcomers/${withdraws.id}`)
    .set(t.auth(coordinator.token))
    .send({ consent: { ...withdraws.consent, invitations: false } });
  expect(patched.status).toBe(200);
  expect(await statusOf(withdraws.id)).toMatchObject({ status: 'cancelled', to_address: 'withdraws@example.org' });

  // Withdrawn as it would be had it committed while the sweep decided the invitation on the old
  // consent: the register says no, the invitation is still pending.
  await t.db.query('UPDATE newcomers SET consent_invitations = false WHERE id = $1', [raced.id]);
  expect(await statusOf(raced.id)).toMatchObject({ status: 'pending' });

  // Erased: cancelled, and the outbox keeps no address of theirs.
  const erasure = await t.http
    .post(`/api/v1/newcomers/${erased.id}/erase`)
    .set(t.auth(lead.token))
    .send({ reason: 'Asked for erasure' });
  expect(erasure.status).toBe(200);
  expect(erasure.body).toMatchObject({ erased: true, cancelledEmails: 1 });
  expect(await statusOf(erased.id)).toMatchObject({ status: 'cancelled', to_address: '' });

  // The evening counts those still to be invited.
  const listed = await t.http.get('/api/v1/municipalities/1870/events').set(t.auth(coordinator.token));
  expect(listed.body[0]).toMatchObject({
    invited: 2,
    invitedNewcomerIds: [stays.id, raced.id].sort(),
    invitedParticipantIds: [],
  });

  // A worker that claimed the raced invitation (counting the attempt) and died before deciding: the
  // row is still pending and its job runs again.
  const rawId = (await t.db.query<{ id: string }[]>(`SELECT id FROM outbox WHERE recipient_id = $1`, [raced.id]))[0].id;
  expect(await t.app.get(MailRepository).claimForAttempt(rawId)).toMatchObject({ invitationWithdrawn: true });
  expect(await statusOf(raced.id)).toMatchObject({ status: 'pending', attempts: 1 });

  t.app.get(MailProcessor).start();
  await until(async () => (await invitations()).every((r) => r.status !== 'pending'), 'every invitation decided');
  // Nothing else on its way.
  await new Promise((r) => setTimeout(r, 400));
  expect(smtp.received.map((e) => [e.kind, e.to])).toEqual([['event_invite', 'stays@example.org']]);
  const rows = await invitations();
  const byPerson = (id: string) => rows.find((r) => r.recipient_id === id)?.status;
  expect([stays.id, withdraws.id, raced.id, erased.id].map(byPerson)).toEqual([
    'sent',
    'cancelled',
    'cancelled',
    'cancelled',
  ]);
  expect(await statusOf(raced.id)).toMatchObject({ attempts: 2, to_address: 'raced@example.org' });
});
