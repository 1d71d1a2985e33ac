import type { SessionEndReason } from './session.entity.js';

/** SESSION_IDLE_MINUTES and SESSION_MAX_HOURS. */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

/** A session as its refresh finds it, with the user it belongs to. */
export interface SessionState {
  endedAt: Date | null;
  idleExpiresAt: Date;
  expiresAt: Date;
  /** The user's token version when the session opened. */
  tokenVersion: number;
  user: { tokenVersion: number; disabled: boolean };
}

const MINUTE_MS = 60_000;

/** The deadlines of a session opened at `now`. */
export function openingDeadlines(now: Date, policy: SessionPolicy): { idleExpiresAt: Date; expiresAt: Date } {
  return {
    idleExpiresAt: new Date(now.getTime() + policy.idleMinutes * MINUTE_MS),
    expiresAt: new Date(now.getTime() + policy.maxHours * 60 * MINUTE_MS),
  };
}

/** The idle deadline after a refresh at `now`. */
export function idleDeadlineAfterRefresh(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() + policy.idleMinutes * MINUTE_MS);
}

/**
 * Why a session may not be refreshed at `now`, or null when it may. 'ended' when it ended
 * before (its reason is on its row already); otherwise the reason to end it with now. A change of
 * the user comes first: it is the reason an admin would want to read.
 */
export function whySessionEnds(session: SessionState, now: Date): SessionEndReason | 'ended' | null {
  if (session.endedAt !== null) return 'ended';
  if (session.user.disabled || session.user.tokenVersion !== session.tokenVersion) return 'user_changed';
  if (now >= session.expiresAt) return 'expired';
  if (now >= session.idleExpiresAt) return 'idle';
  return null;
}

/** Whole seconds until the session ends unless refreshed again: what the cookie's Max-Age says. */
export function secondsLeft(deadlines: { idleExpiresAt: Date; expiresAt: Date }, now: Date): number {
  const end = Math.min(deadlines.idleExpiresAt.getTime(), deadlines.expiresAt.getTime());
  return Math.max(0, Math.floor((end - now.getTime()) / 1000));
}
