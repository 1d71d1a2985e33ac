import 'reflect-metadata';
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
  try {
    const applied = await runMigrations(config.DATABASE_URL);
    if (applied.length) logger.info({ migrations: applied }, 'Applied migrations');
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    await app.init();
    logger.info('mentornett worker is running');
    const stop = (signal: string) => {
      logger.info({ signal }, 'Worker shutting down after the jobs in flight');
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'Shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    console.error(`mentornett worker could not start: ${describeStartError(error)}`);
    process.exit(1);
  }
}

void main();
