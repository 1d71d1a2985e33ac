import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';

/**
 * A user's TOTP second factor. The secret is kept encrypted (AES-256-GCM under a key derived from
 * JWT_SECRET, see totp-secret-box.ts), so a copy of the database alone cannot mint codes. Until
 * `confirmedAt` the factor is an enrolment in progress and asks for nothing at login.
 */
@Entity({ name: 'user_second_factors' })
export class UserSecondFactor {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** IV, GCM tag and ciphertext of the Base32 secret. */
  @Column({ name: 'secret_ciphertext', type: 'bytea' })
  secretCiphertext!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The last TOTP time step accepted: a code of this step or an earlier one is never taken again. */
  @Column({ name: 'last_time_step', type: 'bigint', nullable: true })
  lastTimeStep!: string | null;
}

/** One of the ten recovery codes handed out when a second factor is confirmed; argon2id-hashed, good once. */
@Entity({ name: 'mfa_recovery_codes' })
@Index('mfa_recovery_codes_user_idx', ['userId'])
@Check('mfa_recovery_codes_used_check', `"used_at" IS NULL OR "used_at" >= "created_at"`)
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
