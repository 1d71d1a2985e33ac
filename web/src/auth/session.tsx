import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { components } from '../api/schema.js';
import { useI18n } from '../i18n/i18n.js';
import { isLanguage } from '../i18n/languages.js';
import { onSessionEnded, refreshSession, setAccessToken, type Session, type SessionUser } from './token.js';

/** What a password login asks for next, when a second factor must follow (or be set up). */
export type MfaChallenge = components['schemas']['MfaChallengeResponse'];
export type LoginResult = 'ok' | 'wrong' | 'too_many' | 'failed' | { challenge: MfaChallenge };
/**
 * The second step: 'ok' (the session is open), or the session not yet opened because the login
 * set up a second factor and its recovery codes are to be shown first; or why it failed.
 */
export type MfaResult =
  'ok' | { recoveryCodes: string[]; session: Session } | 'wrong' | 'expired' | 'too_many' | 'failed';

interface SessionState {
  /** undefined while the console asks whether a session is open. */
  user: SessionUser | null | undefined;
  /** True once a session this console had open has ended (not after a logout). */
  ended: boolean;
  login: (email: string, password: string) => Promise<LoginResult>;
  completeMfa: (mfaToken: string, code: string) => Promise<MfaResult>;
  /** Opens a session the second step answered with (after its recovery codes were shown). */
  openSession: (session: Session) => void;
  logout: () => Promise<void>;
  setUser: (user: SessionUser) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<SessionUser | null | undefined>(undefined);
  const [ended, setEnded] = useState(false);
  const { adoptDefault } = useI18n();
  const queryClient = useQueryClient();

  const open = useCallback(
    (session: Session) => {
      setAccessToken(session.accessToken);
      setUserState(session.user);
      setEnded(false);
      // The person's own language is the default; a language chosen in this browser (on the login
      // page, say) is an explicit choice and stays.
      if (isLanguage(session.user.preferredLanguage)) adoptDefault(session.user.preferredLanguage);
    },
    [adoptDefault],
  );

  useEffect(() => {
    let live = true;
    void refreshSession().then((session) => {
      if (!live) return;
      if (session) open(session);
      else setUserState(null);
    });
    return () => {
      live = false;
    };
  }, [open]);

  useEffect(
    () =>
      onSessionEnded(() => {
        setUserState(null);
        setEnded(true);
        queryClient.clear();
      }),
    [queryClient],
  );

  const login = useCallback(
    async (email: string, password: string): Promise<LoginResult> => {
      const response = await fetch('/api/v1/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (response.status === 401) return 'wrong';
      if (response.status === 429) return 'too_many';
      if (!response.ok) return 'failed';
      const body = (await response.json()) as Session | MfaChallenge;
      if ('mfaRequired' in body) return { challenge: body };
      queryClient.clear();
      open(body);
      return 'ok';
    },
    [open, queryClient],
  );

  const completeMfa = useCallback(
    async (mfaToken: string, code: string): Promise<MfaResult> => {
      const response = await fetch('/api/v1/auth/mfa', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ mfaToken, code }),
      }).catch(() => null);
      if (!response) return 'failed';
      if (response.status === 429) return 'too_many';
      if (response.status === 400) return 'wrong';
      if (response.status === 401) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { code?: string }[] };
        return body.errors?.some((e) => e.code === 'mfa_token_invalid') ? 'expired' : 'wrong';
      }
      if (!response.ok) return 'failed';
      const body = (await response.json()) as components['schemas']['MfaLoginResponse'];
      const session: Session = { accessToken: body.accessToken, user: body.user };
      if (body.recoveryCodes?.length) return { recoveryCodes: body.recoveryCodes, session };
      queryClient.clear();
      open(session);
      return 'ok';
    },
    [open, queryClient],
  );

  const openSession = useCallback(
    (session: Session) => {
      queryClient.clear();
      open(session);
    },
    [open, queryClient],
  );

  const logout = useCallback(async () => {
    await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
    setAccessToken(null);
    queryClient.clear();
    setEnded(false);
    setUserState(null);
  }, [queryClient]);

  const value = useMemo<SessionState>(
    () => ({ user, ended, login, completeMfa, openSession, logout, setUser: setUserState }),
    [user, ended, login, completeMfa, openSession, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The logged-in user; only inside the routes that require a session. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a session');
  return user;
}
