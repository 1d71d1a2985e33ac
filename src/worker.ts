import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { runMigrations } from './database/migrate.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { describeStartError } from './start-errors.js';

/**
 * `npm run worker`: the queues' workers without the HTTP API, so sending scales out apart from
 * serving. On SIGTERM/SIGINT the emails in flight are sent and recorded before the process ends.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = { ...loadConfig(process.env), RUN_WORKERS: true };
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  // Signals are caught from the start: the workers begin taking jobs while the context starts.
  let app: INestApplicationContext | undefined;
  let stopping: string | undefined;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    if (!app) return; // stops as soon as the context is up
    logger.info({ signal }, 'Worker shutting down after the jobs in flight');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  try {
    const applied = await runMigrations(config.DATABASE_URL);
    if (applied.length) logger.info({ migrations: applied }, 'Applied migrations');
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    await app.init();
    logger.info('mentornett worker is running');
    if (stopping) {
      const signal = stopping;
      stopping = undefined;
      stop(signal);
    }
  } catch (error) {
    console.error(`mentornett worker could not start: ${describeStartError(error)}`);
    process.exit(1);
  }
}

void main();
