import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionEndReason } from './session.entity.js';
import type { SessionState } from './session-rules.js';

/** A session found by its cookie's current value, locked for the rest of the transaction. */
export interface LockedSession extends SessionState {
  id: string;
  userId: string;
}

interface LockedRow {
  id: string;
  userId: string;
  endedAt: Date | null;
  idleExpiresAt: Date;
  expiresAt: Date;
  tokenVersion: number;
  userTokenVersion: number;
  disabled: boolean;
}

/** The statements of the sessions, on one connection or inside one transaction. */
export class SessionStore {
  constructor(protected readonly db: EntityManager) {}

  /**
   * Opens a session for a user whose password was just checked, if they are still as checked:
   * the same password hash, not disabled. A password change or a disabling committed between the
   * check and this insert opens nothing. Answers the session and the token version it opened at.
   */
  async open(session: {
    userId: string;
    checkedPasswordHash: string;
    tokenHash: Buffer;
    now: Date;
    idleExpiresAt: Date;
    expiresAt: Date;
  }): Promise<{ id: string; tokenVersion: number } | null> {
    const rows = await this.db.query<{ id: string; tokenVersion: number }[]>(
      `INSERT INTO sessions (user_id, token_hash, token_version, created_at, refreshed_at, idle_expires_at, expires_at)
       SELECT u.id, $3, u.token_version, $4, $4, $5, $6 FROM users u
        WHERE u.id = $1 AND u.password_hash = $2 AND NOT u.disabled
       RETURNING id, token_version AS "tokenVersion"`,
      [
        session.userId,
        session.checkedPasswordHash,
        session.tokenHash,
        session.now,
        session.idleExpiresAt,
        session.expiresAt,
      ],
    );
    return rows[0] ?? null;
  }

  /** Forgets the user's sessions past their absolute deadline, and the values they rotated. */
  async deleteExpired(userId: string, now: Date): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [userId, now]);
  }

  /**
   * The session whose cookie value is current, with its user's state, locked until the
   * transaction ends. A second refresh with the same value waits here for the first, then finds
   * the value no longer current (PostgreSQL reads the row again once the lock is free).
   */
  async lockCurrent(tokenHash: Buffer): Promise<LockedSession | null> {
    const rows = await this.db.query<LockedRow[]>(
      `SELECT s.id, s.user_id AS "userId", s.ended_at AS "endedAt", s.idle_expires_at AS "idleExpiresAt",
              s.expires_at AS "expiresAt", s.token_version AS "tokenVersion",
              u.token_version AS "userTokenVersion", u.disabled
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1
          FOR UPDATE OF s`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      userId: row.userId,
      endedAt: row.endedAt,
      idleExpiresAt: row.idleExpiresAt,
      expiresAt: row.expiresAt,
      tokenVersion: row.tokenVersion,
      user: { tokenVersion: row.userTokenVersion, disabled: row.disabled },
    };
  }

  /** The session a refresh took this value from, if one did. */
  async findRotated(tokenHash: Buffer): Promise<string | null> {
    const rows = await this.db.query<{ sessionId: string }[]>(
      'SELECT session_id AS "sessionId" FROM rotated_session_tokens WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0]?.sessionId ?? null;
  }

  /** Gives the session a new cookie value, keeping the old one to recognise it if it comes back. */
  async rotate(id: string, oldHash: Buffer, newHash: Buffer, now: Date, idleExpiresAt: Date): Promise<void> {
    await this.db.query('INSERT INTO rotated_session_tokens (token_hash, session_id, rotated_at) VALUES ($1, $2, $3)', [
      oldHash,
      id,
      now,
    ]);
    await this.db.query('UPDATE sessions SET token_hash = $2, refreshed_at = $3, idle_expires_at = $4 WHERE id = $1', [
      id,
      newHash,
      now,
      idleExpiresAt,
    ]);
  }

  /** Ends a session unless it has ended already (the first reason stays). */
  async end(id: string, now: Date, reason: SessionEndReason): Promise<void> {
    await this.db.query('UPDATE sessions SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL', [
      id,
      now,
      reason,
    ]);
  }

  /** Ends the session this cookie value is the current or a rotated value of. */
  async endByToken(tokenHash: Buffer, now: Date, reason: SessionEndReason): Promise<void> {
    await this.db.query(
      `UPDATE sessions SET ended_at = $2, end_reason = $3
        WHERE ended_at IS NULL
          AND (token_hash = $1 OR id = (SELECT session_id FROM rotated_session_tokens WHERE token_hash = $1))`,
      [tokenHash, now, reason],
    );
  }

  /**
   * Sets the user's new password hash and ends every other session of theirs, in one statement:
   * no session opened with the old password outlives the change. The sessions kept are the one
   * whose cookie value came with the request and the one the caller's access token belongs to.
   */
  async replacePassword(change: {
    userId: string;
    passwordHash: string;
    keepTokenHash: Buffer | null;
    keepSessionId: string | null;
    now: Date;
  }): Promise<void> {
    await this.db.query(
      `WITH changed AS (UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING id)
       UPDATE sessions s SET ended_at = $5, end_reason = 'password_changed'
        WHERE s.user_id IN (SELECT id FROM changed) AND s.ended_at IS NULL
          AND s.token_hash IS DISTINCT FROM $3::bytea AND s.id IS DISTINCT FROM $4::uuid`,
      [change.userId, change.passwordHash, change.keepTokenHash, change.keepSessionId, change.now],
    );
  }
}

/** The sessions' repository; `transaction` hands its work a store bound to one transaction. */
@Injectable()
export class SessionsRepository extends SessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super(dataSource.manager);
  }

  transaction<T>(work: (store: SessionStore) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new SessionStore(manager)));
  }
}
