import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';
import { currentAccessToken, refreshSession, sessionEnded } from '../auth/token.js';

export type Schemas = components['schemas'];

/** Where a refresh cannot help: the session's own endpoints answer 401 themselves. */
const SESSION_PATHS = ['/api/v1/auth/login', '/api/v1/auth/mfa', '/api/v1/auth/refresh', '/api/v1/auth/logout'];

/**
 * Every call carries the in-memory access token. A 401 means the token expired or was revoked:
 * the session cookie renews it once and the call is sent again; if the session is over too, the
 * console goes to the login page and comes back afterwards.
 */
export async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(withToken(request, currentAccessToken()));
  const path = new URL(request.url).pathname;
  if (response.status !== 401 || SESSION_PATHS.includes(path)) return response;
  const session = await refreshSession();
  if (!session) {
    sessionEnded();
    return response;
  }
  return fetch(withToken(retry, session.accessToken));
}

function withToken(request: Request, token: string | null): Request {
  if (!token) return request;
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

export const api = createClient<paths>({ baseUrl: '', fetch: authorisedFetch, credentials: 'same-origin' });

/** An error body of the API: `message` is one sentence or one per field; `errors` names each field's rule. */
export interface ApiError {
  statusCode: number;
  message: string | string[];
  error?: string;
  requestId?: string;
  errors?: { field: string; code: string; params?: Record<string, unknown>; message: string }[];
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(Array.isArray(body.message) ? body.message.join('; ') : body.message);
  }
}

/** The data of an openapi-fetch result, or an ApiFailure thrown for TanStack Query to hold. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body =
      typeof result.error === 'object' && result.error !== null
        ? (result.error as ApiError)
        : {
            statusCode: result.response.status,
            message: typeof result.error === 'string' ? result.error : result.response.statusText,
          };
    throw new ApiFailure(result.response.status, body);
  }
  return result.data as T;
}
