import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import type { AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { UsersService } from './users/users.service.js';

/** Any fixed number: processes starting together take turns applying migrations. */
const MIGRATION_LOCK = 7_135_551;

/** Applies pending migrations, one process at a time; returns the names applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 2 } }).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

export interface StartedApp {
  app: NestExpressApplication;
  logger: Logger;
  url: string;
}

/** Migrates, builds the app, ensures the first admin and starts listening. */
export async function startApp(config: AppConfig, options: { port?: number; logger?: Logger } = {}): Promise<StartedApp> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const applied = await runMigrations(config.DATABASE_URL);
  if (applied.length) logger.info({ migrations: applied }, 'Applied migrations');
  const app = await createApp(config, logger);
  await app.get(UsersService).ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  await app.listen(options.port ?? config.PORT, '0.0.0.0');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, logger, url: `http://127.0.0.1:${port}` };
}

export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  configureApp(app, config, logger);
  return app;
}
