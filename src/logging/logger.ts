import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

/**
 * Structured JSON logs. Personal data stays out: requests are logged by method, path and status
 * only (no headers, no bodies, no query strings), signed-link tokens are cut from paths, and
 * log calls pass ids, never names, emails or tokens.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'mentornett' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['*.email', '*.password', '*.token', '*.accessToken', '*.name', 'req.headers'], remove: true },
    },
    destination,
  );
}

/** A path fit for the log: no query string, and no token of a signed meeting or survey link. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return path.replace(/(\/(?:log|survey)\/)[^/]+/, '$1[token]');
}

/**
 * An error as it may be logged: its kind, code and stack, but not what database errors carry
 * besides (the query's parameters, the offending row's values), where personal data would leak.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const isDatabase =
    error.constructor.name === 'QueryFailedError' || typeof (error as { severity?: unknown }).severity === 'string';
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  return {
    type: error.constructor.name,
    code: typeof code === 'string' ? code : undefined,
    message: isDatabase ? `database error ${String(code)}` : error.message,
    stack: frames,
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    quietReqLogger: true,
  });
}

/** Nest's own log lines (start-up, the exception filter) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  /** Nest passes (message, context) or (message, text or stack, context). */
  error(message: unknown, stackOrContext?: string, context?: string): void {
    if (context === undefined) this.write('error', message, stackOrContext);
    else this.write('error', message, context, stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace',
    message: unknown,
    context?: string,
    text?: string,
  ): void {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message }, text);
    else this.logger[level]({ context }, String(message));
  }
}
