import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { MIGRATIONS } from '../migrations/index.js';
import { databaseUrl, onServer } from './support/postgres.js';

/*
 * The built service as operators run it (`npm run build`, then `npm run start:prod`):
 * `npm test` builds first (pretest), so dist/ is this very code.
 */
const MAIN = new URL('../dist/src/main.js', import.meta.url).pathname;

function baseEnv(database: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `mn:test:start:${randomBytes(3).toString('hex')}:`,
    SMTP_URL: 'smtp://127.0.0.1:1025',
    MAIL_FROM: 'post@example.org',
    JWT_SECRET: randomBytes(24).toString('hex'),
    LINK_SECRET: randomBytes(24).toString('hex'),
    PUBLIC_URL: 'http://localhost:3000',
    ADMIN_EMAIL: 'admin@example.org',
    ADMIN_PASSWORD: 'a password for the start test',
    LOG_LEVEL: 'info',
  };
}

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const result: Run = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

async function listening(r: Run): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const line = r.stdout.split('\n').find((l) => l.includes('mentornett is listening'));
    if (line) return (JSON.parse(line) as { url: string }).url;
    if (r.child.exitCode !== null) throw new Error(`exited early: ${r.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('did not start within 30 s');
}

/** Ports nothing uses now, as the system hands them out: a random pick can land on another test's open connection. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createServer());
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.listen(0, '0.0.0.0', resolve))));
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

it('is built', () => {
  expect(existsSync(MAIN)).toBe(true);
});

it('stops with one line naming a missing or malformed variable', async () => {
  const env = baseEnv('unused');
  delete (env as Partial<typeof env>).SMTP_URL;
  const missing = run(env);
  expect(await missing.exit).toBe(1);
  expect(missing.stderr.trim().split('\n')).toEqual([expect.stringContaining('SMTP_URL')]);

  const malformed = run({ ...baseEnv('unused'), PORT: 'http' });
  expect(await malformed.exit).toBe(1);
  expect(malformed.stderr.trim().split('\n')).toEqual([expect.stringContaining('PORT')]);
});

it('says in one line when PostgreSQL is not reachable', async () => {
  const r = run({ ...baseEnv('unused'), DATABASE_URL: 'postgres://postgres:secret-pw@127.0.0.1:1/x' });
  expect(await r.exit).toBe(1);
  expect(r.stderr.trim()).toBe('mentornett could not start: PostgreSQL is not reachable at DATABASE_URL');
});

describe('on an empty database', () => {
  const database = `mn_test_${process.env.MN_TEST_RUN}_start_${randomBytes(3).toString('hex')}`;
  beforeAll(() => onServer((c) => c.query(`CREATE DATABASE "${database}"`)));
  afterAll(() => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)));

  it('two processes starting at once apply the migrations once, create one admin, serve, and stop on SIGTERM', async () => {
    const ports = await freePorts(2);
    const runs = ports.map((port) => run({ ...baseEnv(database), PORT: String(port) }));
    try {
      const urls = await Promise.all(runs.map(listening));
      for (const url of urls) expect((await fetch(`${url}/health`)).status).toBe(200);
      const login = await fetch(`${urls[1]}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'a password for the start test' }),
      });
      expect(login.status).toBe(200);
      const counts = await onServer(async () => {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: databaseUrl(database) });
        await client.connect();
        try {
          const migrations = await client.query('SELECT count(*)::int AS n FROM migrations');
          const admins = await client.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin'`);
          return { migrations: migrations.rows[0].n as number, admins: admins.rows[0].n as number };
        } finally {
          await client.end();
        }
      });
      expect(counts).toEqual({ migrations: MIGRATIONS.length, admins: 1 });
      expect(runs.map((r) => r.stdout).join('')).not.toContain('admin@example.org');
    } finally {
      for (const r of runs) r.child.kill('SIGTERM');
    }
    expect(await Promise.all(runs.map((r) => r.exit))).toEqual([0, 0]);
  });
});
