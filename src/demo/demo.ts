import 'reflect-metadata';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startApp, type StartedApp } from '../bootstrap.js';
import { DateTime } from 'luxon';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config.js';
import { localDate } from '../meetings/month-requirement.js';
import { demoData, DEMO_TIMEZONE, VESTERALEN, type DemoData } from './demo-data.js';
import { DemoApi, SeedError, seedDemo, type Seeded } from './demo-seed.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

/*
 * `npm run demo`: a fresh database, an in-process mail catcher, the real app serving the console,
 * and two programmes seeded through the public HTTP API (demo-seed.ts): one under way for about
 * four months, with its pairs, meetings, gathering and emails, and one that starts next year.
 * Nothing here prints a participant's name or email.
 */

const DEMO_DATABASE = 'mentornett_demo';
const DEMO_REDIS_PREFIX = 'mentornett-demo:';
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const CHECK_TIMEOUT_MS = 3000;

/** A problem the person running the demo can fix; its message is the one line printed. */
class DemoError extends Error {}

interface Endpoint {
  host: string;
  port: number;
}

function hostPort({ host, port }: Endpoint): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function endpointOf(raw: string, variable: string, defaultPort: number): Endpoint {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DemoError(`${variable} is not a valid URL`);
  }
  return { host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(url.port || defaultPort) };
}

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DemoError(`${variable} must be a port number from 1 to 65535`);
  }
  return port;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
]);

function isUnreachable(error: unknown): boolean {
  const code = errorCode(error);
  if (code && UNREACHABLE.has(code)) return true;
  const nested = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(nested) && nested.some((e) => isUnreachable(e))) return true;
  return /timeout|timed out|ECONNREFUSED|Connection is closed/i.test(firstLine(error));
}

type Check<T> = { ok: true; value: T } | { ok: false; unreachable: boolean; message: string };

/** Connects to the PostgreSQL server named by DATABASE_URL (any database on it will do). */
async function checkPostgres(url: string, at: Endpoint): Promise<Check<pg.Client>> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CHECK_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, value: client };
  } catch (error) {
    await client.end().catch(() => undefined);
    const where = hostPort(at);
    if (isUnreachable(error)) return { ok: false, unreachable: true, message: '' };
    const code = errorCode(error);
    if (code === '28P01' || code === '28000') {
      return {
        ok: false,
        unreachable: false,
        message: `PostgreSQL at ${where} refused the user or password in DATABASE_URL`,
      };
    }
    if (code === '3D000') {
      return {
        ok: false,
        unreachable: false,
        message: `The database named in DATABASE_URL does not exist on ${where}: point DATABASE_URL at the server's postgres database`,
      };
    }
    return { ok: false, unreachable: false, message: `PostgreSQL at ${where} answered: ${firstLine(error)}` };
  }
}

async function checkRedis(url: string, at: Endpoint): Promise<Check<Redis>> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CHECK_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true, value: redis };
  } catch (error) {
    redis.disconnect();
    if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(firstLine(error))) {
      return {
        ok: false,
        unreachable: false,
        message: `Redis at ${hostPort(at)} refused the user or password in REDIS_URL`,
      };
    }
    if (isUnreachable(error)) return { ok: false, unreachable: true, message: '' };
    return { ok: false, unreachable: false, message: `Redis at ${hostPort(at)} answered: ${firstLine(error)}` };
  }
}

/** Both checks at once, and at most one line that says what to do. */
async function checkServices(databaseUrl: string, redisUrl: string): Promise<{ postgres: pg.Client; redis: Redis }> {
  const pgAt = endpointOf(databaseUrl, 'DATABASE_URL', 5432);
  const redisAt = endpointOf(redisUrl, 'REDIS_URL', 6379);
  const [postgres, redis] = await Promise.all([checkPostgres(databaseUrl, pgAt), checkRedis(redisUrl, redisAt)]);
  if (postgres.ok && redis.ok) return { postgres: postgres.value, redis: redis.value };
  if (postgres.ok) await postgres.value.end().catch(() => undefined);
  if (redis.ok) redis.value.disconnect();

  const compose = 'docker compose -f docker/docker-compose.yml up -d';
  if (!postgres.ok && postgres.unreachable && !redis.ok && redis.unreachable) {
    throw new DemoError(
      `PostgreSQL is not reachable at ${hostPort(pgAt)} and Redis is not reachable at ${hostPort(redisAt)}: start them ` +
        `(e.g. \`pg_ctlcluster 15 main start\` and \`redis-server --daemonize yes\`, or \`${compose} postgres redis\`) ` +
        'or set DATABASE_URL and REDIS_URL',
    );
  }
  const problems: string[] = [];
  if (!postgres.ok) {
    problems.push(
      postgres.unreachable
        ? `PostgreSQL is not reachable at ${hostPort(pgAt)}: start it (e.g. \`pg_ctlcluster 15 main start\` or ` +
            `\`${compose} postgres\`) or set DATABASE_URL`
        : postgres.message,
    );
  }
  if (!redis.ok) {
    problems.push(
      redis.unreachable
        ? `Redis is not reachable at ${hostPort(redisAt)}: start it (e.g. \`redis-server --daemonize yes\` or ` +
            `\`${compose} redis\`) or set REDIS_URL`
        : redis.message,
    );
  }
  throw new DemoError(problems.join('; '));
}

/** Drops what an earlier demo left under the demo's own prefix (queues, rate-limit counters). */
async function clearDemoKeys(redis: Redis): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${DEMO_REDIS_PREFIX}*`, 'COUNT', 500);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** A fresh demo database on the server; returns its URL. */
async function recreateDatabase(server: pg.Client, serverUrl: string): Promise<string> {
  try {
    await server.query(`DROP DATABASE IF EXISTS "${DEMO_DATABASE}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${DEMO_DATABASE}"`);
  } catch (error) {
    if (errorCode(error) === '42501') {
      throw new DemoError(
        `The PostgreSQL user in DATABASE_URL may not create databases; use one that may (e.g. postgres)`,
      );
    }
    throw new DemoError(`Could not recreate the database ${DEMO_DATABASE}: ${firstLine(error)}`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${DEMO_DATABASE}`;
  return url.toString();
}

/** The maintenance connection must not sit in the database it drops. */
function serverUrlFor(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DemoError('DATABASE_URL is not a valid URL');
  }
  if (url.pathname === `/${DEMO_DATABASE}`) url.pathname = '/postgres';
  return url.toString();
}

async function startInbox(smtpPort: number, webPort: number): Promise<MailCatcher> {
  try {
    return await startMailCatcher(smtpPort, webPort);
  } catch (error) {
    if (errorCode(error) === 'EADDRINUSE') {
      const busy = (error as { port?: unknown }).port;
      const [port, variable] = busy === webPort ? [webPort, 'DEMO_WEB_PORT'] : [smtpPort, 'DEMO_SMTP_PORT'];
      throw new DemoError(`Port ${port} for the mail catcher is in use: stop what listens there or set ${variable}`);
    }
    throw new DemoError(`The mail catcher could not start: ${firstLine(error)}`);
  }
}

/** Demo-only secrets and settings; the values are public in this file, so never reuse them. */
function demoConfig(data: DemoData, databaseUrl: string, redisUrl: string, port: number, smtpPort: number): AppConfig {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: DEMO_REDIS_PREFIX,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Mentorprogram Vesterålen (demo) <mentornett-demo@example.org>',
    JWT_SECRET: 'demo-only-jwt-secret-public-in-the-source-never-reuse',
    LINK_SECRET: 'demo-only-link-secret-public-in-the-source-never-reuse',
    PUBLIC_URL: `http://localhost:${port}`,
    PORT: String(port),
    // The demo's logins are public: serve this machine only.
    HOST: '127.0.0.1',
    ADMIN_EMAIL: data.admin.email,
    ADMIN_PASSWORD: data.admin.password,
    LOG_LEVEL: process.env.LOG_LEVEL?.trim() || 'warn',
    // Long enough to explore the API docs for a working day without logging in again.
    ACCESS_TOKEN_TTL: '28800',
  });
}

/** "3 August 2026", or with the time: "17 December 2026 17:30", in the programmes' time zone. */
function day(iso: string, withTime = false): string {
  const at = DateTime.fromISO(iso, { zone: DEMO_TIMEZONE }).setLocale('en-GB');
  return at.toFormat(withTime ? 'd LLLL yyyy HH:mm' : 'd LLLL yyyy');
}

/** The next mid-month reminder day after today, 09:00 in Oslo, as the sweep takes it. */
function nextReminderSweep(today: string): string {
  let at = DateTime.fromISO(`${today.slice(0, 8)}15T09:00`, { zone: DEMO_TIMEZONE });
  if (at.toISODate()! <= today) at = at.plus({ months: 1 });
  return at.toISO({ suppressMilliseconds: true })!;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Ports {
  port: number;
  webPort: number;
  smtpPort: number;
}

/** The console first, with the logins; then what the programmes hold; then the other addresses. */
function printWelcome(data: DemoData, seeded: Seeded, { port, webPort, smtpPort }: Ports, consoleBuilt: boolean): void {
  const base = `http://localhost:${port}`;
  const logins = [data.admin, ...data.users];
  const width = Math.max(...logins.map((u) => u.label.length));
  const emailWidth = Math.max(...logins.map((u) => u.email.length));
  const coordinator = data.users.find((u) => u.role === 'coordinator') ?? data.admin;
  const { running, upcoming } = seeded;
  const id = running.programmeId;
  const kinds = ['escalation', 'minimum_missed', 'midmonth_nudge', 'gathering_invite', 'gathering_reminder'];
  const emailKinds = [
    ...kinds.filter((k) => seeded.emails[k]),
    ...Object.keys(seeded.emails).filter((k) => !kinds.includes(k)),
  ].map((k) => `${seeded.emails[k]} ${k}`);
  const lines = [
    '',
    `mentornett demo: open the console at ${base}/`,
    ...(consoleBuilt ? [] : ['  (the console is not built here: run `npm run build` and start the demo again)']),
    '',
    '  Log in as (email, password):',
    ...logins.map((u) => `    ${u.label.padEnd(width)}  ${u.email.padEnd(emailWidth)}  ${u.password}`),
    '',
    `  Two programmes in ${VESTERALEN.length} Vesterålen municipalities (${VESTERALEN.map((m) => `${m.name} ${m.code}`).join(', ')}):`,
    `  ${running.name}, under way since ${day(running.startDate)} (until ${day(running.endDate)})`,
    `    ${count(running.pairs, 'pair')} and ${count(running.meetings, 'meeting')} logged: ${running.onTrack} met every month, ` +
      `${running.caughtUp} caught up after a short month, ${running.behindLastMonth} behind last month, ` +
      `${running.escalated} short two months in a row (escalated to its coordinator by email)`,
    `    kickoff ${day(running.kickoff.startsAt)}: ${running.kickoff.attended} of ${running.kickoff.invited} invited came; ` +
      `midway gathering ${day(running.midway.startsAt, true)}${running.midway.location ? `, ${running.midway.location}` : ''}`,
    `    ${count(running.menteesWithoutMentor, 'mentee')} without a mentor, ${running.menteesWithProposal} of them with a proposal ` +
      `waiting for a decision` +
      (running.oldestProposal ? ` (the oldest since ${day(running.oldestProposal)})` : ''),
    `  ${upcoming.name}, starts ${day(upcoming.startDate)}`,
    `    ${upcoming.mentors} mentors and ${upcoming.mentees} mentees (${upcoming.viaCsv} by CSV import, ${upcoming.viaJson} by the JSON endpoint); ${upcoming.proposals}, every other one approved`,
    '',
    `  Mail inbox   http://localhost:${webPort}   (SMTP on localhost:${smtpPort}): ${seeded.emailTotal} emails, ${emailKinds.join(', ')}`,
    ...(running.escalatedPairId
      ? [`  Escalated    ${base}/pairs/${running.escalatedPairId}   (the pair the escalation email links to)`]
      : []),
    `  API          ${base}/api/v1   (health: ${base}/api/v1/health)`,
    `  API docs     ${base}/docs   (POST /api/v1/auth/login, then "Authorize" with the accessToken)`,
    `  Queues       ${base}/api/v1/admin/queues   (log in as the admin)`,
    `  Programmes   ${id} (under way), ${upcoming.programmeId} (starts ${upcoming.startDate.slice(0, 4)})`,
    '',
    '  Try, as a coordinator (sees the participants of their municipalities and every mentor):',
    `    TOKEN=$(curl -s ${base}/api/v1/auth/login -H 'content-type: application/json' \\`,
    `      -d '{"email":"${coordinator.email}","password":"${coordinator.password}"}' \\`,
    `      | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken')`,
    `    curl -s ${base}/api/v1/programmes/${id}/participants -H "authorization: Bearer $TOKEN"`,
    "  and their municipalities' share of the programme's stats, as JSON or as CSV for Excel:",
    `    curl -s ${base}/api/v1/programmes/${id}/stats -H "authorization: Bearer $TOKEN"`,
    `    curl -s "${base}/api/v1/programmes/${id}/stats.csv?separator=semicolon" -H "authorization: Bearer $TOKEN" -o stats.csv`,
    '',
    `  Play the reminders forward as the admin: the sweep of the next reminder day (mid-month nudges):`,
    `    ADMIN_TOKEN=$(curl -s ${base}/api/v1/auth/login -H 'content-type: application/json' \\`,
    `      -d '{"email":"${data.admin.email}","password":"${data.admin.password}"}' \\`,
    `      | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken')`,
    `    curl -s ${base}/api/v1/admin/reminders/run -H "authorization: Bearer $ADMIN_TOKEN" \\`,
    `      -H 'content-type: application/json' -d '{"asOf":"${nextReminderSweep(data.today)}"}'`,
    '',
    `  Stop with Ctrl+C. Every run starts again from a fresh database ${DEMO_DATABASE}.`,
    '',
  ];
  console.log(lines.join('\n'));
}

/** Whether the service answers the console's page at / (it serves the API alone when web/dist is missing). */
async function consoleAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/`);
    await response.arrayBuffer();
    return response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  let app: StartedApp | undefined;
  let maildev: MailCatcher | undefined;
  let stopping = false;

  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Should something hang on the way down, do not keep the terminal.
    setTimeout(() => process.exit(code || 1), 10_000).unref();
    // Nest also listens for the signal; close() joins the shutdown already under way.
    if (app) await app.app.close().catch(() => undefined);
    if (maildev) await maildev.stop().catch(() => undefined);
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) console.log(`\n${signal}: stopping the demo...`);
    void stop(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const data = demoData(localDate(new Date(), DEMO_TIMEZONE));
    const port = portFromEnv('PORT', 3000);
    const smtpPort = portFromEnv('DEMO_SMTP_PORT', 1025);
    const webPort = portFromEnv('DEMO_WEB_PORT', 1080);
    const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
    const redisUrl = process.env.REDIS_URL?.trim() || DEFAULT_REDIS_URL;
    const serverUrl = serverUrlFor(databaseUrl);

    const { postgres, redis } = await checkServices(serverUrl, redisUrl);
    let demoDatabaseUrl: string;
    try {
      demoDatabaseUrl = await recreateDatabase(postgres, serverUrl);
      await clearDemoKeys(redis);
    } finally {
      await postgres.end().catch(() => undefined);
      redis.disconnect();
    }
    const config = demoConfig(data, demoDatabaseUrl, redisUrl, port, smtpPort);

    maildev = await startInbox(smtpPort, webPort);
    try {
      app = await startApp(config);
    } catch (error) {
      if (errorCode(error) === 'EADDRINUSE') {
        throw new DemoError(`Port ${port} is in use: stop what listens there or set PORT`);
      }
      throw new DemoError(`mentornett could not start: ${firstLine(error)}`);
    }
    const seeded = await seedDemo({
      api: new DemoApi(`${app.url}/api/v1`),
      data,
      app: app.app,
    });
    printWelcome(data, seeded, { port, webPort, smtpPort }, await consoleAnswers(app.url));
    // The emails leave now; the outbox then dates those of past sweeps as sent on their day.
    seeded.dateSentEmails().catch((error: unknown) => {
      if (!stopping) console.error(`Dating the demo's past emails failed: ${firstLine(error)}`);
    });
  } catch (error) {
    if (stopping) return;
    if (error instanceof DemoError || error instanceof ConfigError) {
      console.error(error.message);
    } else if (error instanceof SeedError) {
      console.error(`Seeding the demo failed: ${error.message}`);
    } else {
      console.error(`The demo failed: ${firstLine(error)}`);
    }
    await stop(1);
  }
}

void main();
