import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { Clock } from '../../src/common/clock.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { createLogger } from '../../src/logging/logger.js';
import { hashPassword } from '../../src/auth/passwords.js';
import type { Role } from '../../src/users/user.entity.js';
import { UsersService } from '../../src/users/users.service.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const ADMIN_EMAIL = 'admin@example.org';
export const ADMIN_PASSWORD = 'correct horse battery staple';
/** The password of every user made by TestApp.user(). */
export const USER_PASSWORD = 'a test user password';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `mn:test:${process.env.MN_TEST_RUN ?? 'x'}:${randomBytes(3).toString('hex')}:`,
    SMTP_URL: 'smtp://127.0.0.1:1025',
    MAIL_FROM: 'Mentornett <post@example.org>',
    JWT_SECRET: randomBytes(24).toString('hex'),
    LINK_SECRET: randomBytes(24).toString('hex'),
    PUBLIC_URL: 'http://localhost:3000',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOGIN_RATE_LIMIT: '1000',
    LINK_RATE_LIMIT: '1000',
    LINK_RATE_LIMIT_PER_LINK: '1000',
    LINK_DAILY_MEETINGS: '100',
    // Tests drive the sweep by hand (POST /admin/reminders/run) and do not wait long for retries.
    SCHEDULE_SWEEPS: 'false',
    MAIL_ATTEMPTS: '8',
    MAIL_BACKOFF_MS: '50',
    ...overrides,
  });
}

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: DataSource;
  config: AppConfig;
  database: TestDatabase;
  /**
   * A user of the given role (and municipalities), with a valid access token (of no session) and
   * the password USER_PASSWORD.
   */
  user(role: Role, municipalityCodes?: string[]): Promise<{ id: string; token: string; email: string }>;
  /** Sets the app's clock to this instant (the real time until called). */
  setNow(instant: Date | string): void;
  /** Bearer header for a token. */
  auth(token: string): { Authorization: string };
  close(): Promise<void>;
}

/** The real app against this file's own database and Redis prefix. */
export async function createTestApp(
  overrides: Record<string, string> = {},
  logSink?: DestinationStream,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig({ DATABASE_URL: database.url, ...overrides });
  const app = await createApp(config, createLogger(config.LOG_LEVEL, logSink));
  await app.init();
  await app.get(UsersService).ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  const db = app.get<DataSource>(getDataSourceToken());
  const jwt = app.get(JwtService);
  let users = 0;
  const passwordHash = await hashPassword(USER_PASSWORD);
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    config,
    database,
    async user(role, municipalityCodes = []) {
      users += 1;
      const email = `${role}${users}@example.org`;
      const [{ id }] = await db.query<{ id: string }[]>(
        `INSERT INTO users (email, name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id`,
        [email, `Test ${role} ${users}`, passwordHash, role],
      );
      for (const code of municipalityCodes) {
        await db.query('INSERT INTO user_municipalities (user_id, municipality_code) VALUES ($1, $2)', [id, code]);
      }
      const token = await jwt.signAsync({ sub: id, role, ver: 0 }, { expiresIn: 900 });
      return { id, token, email };
    },
    setNow(instant) {
      const at = new Date(instant);
      app.get(Clock).now = () => new Date(at);
    },
    auth: (token) => ({ Authorization: `Bearer ${token}` }),
    async close() {
      await app.close();
      const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
      const keys = await redis.keys(`${config.REDIS_PREFIX}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await database.drop();
    },
  };
}

/** Row counts of every table, to show that a refused request changed nothing. */
export async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(n);
  }
  return counts;
}

/** A checksum of every row of the tables, to show that a refused change changed nothing at all. */
export async function snapshot(db: DataSource): Promise<string> {
  const tables = await db.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const [{ h }] = await db.query<{ h: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${table_name}" t`,
    );
    parts.push(`${table_name}:${h ?? 'empty'}`);
  }
  return parts.join('\n');
}
