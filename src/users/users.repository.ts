import type { Actor } from '../common/access/actor.js';
import { DomainRepository } from '../database/transactions.js';
import { User, type Role, type UserLanguage } from './user.entity.js';

/** Any fixed number: taken by every change of a role or of disabling, one at a time (see UsersService.update). */
export const ADMIN_SET_LOCK = 7_135_552;

/** The accounts and the municipalities their holders hold. */
export class UsersRepository extends DomainRepository {
  /**
   * The enabled user behind a token with the municipalities they hold, in one query; null when the
   * user is gone or disabled, when the token's version is not the user's, or when the session has
   * ended. Without `token` only the user's own state counts.
   */
  async findActor(id: string, token?: { version: number; sessionId: string | null }): Promise<Actor | null> {
    const rows = await this.manager.query<{ id: string; role: Actor['role']; codes: string[] }[]>(
      `SELECT u.id, u.role, COALESCE(array_agg(um.municipality_code ORDER BY um.municipality_code)
                FILTER (WHERE um.municipality_code IS NOT NULL), '{}') AS codes
         FROM users u LEFT JOIN user_municipalities um ON um.user_id = u.id
        WHERE u.id = $1 AND NOT u.disabled
          AND ($2::int IS NULL OR u.token_version = $2)
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM sessions s WHERE s.id = $3 AND s.user_id = u.id AND s.ended_at IS NULL))
        GROUP BY u.id`,
      [id, token?.version ?? null, token?.sessionId ?? null],
    );
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, role: row.role, municipalityCodes: row.codes };
  }

  findById(id: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { id }, relations: { municipalities: true } });
  }

  /** An account by id (one the caller has found or made already). */
  getById(id: string): Promise<User> {
    return this.manager.findOneOrFail(User, { where: { id }, relations: { municipalities: true } });
  }

  /** The account of this email, as stored (trimmed, lower case). */
  findByEmail(email: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { email }, relations: { municipalities: true } });
  }

  findAll(): Promise<User[]> {
    return this.manager.find(User, { relations: { municipalities: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countAdmins(): Promise<number> {
    return this.manager.countBy(User, { role: 'admin' });
  }

  /** Inserts the account unless its email is taken; answers its id, or undefined when taken. */
  async insertIfNew(user: {
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    preferredLanguage?: UserLanguage;
  }): Promise<string | undefined> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(user)
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id;
  }

  /** Serialises every change of a role or of disabling until the transaction ends. */
  async takeAdminSetLock(): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_SET_LOCK]);
  }

  /** Takes the user's row for update until the transaction ends; false when there is no such user. */
  async lockForUpdate(id: string): Promise<boolean> {
    const locked = await this.manager.query<{ id: string }[]>('SELECT id FROM users WHERE id = $1 FOR UPDATE', [id]);
    return locked.length > 0;
  }

  /** How many enabled admins there are besides this user. */
  async countOtherEnabledAdmins(id: string): Promise<number> {
    const [{ others }] = await this.manager.query<{ others: number }[]>(
      `SELECT count(*)::int AS others FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1`,
      [id],
    );
    return others;
  }

  /**
   * Writes the account's name, role and disabling; `revokes` raises its token version, so every
   * token and session issued before is dead from the commit on.
   */
  async update(id: string, change: { name: string; role: Role; disabled: boolean }, revokes: boolean): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(User)
      .set({ ...change, ...(revokes ? { tokenVersion: () => 'token_version + 1' } : {}) })
      .where('id = :id', { id })
      .execute();
  }

  /** The user's own name and language. */
  async updateProfile(id: string, change: { name?: string; preferredLanguage?: UserLanguage }): Promise<void> {
    await this.manager.update(User, { id }, change);
  }

  /** Gives the user these municipalities and takes those. */
  async changeMunicipalities(id: string, add: string[], remove: string[]): Promise<void> {
    await this.manager.createQueryBuilder().relation(User, 'municipalities').of(id).addAndRemove(add, remove);
  }
}
