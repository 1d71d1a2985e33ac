import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import pg from 'pg';
import { createApp } from '../src/bootstrap.js';
import { AppConfig, loadConfig } from '../src/config/app-config.js';
import { runMigrations } from '../src/database/migrate.js';
import { createLogger } from '../src/logging/logger.js';
import { MailProcessor } from '../src/mail/mail.processor.js';
import { MailService } from '../src/mail/mail.service.js';
import { QueueConnections } from '../src/queues/queues.module.js';
import { MAIL_QUEUE } from '../src/queues/queues.js';
import { RemindersRepository } from '../src/reminders/reminders.repository.js';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { PROGRAMME, seed, startSmtpSink, type SmtpSink } from './reminders-data.js';
import { arg, benchDatabase, median, onServer, option } from './cli.js';

/*
 * `npm run bench:reminders`: the daily reminder sweep and the sending of its emails, on N active
 * pairs with a year of meetings (default 20,000 pairs: 40,000 participants, ~440,000 meetings).
 *
 * Sweep: RemindersService.sweep(asOf) — the one SQL statement that decides and writes the outbox
 * rows, then every pending row handed to BullMQ — timed for a few days of December 2027, the
 * last month of the programme, each from the same state (pending rows deleted, the mail queue
 * emptied). Before that, the sweeps of January to November are run once and marked sent, so the
 * outbox holds a year's history and the gathering invitations are already out. The app runs with
 * RUN_WORKERS=false, so nothing is sent while a sweep is timed. Extra runs time the three steps
 * apart: decideDueEmails (SQL), findPendingIds, enqueue.
 *
 * Delivery: the mail worker of this process (MailProcessor.start) against a local SMTP server
 * that accepts and counts, timed from enqueueing N emails (half gathering invitations with their
 * .ics, half month reminders) until the server has them all and every outbox row is 'sent'.
 * Timed twice: with this process's worker alone (1 process), and with one `npm run worker`
 * process (dist/src/worker.js, as operators scale out) taking jobs from the same queue beside it
 * (2 processes). Both figures are printed, each with the CPU it took; on 2 cores the second
 * process competes with this one, PostgreSQL and Redis for the same cores.
 *
 * Options: --pairs N (20000), --runs R (5), --emails N (5000), --concurrency 10,20 (MAIL_CONCURRENCY
 * values, or none to time the sweep only), --processes 1,2 (delivery with this process alone, and
 * with one worker process beside it), --smtp same|thread (the SMTP server on the worker's own
 * thread, or on a worker thread of its own; default same), --keep (keep the database and print
 * its name, to EXPLAIN the sweep afterwards).
 * Uses PostgreSQL and Redis at DATABASE_URL / REDIS_URL (default: the local ones), in a database
 * and a Redis prefix of its own, both removed at the end.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ZONE = PROGRAMME.timezone;
const DEFAULT_CONCURRENCY = new AppConfig().MAIL_CONCURRENCY;

/** 09:00 (or another time) on a day of the programme, in its time zone. */
function local(dateTime: string): Date {
  return DateTime.fromISO(dateTime, { zone: ZONE }).toJSDate();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (n: number) => n.toLocaleString('en-US');

async function deleteRedisKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
      const batch = keys as string[];
      if (batch.length) deleted += await redis.del(...batch);
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

interface Scenario {
  label: string;
  asOf: Date;
  /** Done once before the scenario's runs. */
  prepare?: (db: pg.Client) => Promise<void>;
}

interface SweepFigures {
  label: string;
  decided: number;
  kinds: string;
  sweep: number[];
  decide: number[];
  find: number[];
  enqueue: number[];
}

interface DeliveryFigures {
  concurrency: number;
  /** 1: this process's worker alone; 2: and one `npm run worker` process beside it. */
  processes: number;
  emails: number;
  times: number[];
  /** CPU time of this process (the worker and the SMTP server), per email. */
  cpuPerEmail: number[];
  /** CPU time of the worker process, per email (2 processes only; null where /proc is not there). */
  workerCpuPerEmail: (number | null)[];
}

/** `npm run worker` (the built dist/src/worker.js), with the benchmark's database, Redis prefix and SMTP server. */
interface WorkerProcess {
  child: ChildProcess;
  /** CPU time it has used so far, in ms (Linux /proc), or null. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

const WORKER_SCRIPT = new URL('../src/worker.js', import.meta.url).pathname;

async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [WORKER_SCRIPT], {
    env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = performance.now() + 30_000;
  while (!output.includes('mentornett worker is running')) {
    if (child.exitCode !== null || child.signalCode !== null || performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm run worker did not start:\n${output}`);
    }
    await sleep(25);
  }
  return {
    child,
    cpuMs: () => {
      try {
        // utime and stime, in clock ticks of 10 ms (Linux's USER_HZ), after the command name.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
          .replace(/^.*\) /, '')
          .split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        return null;
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  const pairs = arg('pairs', 20_000);
  const runs = arg('runs', 5);
  const emails = arg('emails', 5000);
  const concurrencyOption = option('concurrency') ?? '10,20';
  const concurrencies = concurrencyOption === 'none' ? [] : concurrencyOption.split(',').map(Number);
  if (concurrencies.some((c) => !Number.isInteger(c) || c < 1 || c > 100)) {
    throw new Error('--concurrency takes MAIL_CONCURRENCY values from 1 to 100, such as 10,20, or none');
  }
  const processCounts = (option('processes') ?? '1,2').split(',').map(Number);
  if (processCounts.some((p) => p !== 1 && p !== 2)) throw new Error('--processes takes 1, 2 or 1,2');
  const smtpMode = option('smtp') ?? 'same';
  if (smtpMode !== 'same' && smtpMode !== 'thread') throw new Error('--smtp is same or thread');
  const keep = process.argv.includes('--keep');
  // Anything else running skews the figures: shown with them.
  const loadAtStart = os.loadavg()[0];

  const sink = await startSmtpSink(smtpMode);
  const { name, env } = await benchDatabase({
    SMTP_URL: sink.url,
    MAIL_FROM: 'Mentornett <post@example.org>',
    PUBLIC_URL: 'https://mentor.example.no',
    RUN_WORKERS: 'false',
    SCHEDULE_SWEEPS: 'false',
  });
  const prefix = env.REDIS_PREFIX;
  const makeApp = async (concurrency: number) => {
    const app = await createApp(
      loadConfig({ ...env, MAIL_CONCURRENCY: String(concurrency) }),
      createLogger(env.LOG_LEVEL),
    );
    await app.init();
    return app;
  };

  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  let app: NestExpressApplication | null = null;
  try {
    await runMigrations(env.DATABASE_URL);
    await db.connect();
    const versions = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    let started = performance.now();
    const seeded = await seed(db, pairs);
    const seedMs = performance.now() - started;
    console.error(
      `seeded ${count(seeded.matches)} pairs, ${count(seeded.meetings)} meetings in ${seconds(seedMs)}; ` +
        'writing the outbox history (sweeps of January to November)…',
    );

    app = await makeApp(concurrencies[0] ?? DEFAULT_CONCURRENCY);
    const reminders = app.get(RemindersService);
    const repository = app.get(RemindersRepository);
    const mail = app.get(MailService);
    const queue = app.get(QueueConnections).queue(MAIL_QUEUE);

    // The year so far: the sweeps of the 1st and the 15th of every month, all sent.
    started = performance.now();
    for (let month = 1; month <= 11; month++) {
      for (const day of [1, 15]) {
        const asOf = local(`2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00`);
        await repository.decideDueEmails(asOf, null);
        await markSent(db, asOf);
      }
    }
    await db.query('VACUUM ANALYZE outbox');
    const history = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox')).rows[0].n);
    const historyMs = performance.now() - started;
    console.error(`outbox history: ${count(history)} rows in ${seconds(historyMs)}; timing sweeps…`);

    const reset = async () => {
      await db.query(`DELETE FROM outbox WHERE status = 'pending'`);
      await db.query('VACUUM outbox');
      await queue.obliterate({ force: true });
    };

    const scenarios: Scenario[] = [
      { label: '1 Dec — minimum_missed, escalation', asOf: local('2027-12-01T09:00') },
      { label: '15 Dec — midmonth_nudge', asOf: local('2027-12-15T09:00') },
      {
        label: '1 Dec, closing gathering moved — also a new invite to every participant',
        asOf: local('2027-12-01T09:00'),
        prepare: async (client) => {
          await client.query(
            `UPDATE gatherings SET starts_at = starts_at - interval '1 day', ends_at = ends_at - interval '1 day',
               sequence = sequence + 1 WHERE kind = 'closing'`,
          );
        },
      },
      {
        label: '2 Dec — nothing new (1 Dec re-decided in its catch-up days, all sent)',
        asOf: local('2027-12-02T09:00'),
        prepare: async () => {
          await repository.decideDueEmails(local('2027-12-01T09:00'), null);
          await markSent(db, local('2027-12-01T09:00'));
          await repository.decideDueEmails(local('2027-12-15T09:00'), null);
          await markSent(db, local('2027-12-15T09:00'));
        },
      },
    ];

    const sweeps: SweepFigures[] = [];
    for (const scenario of scenarios) {
      await reset();
      await scenario.prepare?.(db);
      const figures: SweepFigures = {
        label: scenario.label,
        decided: 0,
        kinds: '',
        sweep: [],
        decide: [],
        find: [],
        enqueue: [],
      };
      // Each run: the whole sweep, then the same work step by step, from the same state.
      for (let r = 0; r < runs; r++) {
        await reset();
        let t0 = performance.now();
        const result = await reminders.sweep(scenario.asOf);
        figures.sweep.push(performance.now() - t0);
        if (result.requeued !== 0) throw new Error(`sweep requeued ${result.requeued} rows after a reset`);
        const waiting = await queue.getWaitingCount();
        if (waiting !== result.enqueued) throw new Error(`${result.enqueued} decided but ${waiting} jobs waiting`);
        figures.decided = result.enqueued;
        if (r === 0) {
          const kinds = await db.query<{ kind: string; n: string }>(
            `SELECT kind, count(*) AS n FROM outbox WHERE status = 'pending' GROUP BY kind ORDER BY count(*) DESC`,
          );
          figures.kinds = kinds.rows.map((k) => `${k.kind} ${count(Number(k.n))}`).join(', ') || 'none';
        }

        await reset();
        t0 = performance.now();
        await repository.decideDueEmails(scenario.asOf, null);
        const t1 = performance.now();
        const pending = await repository.findPendingIds();
        const t2 = performance.now();
        await mail.enqueue(pending);
        const t3 = performance.now();
        figures.decide.push(t1 - t0);
        figures.find.push(t2 - t1);
        figures.enqueue.push(t3 - t2);
      }
      sweeps.push(figures);
      console.error(
        `  ${scenario.label}: ${count(figures.decided)} emails; sweeps ${figures.sweep.map(seconds).join(', ')}`,
      );
    }
    await reset();

    // Delivery: half invitations (with .ics), half month reminders, all of December's.
    const others = await db.query<{ id: string }>(
      `SELECT id FROM outbox WHERE kind <> 'gathering_invite' AND period_key IN ('2027-11', '2027-12')
       ORDER BY md5(id::text) LIMIT $1`,
      [Math.floor(emails / 2)],
    );
    const invites = await db.query<{ id: string }>(
      `SELECT id FROM outbox WHERE kind = 'gathering_invite' AND period_key = 'v1' ORDER BY md5(id::text) LIMIT $1`,
      [emails - others.rows.length],
    );
    // Interleaved, so the warm-up meets every kind and language too.
    const ids = [...others.rows, ...invites.rows].map((r) => r.id).sort();
    const mix = await db.query<{ kind: string; n: string }>(
      `SELECT kind, count(*) AS n FROM outbox WHERE id = ANY($1::uuid[]) GROUP BY kind ORDER BY count(*) DESC`,
      [ids],
    );
    if (concurrencies.length > 0) console.error(`timing delivery of ${count(ids.length)} emails…`);
    const deliveries: DeliveryFigures[] = [];
    for (const concurrency of concurrencies) {
      if (concurrency !== concurrencies[0] || !app) {
        await app?.close();
        app = await makeApp(concurrency);
      }
      for (const processes of processCounts) {
        const worker =
          processes === 2
            ? await startWorkerProcess({ ...env, MAIL_CONCURRENCY: String(concurrency), SCHEDULE_SWEEPS: 'false' })
            : null;
        try {
          const figures: DeliveryFigures = {
            concurrency,
            processes,
            emails: ids.length,
            times: [],
            cpuPerEmail: [],
            workerCpuPerEmail: [],
          };
          await deliver(app, db, sink, ids.slice(0, Math.min(ids.length, 500))); // warm-up: connections, templates
          for (let r = 0; r < runs; r++) {
            const workerCpu0 = worker?.cpuMs() ?? null;
            const { ms, cpuMs } = await deliver(app, db, sink, ids);
            const workerCpu1 = worker?.cpuMs() ?? null;
            figures.times.push(ms);
            figures.cpuPerEmail.push(cpuMs / ids.length);
            figures.workerCpuPerEmail.push(
              workerCpu0 === null || workerCpu1 === null ? null : (workerCpu1 - workerCpu0) / ids.length,
            );
          }
          deliveries.push(figures);
          const rate = ids.length / (median(figures.times) / 1000);
          console.error(`  MAIL_CONCURRENCY=${concurrency}, ${processes} process(es): ${rate.toFixed(0)} emails/s`);
        } finally {
          await worker?.stop();
        }
      }
    }
    await app.close();
    app = null;

    const redisVersion = await redisServerVersion();
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `Reminder sweep and delivery: ${count(seeded.matches)} active pairs (${count(seeded.participants)} participants), ` +
        `${count(seeded.meetings)} meetings in 2027, ${runs} runs each`,
    );
    console.log(
      `machine: ${cpu}, ${os.cpus().length} cores (${os.availableParallelism()} available), Node ${process.version}, ` +
        `PostgreSQL ${versions.rows[0].v}, Redis ${redisVersion}; 1-min load average at start ${loadAtStart.toFixed(2)}`,
    );
    console.log(
      `seed ${seconds(seedMs)}; outbox history (sweeps of 1 and 15 Jan–Nov, marked sent): ${count(history)} rows`,
    );
    console.log('');
    console.log('Sweep: RemindersService.sweep(asOf) at 09:00 Europe/Oslo — decide in SQL, then enqueue into BullMQ');
    console.log('');
    console.log('| asOf | emails decided | sweep median | min | max | decide (SQL) | find pending | enqueue |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const s of sweeps) {
      console.log(
        `| ${s.label} | ${count(s.decided)} | **${seconds(median(s.sweep))}** | ${seconds(Math.min(...s.sweep))} | ` +
          `${seconds(Math.max(...s.sweep))} | ${seconds(median(s.decide))} | ${seconds(median(s.find))} | ` +
          `${seconds(median(s.enqueue))} |`,
      );
    }
    console.log('');
    for (const s of sweeps) console.log(`- ${s.label}: ${s.kinds}`);
    if (deliveries.length > 0) {
      console.log('');
      console.log(
        `Delivery: ${count(ids.length)} emails (${mix.rows.map((k) => `${k.kind} ${count(Number(k.n))}`).join(', ')}), ` +
          `from enqueue until the SMTP server has all and every row is 'sent'; SMTP server ` +
          (smtpMode === 'same' ? 'in this process, on the same thread as the worker' : 'on a worker thread') +
          '. Processes: 1 = the mail worker of this process alone; 2 = and one `npm run worker` process beside it',
      );
      console.log('');
      console.log(
        '| MAIL_CONCURRENCY | processes | median | min | max | emails/s (median) | CPU of this process per email | ' +
          'CPU of the worker process per email |',
      );
      console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const d of deliveries) {
        const rate = d.emails / (median(d.times) / 1000);
        const workerCpu = d.workerCpuPerEmail.filter((c): c is number => c !== null);
        console.log(
          `| ${d.concurrency}${d.concurrency === DEFAULT_CONCURRENCY ? ' (default)' : ''} | ${d.processes} | ` +
            `${seconds(median(d.times))} | ${seconds(Math.min(...d.times))} | ${seconds(Math.max(...d.times))} | ` +
            `**${rate.toFixed(0)}** | ${median(d.cpuPerEmail).toFixed(2)} ms | ` +
            `${d.processes === 1 ? '–' : workerCpu.length ? `${median(workerCpu).toFixed(2)} ms` : 'n/a'} |`,
        );
      }
    }
    if (keep) console.log(`\nkept database ${name}`);
  } finally {
    await app?.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    await sink.close();
    await deleteRedisKeys(prefix);
    if (!keep) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** The rows a history sweep decided, as sent just after it. */
async function markSent(db: pg.Client, asOf: Date): Promise<void> {
  await db.query(
    `UPDATE outbox SET status = 'sent', created_at = $1, sent_at = $1::timestamptz + interval '2 minutes', attempts = 1
     WHERE status = 'pending'`,
    [asOf],
  );
}

async function redisServerVersion(): Promise<string> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    return /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}

/**
 * One delivery run: the rows made pending again, the queue emptied, this process's mail worker
 * started; timed from enqueue until the SMTP server has every email and every row is 'sent'.
 */
async function deliver(
  app: NestExpressApplication,
  db: pg.Client,
  sink: SmtpSink,
  ids: string[],
): Promise<{ ms: number; cpuMs: number }> {
  const connections = app.get(QueueConnections);
  await db.query(
    `UPDATE outbox SET status = 'pending', sent_at = NULL, attempts = 0, last_error = NULL WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await db.query('VACUUM outbox');
  await connections.queue(MAIL_QUEUE).obliterate({ force: true });
  sink.reset();
  app.get(MailProcessor).start();
  const timeoutMs = 60_000 + ids.length * 20;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    await app.get(MailService).enqueue(ids);
    await sink.waitFor(ids.length, timeoutMs);
    for (;;) {
      const { rows } = await db.query<{ sent: string; failed: string }>(
        `SELECT count(*) FILTER (WHERE status = 'sent') AS sent, count(*) FILTER (WHERE status = 'failed') AS failed
         FROM outbox WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      if (Number(rows[0].failed) > 0) throw new Error(`${rows[0].failed} emails failed`);
      if (Number(rows[0].sent) === ids.length) break;
      if (performance.now() - t0 > timeoutMs) throw new Error(`${rows[0].sent} of ${ids.length} rows sent in time`);
      await sleep(5);
    }
    const cpu = process.cpuUsage(cpu0);
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  } catch (error) {
    const { rows } = await db.query<{ status: string; last_error: string | null; n: string }>(
      `SELECT status, last_error, count(*) AS n FROM outbox WHERE id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [ids],
    );
    console.error(rows);
    throw error;
  } finally {
    await connections.closeWorkers();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
