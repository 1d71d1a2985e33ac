import { fork } from 'node:child_process';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/bootstrap.js';
import { Clock } from '../src/common/clock.js';
import type { AppConfig } from '../src/config/app-config.js';
import { runMigrations } from '../src/database/migrate.js';
import { createLogger } from '../src/logging/logger.js';
import { UsersService } from '../src/users/users.service.js';
import { BENCH_ADMIN } from './cli.js';
import type { CallTimes } from './timed-client.js';

/** The app a benchmark measures, listening on a free local port, and a client of its API. */
export interface BenchApp {
  app: NestExpressApplication;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** One API call (path under /api/v1); throws on a status other than 2xx. */
  call: (
    method: string,
    path: string,
    token?: string,
    body?: object,
  ) => Promise<{ text: string; total: string | null }>;
  /** An access token for the account. */
  login: (email: string, password: string) => Promise<string>;
  /**
   * Each of `runs` GETs of a path under /api/v1 (after one to warm up), in milliseconds, timed by a
   * client in its own process (timed-client.ts), as a browser would be, asking for what a browser does: until the
   * answer's last byte arrived, and until it was unzipped and read.
   */
  timeCalls: (path: string, token: string, runs: number) => Promise<CallTimes>;
}

/** Migrates the benchmark's database, starts the app (its clock held at `now`, if given) with the bench admin. */
export async function startBenchApp(config: AppConfig, now?: Date): Promise<BenchApp> {
  await runMigrations(config.DATABASE_URL);
  const app = await createApp(config, createLogger('warn'));
  await app.init();
  if (now) app.get(Clock).now = () => now;
  await app.get(UsersService).ensureFirstAdmin(BENCH_ADMIN.email, BENCH_ADMIN.password);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const call: BenchApp['call'] = async (method, path, token, body) => {
    const res = await fetch(`${origin}/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return { text, total: res.headers.get('x-total-count') };
  };
  const login: BenchApp['login'] = async (email, password) =>
    (JSON.parse((await call('POST', '/auth/login', undefined, { email, password })).text) as { accessToken: string })
      .accessToken;
  const timeCalls: BenchApp['timeCalls'] = (path, token, runs) =>
    new Promise((resolve, reject) => {
      const client = fork(new URL('./timed-client.js', import.meta.url));
      client.once('message', (times) => resolve(times as CallTimes));
      client.once('exit', (code) => reject(new Error(`the timing client for ${path} stopped (${code})`)));
      client.send({ url: `${origin}/api/v1${path}`, token, runs });
    });
  return { app, origin, call, login, timeCalls };
}
