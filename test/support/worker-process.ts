import { spawn, type ChildProcess } from 'node:child_process';
import type { AppConfig } from '../../src/config/app-config.js';

/*
 * `npm run worker` as operators run it: the built dist/src/worker.js in a process of its own, so a
 * test can kill it for real. `npx nest build` (npm test's pretest) must have run first.
 */
const WORKER = new URL('../../dist/src/worker.js', import.meta.url).pathname;

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<WorkerExit>;
  /** Everything it wrote so far (pino's JSON lines on stdout, then stderr), for a failing test's message. */
  output(): string;
  /** Resolves once a logged line contains `text`; rejects when the process ends first or the time runs out. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then SIGKILL when it has not ended within `graceMs`; resolves on exit (at once if it had). */
  stop(graceMs?: number): Promise<WorkerExit>;
}

/** The worker's environment: the test app's own database, Redis prefix and secrets, and the given extras. */
export function workerEnv(config: AppConfig, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: config.DATABASE_URL,
    REDIS_URL: config.REDIS_URL,
    REDIS_PREFIX: config.REDIS_PREFIX,
    SMTP_URL: config.SMTP_URL,
    MAIL_FROM: config.MAIL_FROM,
    JWT_SECRET: config.JWT_SECRET,
    LINK_SECRET: config.LINK_SECRET,
    PUBLIC_URL: config.PUBLIC_URL,
    MAIL_ATTEMPTS: String(config.MAIL_ATTEMPTS),
    MAIL_BACKOFF_MS: String(config.MAIL_BACKOFF_MS),
    SCHEDULE_SWEEPS: 'false',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [WORKER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let ended: WorkerExit | null = null;
  const exited = new Promise<WorkerExit>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = { code, signal };
      resolve(ended);
    }),
  );
  const output = () => `${stdout}${stderr ? `\n[stderr]\n${stderr}` : ''}`;
  return {
    child,
    exited,
    output,
    async waitForLog(text, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!stdout.includes(text)) {
        if (ended)
          throw new Error(`the worker ended (${JSON.stringify(ended)}) before logging "${text}":\n${output()}`);
        if (Date.now() > deadline)
          throw new Error(`the worker did not log "${text}" within ${timeoutMs} ms:\n${output()}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async stop(graceMs = 15_000) {
      if (ended) return ended;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
