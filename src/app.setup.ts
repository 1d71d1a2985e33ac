import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import compression from 'compression';
import { constants as zlibConstants } from 'node:zlib';
import { bodyParsers } from './common/body-parsers.js';
import { mountConsole } from './console/console.js';
import { securityHeaders } from './common/security-headers.js';
import { createValidationPipe } from './common/validation.js';
import { requestContext } from './common/request-context.js';
import type { AppConfig } from './config/app-config.js';
import { createHttpLogger } from './logging/logger.js';
import { mountQueueDashboard } from './queues/queue-dashboard.js';

export const API_PREFIX = 'api/v1';

/** Everything about the HTTP app besides its modules; shared by main, the demo and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // Express hashes every answer for an ETag, which no client can use: the API's answers are
  // no-store, and the console's files carry their own (serve-static). On a list of 10,000 pairs
  // (6 MB) the hash alone took about 10 ms.
  app.set('etag', false);
  for (const handler of securityHeaders(config, `/${API_PREFIX}/admin/queues`)) app.use(handler);
  if (config.CORS_ORIGINS.length > 0) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  // Level 1, as nginx gzips by default: JSON shrinks to an eighth at a third of the default level's
  // time (a list of 10,000 pairs: 1.2 MB in 43 ms, where level 6 takes 82 ms for 1.0 MB). Browsers
  // ask for brotli first; at quality 1 it makes that list 1.0 MB in 16 ms, unzipped in 9 ms (gzip:
  // 15 ms), where the middleware's default quality 4 takes 62 ms for 0.9 MB.
  app.use(compression({ level: 1, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } } }));
  app.use(createHttpLogger(logger));
  mountConsole(app, config, logger);
  for (const parser of bodyParsers()) app.use(parser);
  app.use(requestContext());
  mountQueueDashboard(app, `/${API_PREFIX}/admin/queues`);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  if (config.API_DOCS) {
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApiConfig()), {
      jsonDocumentUrl: 'docs/openapi.json',
    });
  }
}

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('mentornett')
    .setDescription(
      'Mentor programmes for newcomers to Norwegian municipalities. Every path is under /api/v1. ' +
        'Log in with POST /api/v1/auth/login and send the token as "Authorization: Bearer <token>".',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
}
