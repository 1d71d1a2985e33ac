import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './support/app.js';
import { programmeBody } from './support/factories.js';
import { startWorker, workerEnv, type WorkerExit, type WorkerProcess } from './support/worker-process.js';

/*
 * `npm run worker` processes killed for real. The API process runs no workers (RUN_WORKERS=false):
 * every email goes out through the spawned dist/src/worker.js. QUEUE_LOCK_MS is short in each
 * worker so that the jobs a dead worker held are taken up again within a few seconds.
 */

const GATHERINGS = 4; // the kickoff, midway and closing the programme comes with, and one extra
const CONCURRENCY = 10;
const WORKER_SETTINGS = { QUEUE_LOCK_MS: '2000', MAIL_CONCURRENCY: String(CONCURRENCY) };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `done` holds. Fails at once when `running` ends meanwhile; the error names what was
 * awaited and shows the workers' logs.
 */
async function until(
  what: string,
  done: () => boolean | Promise<boolean>,
  timeoutMs: number,
  workers: WorkerProcess[],
  running?: WorkerProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const logs = () => workers.map((w, i) => `--- worker ${i + 1} ---\n${w.output().slice(-4000)}`).join('\n');
  while (!(await done())) {
    if (running && (running.child.exitCode !== null || running.child.signalCode !== null)) {
      const how = running.child.signalCode ?? `exit code ${running.child.exitCode}`;
      throw new Error(`a worker ended (${how}) while waiting for ${what}\n${logs()}`);
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${logs()}`);
    await sleep(25);
  }
}

/** The Message-ID header of a raw message, unfolded. */
function messageIdOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:\s*(\S+)/im.exec(head);
  return match ? match[1] : '';
}

interface RecordingSmtpServer {
  url: string;
  /** The Message-ID of every message accepted (answered 250), in order. */
  accepted: string[];
  close(): Promise<void>;
}

/**
 * A real SMTP server that records the Message-ID of each message it accepts, at the moment it
 * accepts it, optionally after `delayMs` (so that sends are in flight long enough to see). A
 * message cut off by a dying client is not accepted; the connection errors a killed client
 * causes (ECONNRESET) are expected and ignored.
 */
async function startRecordingSmtpServer(delayMs = 0): Promise<RecordingSmtpServer> {
  const accepted: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const accept = () => {
          accepted.push(messageIdOf(Buffer.concat(chunks).toString('utf8')));
          callback();
        };
        if (delayMs > 0) setTimeout(accept, delayMs);
        else accept();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * One programme with `participants` participants (inserted directly: only their number matters)
 * and four gatherings, swept before the kickoff: one gathering_invite per participant and
 * gathering, all pending and queued. Answers the outbox ids.
 */
async function seedInvitations(t: TestApp, participants: number): Promise<string[]> {
  const admin = await t.user('admin');
  const programme = await t.http.post('/api/v1/programmes').set(t.auth(admin.token)).send(programmeBody());
  expect(programme.status).toBe(201);
  const programmeId = (programme.body as { id: string }).id;
  const extra = await t.http
    .post(`/api/v1/programmes/${programmeId}/gatherings`)
    .set(t.auth(admin.token))
    .send({ title: 'Summer picnic', startsAt: '2027-06-12T14:00:00+02:00', location: 'Sortland' });
  expect(extra.status).toBe(201);
  await t.db.query(
    `INSERT INTO participants (programme_id, role, name, email, municipality_code, preferred_language, languages,
                               profession_code)
     SELECT $1, 'mentor', 'Kari Mentor ' || i, 'mentor' || i || '@example.org', '1870',
            CASE WHEN i % 2 = 0 THEN 'nb' ELSE 'en' END,
            '[{"code": "nb", "level": "native"}, {"code": "en", "level": "B2"}]'::jsonb, '2221'
     FROM generate_series(1, $2::int) i`,
    [programmeId, participants],
  );
  // Before the kickoff (15 January) and more than 7 days before it: invitations only, no reminders.
  const sweep = await t.http
    .post('/api/v1/admin/reminders/run')
    .set(t.auth(admin.token))
    .send({ asOf: '2027-01-02T09:00:00+01:00' });
  expect(sweep.status).toBe(200);
  expect(sweep.body).toEqual({ enqueued: participants * GATHERINGS, requeued: 0 });
  const rows = await t.db.query<{ id: string }[]>(
    `SELECT id FROM outbox WHERE kind = 'gathering_invite' AND status = 'pending' AND attempts = 0`,
  );
  return rows.map((r) => r.id);
}

interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
}

async function outboxRows(db: DataSource): Promise<OutboxRow[]> {
  return db.query<OutboxRow[]>('SELECT id, status::text AS status, attempts FROM outbox ORDER BY id');
}

/** Emails taken for a try and not yet recorded as sent: the sends in flight. */
async function countClaimed(db: DataSource): Promise<number> {
  const [{ n }] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM outbox WHERE status = 'pending' AND attempts > 0`,
  );
  return n;
}

async function countSent(db: DataSource): Promise<number> {
  const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`);
  return n;
}

/** Statements running in this database besides this query. */
async function otherActiveStatements(db: DataSource): Promise<number> {
  const [{ n }] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
  );
  return n;
}

/** The worker ended with exit code 0 (else the failure shows its logs). */
async function expectCleanExit(worker: WorkerProcess, exit: Promise<WorkerExit>): Promise<void> {
  const { code, signal } = await exit;
  expect({ code, signal, output: code === 0 ? '' : worker.output() }).toEqual({ code: 0, signal: null, output: '' });
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('a worker killed with SIGKILL in the middle of 2,000 sends', () => {
  const PARTICIPANTS = 500;
  const EMAILS = PARTICIPANTS * GATHERINGS; // 2,000
  const KILL_AFTER = 600;
  let t: TestApp;
  let smtp: RecordingSmtpServer;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    smtp = await startRecordingSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await t?.close();
    await smtp?.close();
  });

  it('restarted, it delivers every email; only those accepted by SMTP but not yet recorded at the kill arrive twice', async () => {
    const began = Date.now();
    const ids = await seedInvitations(t, PARTICIPANTS);
    expect(ids).toHaveLength(EMAILS);
    const host = new URL(t.config.PUBLIC_URL).hostname;
    const rowOf = new Map(ids.map((id) => [`<${id}@${host}>`, id]));
    const env = workerEnv(t.config, { SMTP_URL: smtp.url, ...WORKER_SETTINGS });

    const first = startWorker(env);
    workers.push(first);
    const firstStarted = Date.now();
    await until('the first email', () => smtp.accepted.length > 0, 30_000, workers, first);
    const firstArrived = Date.now();
    await until(`${KILL_AFTER} emails`, () => smtp.accepted.length >= KILL_AFTER, 40_000, workers, first);
    // Killed while it is sending: frozen (SIGSTOP) and, once its last statements have landed, killed
    // if the outbox then shows emails taken and not yet sent; else thawed to try again. Frozen, it
    // can change nothing between the look and the kill, however loaded the machine.
    await until(
      'sends in flight',
      async () => {
        first.child.kill('SIGSTOP');
        await until(
          'the frozen worker’s statements',
          async () => (await otherActiveStatements(t.db)) === 0,
          10_000,
          [],
        );
        if ((await countClaimed(t.db)) >= 3) return true;
        first.child.kill('SIGCONT');
        return false;
      },
      10_000,
      workers,
      first,
    );
    first.child.kill('SIGKILL');
    const killedAt = Date.now();
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // What the dead worker had already handed to PostgreSQL and to the SMTP server lands; then it is final.
    // (The API process is idle: any statement still running in this database is the dead worker's.)
    await until(
      'the last statements of the dead worker',
      async () => (await otherActiveStatements(t.db)) === 0,
      10_000,
      [],
    );
    await sleep(300);

    const arrivedAtKill = [...smtp.accepted];
    const rowsAtKill = await outboxRows(t.db);
    const sentAtKill = rowsAtKill.filter((r) => r.status === 'sent');
    const claimedAtKill = rowsAtKill.filter((r) => r.status === 'pending' && r.attempts > 0);
    // Killed in the middle: some sent, most not, and sends in flight.
    expect(sentAtKill.length).toBeGreaterThanOrEqual(KILL_AFTER - CONCURRENCY);
    expect(sentAtKill.length).toBeLessThan(EMAILS);
    expect(claimedAtKill.length).toBeGreaterThan(0);
    expect(claimedAtKill.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(rowsAtKill.filter((r) => r.attempts > 1 || r.status === 'failed')).toEqual([]);
    // Nothing arrived twice before the kill, and no row was marked sent before the server accepted it.
    expect(new Set(arrivedAtKill).size).toBe(arrivedAtKill.length);
    const arrivedRowsAtKill = new Set(arrivedAtKill.map((m) => rowOf.get(m)));
    expect(sentAtKill.filter((r) => !arrivedRowsAtKill.has(r.id))).toEqual([]);
    // Accepted by the server, but the worker died before recording it: the ones that may arrive again.
    const acceptedUnrecorded = claimedAtKill.filter((r) => arrivedRowsAtKill.has(r.id)).map((r) => r.id);
    expect(arrivedAtKill.length).toBe(sentAtKill.length + acceptedUnrecorded.length);

    const second = startWorker(env);
    workers.push(second);
    await until('every email sent', async () => (await countSent(t.db)) === EMAILS, 60_000, workers, second);
    const recoveredAt = Date.now();
    // Stopped gracefully, so that no send of its own is still under way when the arrivals are counted.
    await expectCleanExit(second, second.stop());

    const finalRows = await outboxRows(t.db);
    const times = new Map<string, number>();
    for (const m of smtp.accepted) times.set(m, (times.get(m) ?? 0) + 1);
    const duplicated = [...times].filter(([, n]) => n > 1).map(([m]) => m);
    const duplicates = smtp.accepted.length - times.size;
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    process.stdout.write(
      `worker-crash: ${EMAILS} emails, killed after ${arrivedAtKill.length} arrived ` +
        `(${sentAtKill.length} recorded sent, ${claimedAtKill.length} in flight), ${duplicates} duplicate(s)` +
        `${duplicates ? ` ${duplicated.join(' ')}` : ''}; first worker up in ${seconds(firstStarted, firstArrived)}, ` +
        `sending ${seconds(firstArrived, killedAt)}; all sent ${seconds(killedAt, recoveredAt)} after the kill; ` +
        `${seconds(began, Date.now())} in all\n`,
    );

    expect(finalRows).toHaveLength(EMAILS);
    expect(finalRows.filter((r) => r.status !== 'sent')).toEqual([]);
    // Every email arrived, and nothing else did.
    expect([...rowOf.keys()].filter((m) => !times.has(m))).toEqual([]);
    expect([...times.keys()].filter((m) => !rowOf.has(m))).toEqual([]);
    expect(duplicates).toBe(duplicated.length); // none arrived three times
    // The repeats are exactly the emails accepted but not recorded at the kill, at most one per send in flight...
    const atKill = new Map(rowsAtKill.map((r) => [r.id, r]));
    const attemptsInTheEnd = new Map(finalRows.map((r) => [r.id, r.attempts]));
    const story = (id: string) =>
      `${id}: ${atKill.get(id)!.status} with ${atKill.get(id)!.attempts} attempt(s) at the kill, ` +
      `${attemptsInTheEnd.get(id)} in the end`;
    expect(sorted(duplicated.map((m) => story(rowOf.get(m)!)))).toEqual(sorted(acceptedUnrecorded.map(story)));
    expect(duplicates).toBeLessThanOrEqual(claimedAtKill.length);
    // ...and the only rows claimed twice are those in flight at the kill: no live worker lost a job to another.
    expect(sorted(finalRows.filter((r) => r.attempts > 1).map((r) => r.id))).toEqual(
      sorted(claimedAtKill.map((r) => r.id)),
    );
    expect(finalRows.filter((r) => r.attempts > 2)).toEqual([]);
  }, 90_000);
});

describe('a worker stopped with SIGTERM', () => {
  const PARTICIPANTS = 100;
  let t: TestApp;
  let smtp: RecordingSmtpServer;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    smtp = await startRecordingSmtpServer(200);
    t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await t?.close();
    await smtp?.close();
  });

  it('finishes and records the sends in flight, takes no new ones, and exits 0', async () => {
    const ids = await seedInvitations(t, PARTICIPANTS);
    expect(ids).toHaveLength(PARTICIPANTS * GATHERINGS);
    const host = new URL(t.config.PUBLIC_URL).hostname;
    const worker = startWorker(workerEnv(t.config, { SMTP_URL: smtp.url, ...WORKER_SETTINGS }));
    workers.push(worker);
    await until('30 emails', () => smtp.accepted.length >= 30, 30_000, workers, worker);
    // The signal comes while emails are taken and not yet sent.
    let inFlight: OutboxRow[] = [];
    const claimed = async () => {
      inFlight = (await outboxRows(t.db)).filter((r) => r.status === 'pending' && r.attempts > 0);
      return inFlight.length >= 3;
    };
    await until('sends in flight', claimed, 10_000, workers, worker);
    worker.child.kill('SIGTERM');
    await expectCleanExit(worker, worker.exited);

    const rows = await outboxRows(t.db);
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Every email claimed before the signal was sent and recorded; nothing was abandoned half-way.
    expect(inFlight.filter((r) => byId.get(r.id)!.status !== 'sent')).toEqual([]);
    expect(rows.filter((r) => r.attempts > 0 && r.status !== 'sent')).toEqual([]);
    expect(rows.filter((r) => r.attempts > 1)).toEqual([]);
    // It stopped taking work: most emails are still pending, untouched, for the next worker.
    const sent = rows.filter((r) => r.status === 'sent');
    expect(sent.length).toBeLessThan(rows.length);
    // Every email the server accepted is recorded as sent, once, and every one recorded was accepted.
    expect(new Set(smtp.accepted).size).toBe(smtp.accepted.length);
    expect(sorted(smtp.accepted)).toEqual(sorted(sent.map((r) => `<${r.id}@${host}>`)));
    process.stdout.write(
      `worker-crash (SIGTERM): ${rows.length} emails, ${inFlight.length} in flight at the signal, ` +
        `${sent.length} sent and recorded, ${rows.length - sent.length} left pending\n`,
    );
  }, 60_000);
});
