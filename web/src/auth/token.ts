import type { components } from '../api/schema.js';

export type SessionUser = components['schemas']['UserResponse'];
export interface Session {
  accessToken: string;
  user: SessionUser;
}

/*
 * The access token lives in this module's memory only (never in storage a script could read
 * later); the HttpOnly session cookie renews it. One refresh at a time: a rotated cookie used
 * twice would end the session, so concurrent 401s share the same refresh.
 */
let accessToken: string | null = null;
let inFlight: Promise<Session | null> | null = null;
const endedListeners = new Set<() => void>();

export function currentAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/**
 * Tabs of one browser share the cookie: two refreshing at once would present the same value twice,
 * which the service takes for a stolen cookie and ends the session. A Web Lock lets one tab at a
 * time refresh; the next one sends the cookie the first one received.
 */
function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('mentornett-session-refresh', work) : work();
}

export function refreshSession(): Promise<Session | null> {
  inFlight ??= (async () => {
    try {
      const response = await oneTabAtATime(() =>
        fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' }),
      );
      if (!response.ok) {
        accessToken = null;
        return null;
      }
      const session = (await response.json()) as Session;
      accessToken = session.accessToken;
      return session;
    } catch {
      return null;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** Tells the console the session is over, so it sends the person to the login page. */
export function sessionEnded(): void {
  accessToken = null;
  for (const listener of endedListeners) listener();
}

export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}
