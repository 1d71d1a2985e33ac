import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { SessionEndedError } from './auth.errors.js';
import {
  idleDeadlineAfterRefresh,
  openingDeadlines,
  secondsLeft,
  whySessionEnds,
  type SessionPolicy,
} from './session-rules.js';
import { SessionsRepository } from './sessions.repository.js';

/** What the browser is to keep: the cookie's new value and how long it is good for. */
export interface SessionCookieValue {
  token: string;
  /** Seconds until the session ends unless refreshed. */
  maxAge: number;
}

/** A session just opened or refreshed, with the token version its access tokens carry. */
export interface IssuedSession {
  id: string;
  userId: string;
  tokenVersion: number;
  cookie: SessionCookieValue;
}

/** 32 random bytes: the cookie's value. The database keeps only its SHA-256. */
function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOf(token) };
}

export function hashOf(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Console sessions: opened by a login, renewed (and their cookie value replaced) by every
 * refresh, ended by logout, by time, by a change of the user, or by a replaced value coming back.
 */
@Injectable()
export class SessionsService {
  private readonly policy: SessionPolicy;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.policy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
  }

  /**
   * Opens a session for a user whose password `checkedPasswordHash` was just verified; null when
   * the user changed their password or was disabled in between.
   */
  async open(userId: string, checkedPasswordHash: string): Promise<IssuedSession | null> {
    const now = this.clock.now();
    const { token, hash } = newToken();
    const deadlines = openingDeadlines(now, this.policy);
    await this.sessions.deleteExpired(userId, now);
    const opened = await this.sessions.open({ userId, checkedPasswordHash, tokenHash: hash, now, ...deadlines });
    if (!opened) return null;
    return {
      id: opened.id,
      userId,
      tokenVersion: opened.tokenVersion,
      cookie: { token, maxAge: secondsLeft(deadlines, now) },
    };
  }

  /**
   * Replaces the cookie value of a live session and pushes its idle deadline on. A value that a
   * refresh has replaced before is a copy in someone's hands: it ends the session, so neither
   * holder keeps it. Two refreshes with the same value at once count the same way: the second
   * waits for the first's lock and then finds a replaced value (the server cannot tell a second
   * tab from a thief; the console serialises its refreshes).
   *
   * What ends the session is written even though the answer is a 401, so the ending sticks.
   */
  async refresh(token: string | null): Promise<IssuedSession> {
    if (token === null) throw new SessionEndedError();
    const now = this.clock.now();
    const presented = hashOf(token);
    const next = newToken();
    const outcome = await this.sessions.transaction(async (store) => {
      const session = await store.lockCurrent(presented);
      if (!session) {
        const copiedFrom = await store.findRotated(presented);
        if (copiedFrom) await store.end(copiedFrom, now, 'token_reused');
        return null;
      }
      const ending = whySessionEnds(session, now);
      if (ending !== null) {
        if (ending !== 'ended') await store.end(session.id, now, ending);
        return null;
      }
      const idleExpiresAt = idleDeadlineAfterRefresh(now, this.policy);
      await store.rotate(session.id, presented, next.hash, now, idleExpiresAt);
      return {
        id: session.id,
        userId: session.userId,
        tokenVersion: session.tokenVersion,
        cookie: { token: next.token, maxAge: secondsLeft({ idleExpiresAt, expiresAt: session.expiresAt }, now) },
      };
    });
    if (!outcome) throw new SessionEndedError();
    return outcome;
  }

  /** Ends the session of a cookie value (current or replaced) and the one an access token names. */
  async logout(token: string | null, sessionId: string | null): Promise<void> {
    const now = this.clock.now();
    if (token !== null) await this.sessions.endByToken(hashOf(token), now, 'logout');
    if (sessionId !== null) await this.sessions.end(sessionId, now, 'logout');
  }

  /** Sets a new password hash and ends the user's other sessions (see SessionStore.replacePassword). */
  async replacePassword(
    userId: string,
    passwordHash: string,
    current: { token: string | null; sessionId: string | null },
  ): Promise<void> {
    await this.sessions.replacePassword({
      userId,
      passwordHash,
      keepTokenHash: current.token === null ? null : hashOf(current.token),
      keepSessionId: current.sessionId,
      now: this.clock.now(),
    });
  }
}
