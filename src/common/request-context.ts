import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Carries the request id the HTTP logger gave the request (X-Request-Id) to code deep in a
 * service, such as the audit log, without passing it through every call. Mounted after the body
 * parsers: their stream callbacks would lose the context.
 */
export function requestContext() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const id = (req as Request & { id?: unknown }).id;
    storage.run({ requestId: typeof id === 'string' || typeof id === 'number' ? String(id) : '' }, next);
  };
}

/** The id of the request being served; null outside a request (a job, a start-up task). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId || null;
}
