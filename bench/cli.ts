import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** What every benchmark shares: its command-line options, the median, and the PostgreSQL server it uses. */

export const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A positive whole number after `--name`, or the fallback. */
export function arg(name: string, fallback: number): number {
  const raw = option(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Runs one statement on the server's maintenance database (CREATE or DROP DATABASE). */
export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The admin every benchmark's app starts with. */
export const BENCH_ADMIN = { email: 'admin@example.org', password: 'bench password 123' };

/**
 * A fresh database on the server for one benchmark run, and the app's environment for it: that
 * database, a Redis prefix of its own, throwaway secrets, warnings only. `extra` adds or overrides.
 */
export async function benchDatabase(
  extra: Record<string, string> = {},
): Promise<{ name: string; env: Record<string, string> }> {
  const name = `mn_bench_${randomBytes(3).toString('hex')}`;
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `mn:bench:${name}:`,
    SMTP_URL: 'smtp://127.0.0.1:1025',
    MAIL_FROM: 'bench@example.org',
    JWT_SECRET: randomBytes(24).toString('hex'),
    LINK_SECRET: randomBytes(24).toString('hex'),
    PUBLIC_URL: 'http://localhost',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  return { name, env };
}
