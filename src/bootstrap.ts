import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import type { AppConfig } from './config/app-config.js';
import { runMigrations } from './database/migrate.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { UsersService } from './users/users.service.js';

export interface StartedApp {
  app: NestExpressApplication;
  logger: Logger;
  url: string;
}

/** Migrates, builds the app, ensures the first admin and starts listening. */
export async function startApp(
  config: AppConfig,
  options: { port?: number; logger?: Logger } = {},
): Promise<StartedApp> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const applied = await runMigrations(config.DATABASE_URL);
  if (applied.length) logger.info({ migrations: applied }, 'Applied migrations');
  const app = await createApp(config, logger);
  await app.get(UsersService).ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  await app.listen(options.port ?? config.PORT, config.HOST);
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
