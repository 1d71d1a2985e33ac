import 'reflect-metadata';
import { startApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  try {
    const { app, logger, url } = await startApp(config);
    logger.info({ url: `${url}/api/v1`, docs: `${url}/docs` }, 'mentornett is listening');
    // On SIGTERM/SIGINT: stop taking requests, let what is in flight finish, close connections, exit 0.
    const stop = (signal: string) => {
      logger.info({ signal }, 'Shutting down');
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
    console.error(`mentornett could not start: ${describeStartError(error)}`);
    process.exit(1);
  }
}

/** One line a person can act on, without secrets from connection strings. */
export function describeStartError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') return 'PostgreSQL is not reachable at DATABASE_URL';
  if (e.code === '3D000') return 'the database named in DATABASE_URL does not exist';
  if (e.code === '28P01' || e.code === '28000') return 'PostgreSQL refused the credentials in DATABASE_URL';
  return (e.message ?? String(error)).split('\n')[0];
}

void main();
