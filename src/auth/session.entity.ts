import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

export const SESSION_END_REASONS = [
  'logout',
  'idle',
  'expired',
  /** A rotated cookie value came back: someone holds a copy of it, so nobody keeps the session. */
  'token_reused',
  'password_changed',
  /** The user's role or municipalities changed, or they were disabled, after the session opened. */
  'user_changed',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * A console login: the browser holds an opaque random value in the mentornett_session cookie,
 * the database only its SHA-256 hash. Every refresh replaces the value; the ones replaced are
 * kept (RotatedSessionToken) so that one coming back is recognised as a copy and ends the session.
 */
@Entity({ name: 'sessions' })
@Index('sessions_user_idx', ['userId'])
@Check('sessions_end_check', `("ended_at" IS NULL) = ("end_reason" IS NULL)`)
@Check('sessions_deadline_check', `"expires_at" > "created_at"`)
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 of the cookie's current value. */
  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash!: Buffer;

  /** The user's token version when the session opened; the session is dead once the user's differs. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion!: number;

  /** The login, by the app's clock. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The last login or refresh. */
  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt!: Date;

  /** Ends here unless refreshed before: the last refresh + SESSION_IDLE_MINUTES. */
  @Column({ name: 'idle_expires_at', type: 'timestamptz' })
  idleExpiresAt!: Date;

  /** Ends here whatever happens: the login + SESSION_MAX_HOURS. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({
    name: 'end_reason',
    type: 'enum',
    enum: SESSION_END_REASONS,
    enumName: 'session_end_reason',
    nullable: true,
  })
  endReason!: SessionEndReason | null;
}

/** A cookie value a refresh replaced: presented again, it ends its session. */
@Entity({ name: 'rotated_session_tokens' })
@Index('rotated_session_tokens_session_idx', ['sessionId'])
export class RotatedSessionToken {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<Session>;

  @Column({ name: 'rotated_at', type: 'timestamptz' })
  rotatedAt!: Date;
}
