import 'reflect-metadata';
import { startApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { describeStartError } from './start-errors.js';

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

void main();
