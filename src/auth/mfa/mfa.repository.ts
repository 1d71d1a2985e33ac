import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A user's second factor as stored. */
export interface StoredFactor {
  secretCiphertext: Buffer;
  confirmedAt: Date | null;
  lastTimeStep: number | null;
}

/** The statements of second factors, on one connection or inside one transaction. */
export class MfaStore {
  constructor(protected readonly db: EntityManager) {}

  async find(userId: string): Promise<StoredFactor | null> {
    const rows = await this.db.query<
      { secretCiphertext: Buffer; confirmedAt: Date | null; lastTimeStep: string | null }[]
    >(
      `SELECT secret_ciphertext AS "secretCiphertext", confirmed_at AS "confirmedAt", last_time_step AS "lastTimeStep"
         FROM user_second_factors WHERE user_id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return { ...row, lastTimeStep: row.lastTimeStep === null ? null : Number(row.lastTimeStep) };
  }

  /** Starts (or starts over) an enrolment; never replaces a confirmed factor. True when stored. */
  async startEnrolment(userId: string, secretCiphertext: Buffer, now: Date): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO user_second_factors (user_id, secret_ciphertext, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET secret_ciphertext = $2, created_at = $3, last_time_step = NULL
        WHERE user_second_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, secretCiphertext, now],
    );
    return rows.length === 1;
  }

  /**
   * Takes a TOTP time step for the user if it is later than every one taken before: false when it
   * was taken already (a code used twice), settled by the row so two requests cannot both win.
   */
  async takeTimeStep(userId: string, timeStep: number): Promise<boolean> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `UPDATE user_second_factors SET last_time_step = $2
        WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2)`,
      [userId, timeStep],
    );
    return affected === 1;
  }

  /** Confirms an enrolment in progress and stores its recovery codes' hashes. False when none was in progress. */
  async confirm(userId: string, codeHashes: string[], now: Date): Promise<boolean> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `UPDATE user_second_factors SET confirmed_at = $2 WHERE user_id = $1 AND confirmed_at IS NULL`,
      [userId, now],
    );
    if (affected !== 1) return false;
    await this.db.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
    await this.db.query(
      `INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at) SELECT $1, h, $3 FROM unnest($2::text[]) AS h`,
      [userId, codeHashes, now],
    );
    return true;
  }

  unusedRecoveryCodes(userId: string): Promise<{ id: string; codeHash: string }[]> {
    return this.db.query(
      `SELECT id, code_hash AS "codeHash" FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL ORDER BY id`,
      [userId],
    );
  }

  /** Marks a recovery code used; false when it was used already (by a request that won the race). */
  async useRecoveryCode(id: string, now: Date): Promise<boolean> {
    const [, affected] = await this.db.query<[unknown, number]>(
      `UPDATE mfa_recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL`,
      [id, now],
    );
    return affected === 1;
  }

  /** Removes the user's second factor and recovery codes. */
  async remove(userId: string): Promise<void> {
    await this.db.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
    await this.db.query('DELETE FROM user_second_factors WHERE user_id = $1', [userId]);
  }
}

@Injectable()
export class MfaRepository extends MfaStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super(dataSource.manager);
  }

  transaction<T>(work: (store: MfaStore) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new MfaStore(manager)));
  }
}
