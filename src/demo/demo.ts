import 'reflect-metadata';
import { Redis } from 'ioredis';
import { MailDev } from 'maildev';
import pg from 'pg';
import { startApp, type StartedApp } from '../bootstrap.js';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config.js';
import { CSV_COLUMNS } from '../participants/participant-csv.js';
import type { LanguageSkill } from '../participants/participant-fields.js';
import { demoData, VESTERALEN, type DemoData, type DemoParticipant, type DemoUser } from './demo-data.js';

/*
 * `npm run demo`: a fresh database, an in-process mail catcher, the real app, and the demo
 * programme seeded through the public HTTP API, as a coordinator would enter it. Nothing here
 * prints a participant's name or email.
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

async function startMailCatcher(smtpPort: number, webPort: number): Promise<MailDev> {
  // Silent: maildev would otherwise print the sender and recipient of every email it catches.
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  try {
    await maildev.start();
    return maildev;
  } catch (error) {
    await maildev.stop().catch(() => undefined);
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

/** Seeding answered unexpectedly: the request and the answer, for whoever debugs the service. */
class SeedError extends Error {}

class DemoApi {
  constructor(private readonly base: string) {}

  async call<T>(
    method: string,
    path: string,
    options: { token?: string; json?: unknown; csv?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.csv !== undefined) {
      headers['content-type'] = 'text/csv; charset=utf-8';
      body = options.csv;
    }
    const response = await fetch(`${this.base}${path}`, { method, headers, body });
    const text = await response.text();
    if (!response.ok) {
      throw new SeedError(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 600)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async login(user: DemoUser): Promise<string> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/auth/login', {
      json: { email: user.email, password: user.password },
    });
    return accessToken;
  }
}

type CsvValue = string | number | boolean | readonly LanguageSkill[] | undefined;

function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'object' ? value.map((l) => `${l.code}:${l.level}`).join(';') : String(value);
  return /[;,"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The participants as a coordinator's spreadsheet: semicolon-separated, as Excel writes it in Norway. */
export function participantsCsv(participants: readonly DemoParticipant[]): string {
  const rows = participants.map((p) => {
    const record: Partial<Record<string, CsvValue>> = { ...p };
    return CSV_COLUMNS.map((column) => csvCell(record[column])).join(';');
  });
  return [CSV_COLUMNS.join(';'), ...rows].join('\n') + '\n';
}

interface Seeded {
  programmeId: string;
  viaCsv: number;
  viaJson: number;
  proposals: string;
  emails: number;
}

/**
 * Seeds the way the service is used: the admin creates the accounts, the lead the programme,
 * each coordinator imports their municipalities' spreadsheet and then registers one late mentor
 * and mentee through the form's JSON endpoint.
 */
async function seed(api: DemoApi, data: DemoData): Promise<Seeded> {
  const adminToken = await api.login(data.admin);
  for (const user of data.users) {
    await api.call('POST', '/users', {
      token: adminToken,
      json: {
        email: user.email,
        name: user.name,
        password: user.password,
        role: user.role,
        municipalityCodes: user.municipalityCodes,
      },
    });
  }
  const lead = data.users.find((u) => u.role === 'lead');
  if (!lead) throw new Error('The demo data has no programme lead');
  const leadToken = await api.login(lead);
  const programme = await api.call<{ id: string }>('POST', '/programmes', { token: leadToken, json: data.programme });

  let viaCsv = 0;
  let viaJson = 0;
  for (const coordinator of data.users.filter((u) => u.role === 'coordinator')) {
    const codes: readonly string[] = coordinator.municipalityCodes ?? [];
    const theirs = data.participants.filter((p) => codes.includes(p.municipalityCode));
    const late = [theirs.findLast((p) => p.role === 'mentor'), theirs.findLast((p) => p.role === 'mentee')].filter(
      (p): p is DemoParticipant => p !== undefined,
    );
    const sheet = theirs.filter((p) => !late.includes(p));
    const token = await api.login(coordinator);
    const path = `/programmes/${programme.id}/participants`;
    const result = await api.call<{ created: number; errors: { row: number; field: string; message: string }[] }>(
      'POST',
      `${path}/import`,
      { token, csv: participantsCsv(sheet) },
    );
    if (result.created !== sheet.length || result.errors.length > 0) {
      throw new SeedError(
        `POST /api/v1${path}/import stored ${result.created} of ${sheet.length} rows; errors: ${JSON.stringify(result.errors).slice(0, 600)}`,
      );
    }
    viaCsv += result.created;
    for (const participant of late) {
      await api.call('POST', path, { token, json: participant });
      viaJson += 1;
    }
  }
  const proposals = await proposeMatches(api, leadToken, programme.id);
  await approveHalf(api, leadToken, programme.id);
  const { enqueued } = await api.call<{ enqueued: number }>('POST', '/admin/reminders/run', {
    token: adminToken,
    json: {},
  });
  return { programmeId: programme.id, viaCsv, viaJson, proposals, emails: enqueued };
}

/** The lead approves every other proposal, so the demo shows pairs under way and pairs still to decide. */
async function approveHalf(api: DemoApi, token: string, programmeId: string): Promise<void> {
  const proposed = await api.call<{ id: string }[]>('GET', `/programmes/${programmeId}/matches?status=proposed`, {
    token,
  });
  for (const match of proposed.filter((_, i) => i % 2 === 0)) {
    await api.call('POST', `/matches/${match.id}/approve`, { token, json: {} });
  }
}

/** Runs the matching when this build of the service has it, so the demo opens with proposals to review. */
async function proposeMatches(api: DemoApi, token: string, programmeId: string): Promise<string> {
  try {
    const run = await api.call<{ proposals: unknown[]; unmatchedMenteeIds: unknown[] }>(
      'POST',
      `/programmes/${programmeId}/proposals`,
      { token },
    );
    return `${run.proposals.length} proposed pairs, ${run.unmatchedMenteeIds.length} mentees without a mentor yet`;
  } catch (error) {
    if (error instanceof SeedError && / answered 404:/.test(error.message)) return 'matching is not in this build yet';
    if (error instanceof SeedError) return `the matching run failed (${error.message})`;
    throw error;
  }
}

function printWelcome(data: DemoData, seeded: Seeded, port: number, webPort: number, smtpPort: number): void {
  const base = `http://localhost:${port}`;
  const mentors = data.participants.filter((p) => p.role === 'mentor').length;
  const mentees = data.participants.length - mentors;
  const logins = [data.admin, ...data.users];
  const width = Math.max(...logins.map((u) => u.label.length));
  const emailWidth = Math.max(...logins.map((u) => u.email.length));
  const coordinator = data.users.find((u) => u.role === 'coordinator') ?? data.admin;
  const lines = [
    '',
    `mentornett demo is running: ${data.programme.name}`,
    `  ${VESTERALEN.length} municipalities (${VESTERALEN.map((m) => `${m.name} ${m.code}`).join(', ')})`,
    `  ${mentors} mentors and ${mentees} mentees (${seeded.viaCsv} by CSV import, ${seeded.viaJson} by the JSON endpoint); ${seeded.proposals}, every other one approved`,
    `  ${seeded.emails} emails from today's reminder sweep (the gathering invitations) are in the mail inbox`,
    '',
    `  API          ${base}/api/v1   (health: ${base}/api/v1/health)`,
    `  API docs     ${base}/docs`,
    `  Mail inbox   http://localhost:${webPort}   (SMTP on localhost:${smtpPort})`,
    `  Queues       ${base}/api/v1/admin/queues   (log in as the admin)`,
    `  Programme    ${seeded.programmeId}`,
    '',
    '  Demo logins (POST /api/v1/auth/login, then "Authorize" in the API docs with the accessToken):',
    ...logins.map((u) => `    ${u.label.padEnd(width)}  ${u.email.padEnd(emailWidth)}  ${u.password}`),
    '',
    '  Try, as a coordinator (sees the participants of their municipalities and every mentor):',
    `    TOKEN=$(curl -s ${base}/api/v1/auth/login -H 'content-type: application/json' \\`,
    `      -d '{"email":"${coordinator.email}","password":"${coordinator.password}"}' \\`,
    `      | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken')`,
    `    curl -s ${base}/api/v1/programmes/${seeded.programmeId}/participants -H "authorization: Bearer $TOKEN"`,
    "  and their municipalities' share of the programme's stats, as JSON or as CSV for Excel:",
    `    curl -s ${base}/api/v1/programmes/${seeded.programmeId}/stats -H "authorization: Bearer $TOKEN"`,
    `    curl -s "${base}/api/v1/programmes/${seeded.programmeId}/stats.csv?separator=semicolon" -H "authorization: Bearer $TOKEN" -o stats.csv`,
    '',
    '  Play the reminders forward as the admin: the sweep as if it were 15 February (mid-month nudges):',
    `    ADMIN_TOKEN=$(curl -s ${base}/api/v1/auth/login -H 'content-type: application/json' \\`,
    `      -d '{"email":"${data.admin.email}","password":"${data.admin.password}"}' \\`,
    `      | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken')`,
    `    curl -s ${base}/api/v1/admin/reminders/run -H "authorization: Bearer $ADMIN_TOKEN" \\`,
    `      -H 'content-type: application/json' -d '{"asOf":"2027-02-15T09:00:00+01:00"}'`,
    '',
    `  Stop with Ctrl+C. Every run starts again from a fresh database ${DEMO_DATABASE}.`,
    '',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  let app: StartedApp | undefined;
  let maildev: MailDev | undefined;
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
    const data = demoData();
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

    maildev = await startMailCatcher(smtpPort, webPort);
    try {
      app = await startApp(config);
    } catch (error) {
      if (errorCode(error) === 'EADDRINUSE') {
        throw new DemoError(`Port ${port} is in use: stop what listens there or set PORT`);
      }
      throw new DemoError(`mentornett could not start: ${firstLine(error)}`);
    }
    const seeded = await seed(new DemoApi(`${app.url}/api/v1`), data);
    printWelcome(data, seeded, port, webPort, smtpPort);
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
