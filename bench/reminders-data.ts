import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { planStandardGatherings } from '../src/programmes/gathering-schedule.js';
import { DEFAULT_RULES } from '../src/programmes/programme-rules.js';

/*
 * The reminder benchmark's data (bench/reminders.ts), written straight with SQL: one programme of
 * twelve months in Vesterålen with its three gatherings, N mentors and N mentees in N approved
 * pairs, a year of meetings, and a few coordinators to escalate to. Every "random" choice is a hash
 * of the pair's number, so the same N always gives the same data and the same emails.
 *
 * Pairs come in three habits: 70 % keep up (2 or 3 meetings a month, now and then a short one),
 * 15 % are patchy (every other month one meeting too few), 15 % meet too little (0 or 1, often
 * short). That is about two meetings a month a pair, and a sweep with real work to do.
 *
 * Also here: the benchmark's SMTP sink, which accepts everything and only counts, on this thread or
 * on a worker thread of its own.
 */

export const VESTERALEN = ['1851', '1866', '1867', '1868', '1870', '1871'];
export const PROGRAMME = { startDate: '2027-01-01', endDate: '2027-12-31', timezone: 'Europe/Oslo' };
/** Meetings are logged up to here: the day before the mid-December sweep. */
export const MEETINGS_UNTIL = '2027-12-14';

export interface Seeded {
  programmeId: string;
  participants: number;
  matches: number;
  meetings: number;
  coordinators: number;
}

/** A number in 0..99 from three integers, the same every time. */
const PICK_FUNCTION = `
CREATE FUNCTION pg_temp.pick(a int, b int, c int) RETURNS int LANGUAGE sql IMMUTABLE
AS $$ SELECT ((hashint8((a::bigint << 24) | (b::bigint << 8) | c) & 2147483647) % 100)::int $$`;

const FIRST_NAMES = ['Åse', 'Øystein', 'Kari', 'Ola', 'Bjørn', 'Ingrid', 'Amina', 'Olena', 'Yusuf', 'Mariam', 'Tor'];
const LAST_NAMES = ['Hansen', 'Østby', 'Johansen', 'Ærøe', 'Berg', 'Nilsen', 'Haugen', 'Karlsen', 'Strøm'];

/** Seeds everything through `client` (its own session: the hash function lives in pg_temp). */
export async function seed(client: pg.Client, pairs: number): Promise<Seeded> {
  await client.query('SET synchronous_commit = off');
  await client.query(PICK_FUNCTION);
  const [programme] = (
    await client.query<{ id: string }>(
      `INSERT INTO programmes (name, start_date, end_date, timezone, rules) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      ['Benchmark 2027', PROGRAMME.startDate, PROGRAMME.endDate, PROGRAMME.timezone, JSON.stringify(DEFAULT_RULES)],
    )
  ).rows;
  const programmeId = programme.id;
  await client.query(
    `INSERT INTO programme_municipalities (programme_id, municipality_code) SELECT $1, unnest($2::text[])`,
    [programmeId, VESTERALEN],
  );
  for (const g of planStandardGatherings(PROGRAMME.startDate, PROGRAMME.endDate, PROGRAMME.timezone)) {
    await client.query(
      `INSERT INTO gatherings (programme_id, kind, title, starts_at, ends_at, location) VALUES ($1, $2, $3, $4, $5, $6)`,
      [programmeId, g.kind, g.title, g.startsAt, g.endsAt, 'Sortland kulturhus'],
    );
  }

  await client.query(
    `CREATE TEMP TABLE pair_seed AS
     SELECT i, gen_random_uuid() AS mentor_id, gen_random_uuid() AS mentee_id, gen_random_uuid() AS match_id,
            ($2::text[])[1 + i % cardinality($2::text[])] AS municipality,
            CASE WHEN pg_temp.pick(i, 0, 0) < 70 THEN 'keeps' WHEN pg_temp.pick(i, 0, 0) < 85 THEN 'patchy'
                 ELSE 'low' END AS habit
     FROM generate_series(1, $1::int) i`,
    [pairs, VESTERALEN],
  );
  const name = (salt: number) =>
    `($1::text[])[1 + pg_temp.pick(i, 0, ${salt}) % cardinality($1::text[])] || ' ' ||
     ($2::text[])[1 + pg_temp.pick(i, 0, ${salt + 1}) % cardinality($2::text[])]`;
  const { rowCount: participants } = await client.query(
    `INSERT INTO participants (id, programme_id, role, name, email, municipality_code, preferred_language, languages,
       profession_code, desired_profession_code, category, gender)
     SELECT mentor_id, $3::uuid, 'mentor'::participant_role, ${name(1)}, 'mentor' || i || '@example.org', municipality,
            CASE WHEN pg_temp.pick(i, 0, 5) < 80 THEN 'nb' WHEN pg_temp.pick(i, 0, 5) < 90 THEN 'nn' ELSE 'en' END,
            '[{"code": "nb", "level": "native"}, {"code": "en", "level": "C1"}]'::jsonb, '2512', NULL, NULL,
            (ARRAY['female', 'male'])[1 + i % 2]::gender
     FROM pair_seed
     UNION ALL
     SELECT mentee_id, $3::uuid, 'mentee'::participant_role, ${name(3)}, 'mentee' || i || '@example.org', municipality,
            (ARRAY['en', 'en', 'en', 'nb', 'nb', 'ar', 'ar', 'uk', 'uk', 'so'])[1 + pg_temp.pick(i, 0, 6) % 10],
            '[{"code": "en", "level": "B2"}, {"code": "nb", "level": "A2"}]'::jsonb, '2512', '2512',
            (ARRAY['refugee', 'family', 'labour_non_eea', 'labour_spouse'])[1 + i % 4]::mentee_category,
            (ARRAY['female', 'male', 'female'])[1 + i % 3]::gender
     FROM pair_seed`,
    [FIRST_NAMES, LAST_NAMES, programmeId],
  );
  const { rowCount: matches } = await client.query(
    `INSERT INTO matches (id, programme_id, mentor_id, mentee_id, status, score, breakdown, decided_at, starts_on)
     SELECT match_id, $1::uuid, mentor_id, mentee_id, 'approved', 0.5 + pg_temp.pick(i, 0, 7) / 200.0, '{}'::jsonb,
            '2026-12-15T12:00:00Z', $2::date
     FROM pair_seed`,
    [programmeId, PROGRAMME.startDate],
  );

  // One row per meeting, inserted in date order as they would have been logged through the year.
  const { rowCount: meetings } = await client.query(
    `INSERT INTO meetings (match_id, date, duration_minutes, source, created_at)
     SELECT match_id, day, minutes, 'api', day + time '20:00'
     FROM (
       SELECT pm.i, pm.match_id,
              pm.month_start + pg_temp.pick(pm.i, pm.mo, 10 + k) * pm.days / 100 AS day,
              CASE pm.habit
                WHEN 'keeps' THEN CASE WHEN pg_temp.pick(pm.i, pm.mo, 20 + k) < 8 THEN 60
                                       ELSE 120 + 15 * (pg_temp.pick(pm.i, pm.mo, 30 + k) % 5) END
                WHEN 'patchy' THEN 120 + 15 * (pg_temp.pick(pm.i, pm.mo, 30 + k) % 5)
                ELSE CASE WHEN pg_temp.pick(pm.i, pm.mo, 20 + k) < 50 THEN 45 + 15 * (pg_temp.pick(pm.i, pm.mo, 30 + k) % 4)
                          ELSE 120 END
              END AS minutes
       FROM (
         SELECT ps.i, ps.match_id, ps.habit, mo, make_date(2027, mo, 1) AS month_start,
                extract(day FROM make_date(2027, mo, 1) + interval '1 month - 1 day')::int AS days
         FROM pair_seed ps CROSS JOIN generate_series(1, 12) mo
       ) pm
       CROSS JOIN LATERAL generate_series(1, CASE pm.habit
           WHEN 'keeps' THEN 2 + (pg_temp.pick(pm.i, pm.mo, 1) < 30)::int
           WHEN 'patchy' THEN 1 + (pg_temp.pick(pm.i, pm.mo, 1) < 50)::int
           ELSE (pg_temp.pick(pm.i, pm.mo, 1) >= 40)::int END) k
     ) m
     WHERE day <= $1::date
     ORDER BY day, i`,
    [MEETINGS_UNTIL],
  );

  // A coordinator in each municipality and one for the whole region: two recipients per escalation.
  const { rows: coordinators } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, role)
     SELECT 'coordinator-' || code || '@example.org', 'Koordinator ' || code, 'not-a-hash', 'coordinator'
     FROM unnest($1::text[] || ARRAY['region']) code
     RETURNING id`,
    [VESTERALEN],
  );
  await client.query(
    `INSERT INTO user_municipalities (user_id, municipality_code)
     SELECT u.id, code FROM users u CROSS JOIN unnest($1::text[]) code
     WHERE u.role = 'coordinator' AND (u.email = 'coordinator-region@example.org' OR u.email LIKE '%' || code || '%')`,
    [VESTERALEN],
  );
  await client.query('DROP TABLE pair_seed');
  await client.query('ANALYZE');
  return {
    programmeId,
    participants: participants ?? 0,
    matches: matches ?? 0,
    meetings: meetings ?? 0,
    coordinators: coordinators.length,
  };
}

// -----------------------------------------------------------------------------------------------
// SMTP sink

export interface SmtpSink {
  url: string;
  /** Messages accepted since the last reset. */
  count(): number;
  reset(): void;
  /** Resolves when `n` messages have been accepted since the last reset. */
  waitFor(n: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** An SMTP server that accepts every message and counts it, unparsed; calls `onMessage` for each. */
function listenSmtp(onMessage: () => void): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    maxClients: 200,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        onMessage();
        callback();
      });
      stream.resume();
    },
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port })),
  );
}

/**
 * The sink on this thread (it then shares the event loop and the core with the mail worker), or on
 * a worker thread of its own (`thread`), which reports each message by a message to this thread.
 */
export async function startSmtpSink(mode: 'same' | 'thread'): Promise<SmtpSink> {
  let received = 0;
  let waiter: { n: number; resolve: () => void } | null = null;
  const onMessage = () => {
    received += 1;
    if (waiter && received >= waiter.n) {
      waiter.resolve();
      waiter = null;
    }
  };
  let port: number;
  let close: () => Promise<void>;
  if (mode === 'same') {
    const listening = await listenSmtp(onMessage);
    port = listening.port;
    close = () => new Promise<void>((resolve) => listening.server.close(() => resolve()));
  } else {
    const thread = new Worker(new URL(import.meta.url), { workerData: { smtpSink: true } });
    port = await new Promise<number>((resolve, reject) => {
      thread.once('message', (m: { port: number }) => resolve(m.port));
      thread.once('error', reject);
    });
    thread.on('message', (m: { received?: number }) => {
      for (let i = 0; i < (m.received ?? 0); i++) onMessage();
    });
    close = async () => {
      await thread.terminate();
    };
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => received,
    reset: () => {
      received = 0;
    },
    waitFor: (n, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        if (received >= n) return resolve();
        const timer = setTimeout(() => {
          waiter = null;
          reject(new Error(`SMTP sink: ${received} of ${n} emails arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiter = {
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      }),
    close,
  };
}

/** The sink's worker thread: counts messages and reports them in batches of up to 5 ms. */
async function runSinkThread(): Promise<void> {
  let pending = 0;
  let timer: NodeJS.Timeout | null = null;
  const { port } = await listenSmtp(() => {
    pending += 1;
    timer ??= setTimeout(() => {
      parentPort?.postMessage({ received: pending });
      pending = 0;
      timer = null;
    }, 5);
  });
  parentPort?.postMessage({ port });
}

if (!isMainThread && (workerData as { smtpSink?: boolean } | null)?.smtpSink) void runSinkThread();
