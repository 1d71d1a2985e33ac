import { Injectable, Logger } from '@nestjs/common';
import { Tx } from '../database/transactions.js';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';
import { requireMunicipalities } from '../municipalities/municipalities.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { User, type Role, type UserLanguage } from './user.entity.js';
import {
  CoordinatorWithoutMunicipalitiesError,
  DuplicateUserEmailError,
  LastAdminError,
  MunicipalitiesOnlyForCoordinatorsError,
} from './users.errors.js';

/** Any fixed number: taken by every change of a role or of disabling, one at a time (see update). */
export const ADMIN_SET_LOCK = 7_135_552;

/** A coordinator holds at least one municipality; an admin or lead sees them all and holds none. */
function assertMunicipalitiesFitRole(role: Role, codes: readonly string[]): void {
  if (role === 'coordinator' && codes.length === 0) {
    throw new CoordinatorWithoutMunicipalitiesError();
  }
  if (role !== 'coordinator' && codes.length > 0) {
    throw new MunicipalitiesOnlyForCoordinatorsError(role);
  }
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The caller behind a token, with the municipalities they hold, in one query; null when the
   * user is gone or disabled, when the token's version is not the user's (their role or
   * municipalities changed since), or when the console session it was issued for has ended.
   * Without `token` (an admin page's Basic login) only the user's own state counts.
   */
  async findActor(id: string, token?: { version: number; sessionId: string | null }): Promise<Actor | null> {
    const rows = await this.dataSource.query<{ id: string; role: Actor['role']; codes: string[] }[]>(
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
    const actor: Actor = { id: row.id, role: row.role, municipalityCodes: row.codes };
    if (token?.sessionId) actor.sessionId = token.sessionId;
    return actor;
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id }, relations: { municipalities: true } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() }, relations: { municipalities: true } });
  }

  findAll(): Promise<User[]> {
    return this.users.find({ relations: { municipalities: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<User> {
    const codes = dto.municipalityCodes ?? [];
    assertMunicipalitiesFitRole(dto.role, codes);
    assertStrongPassword('password', dto.password, [dto.email, dto.name]);
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const municipalities = await requireMunicipalities(manager, codes);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({
          email: dto.email,
          name: dto.name,
          passwordHash,
          role: dto.role,
          preferredLanguage: dto.preferredLanguage ?? 'nb',
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new DuplicateUserEmailError();
      if (municipalities.length) {
        await manager
          .createQueryBuilder()
          .relation(User, 'municipalities')
          .of(id)
          .add(municipalities.map((m) => m.code));
      }
      await this.audit.record(actor, 'user.create', 'user', [{ id }], new Tx(manager));
      return manager.findOneOrFail(User, { where: { id }, relations: { municipalities: true } });
    });
  }

  /**
   * An admin's change of an account. A change of role or municipalities, or disabling, raises the
   * user's token version: every access token issued before it, and every session opened before
   * it, is dead from the commit on (AuthGuard and the session refresh compare versions).
   *
   * Changes of role and of disabling take one lock in turn, so two admins demoting each other at
   * once cannot both pass the check that an enabled admin remains.
   */
  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.role !== undefined || dto.disabled !== undefined) {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_SET_LOCK]);
      }
      const locked = await manager.query<{ id: string }[]>('SELECT id FROM users WHERE id = $1 FOR UPDATE', [id]);
      if (!locked.length) throw new NotFoundError('User');
      const user = await manager.findOneOrFail(User, { where: { id }, relations: { municipalities: true } });
      const before = { role: user.role, codes: user.municipalities.map((m) => m.code).sort(), disabled: user.disabled };
      const role = dto.role ?? before.role;
      // A coordinator keeps their municipalities unless given new ones; the other roles hold none.
      const codes = [...(dto.municipalityCodes ?? (role === 'coordinator' ? before.codes : []))].sort();
      const disabled = dto.disabled ?? before.disabled;
      assertMunicipalitiesFitRole(role, codes);
      const codesChanged = codes.join() !== before.codes.join();
      if (codesChanged) await requireMunicipalities(manager, codes);

      const wasEnabledAdmin = before.role === 'admin' && !before.disabled;
      if (wasEnabledAdmin && (role !== 'admin' || disabled)) {
        const [{ others }] = await manager.query<{ others: number }[]>(
          `SELECT count(*)::int AS others FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1`,
          [id],
        );
        if (others === 0) throw new LastAdminError();
      }

      const revokes = role !== before.role || codesChanged || (disabled && !before.disabled);
      await manager
        .createQueryBuilder()
        .update(User)
        .set({
          name: dto.name ?? user.name,
          role,
          disabled,
          ...(revokes ? { tokenVersion: () => 'token_version + 1' } : {}),
        })
        .where('id = :id', { id })
        .execute();
      if (codesChanged) {
        await manager
          .createQueryBuilder()
          .relation(User, 'municipalities')
          .of(id)
          .addAndRemove(
            codes.filter((c) => !before.codes.includes(c)),
            before.codes.filter((c) => !codes.includes(c)),
          );
      }
      await this.audit.record(actor, 'user.update', 'user', [{ id }], new Tx(manager));
      return manager.findOneOrFail(User, { where: { id }, relations: { municipalities: true } });
    });
  }

  /** The caller's own name and language; neither changes what they may do, so no token dies. */
  async updateProfile(id: string, change: { name?: string; preferredLanguage?: UserLanguage }): Promise<User> {
    if (change.name !== undefined || change.preferredLanguage !== undefined) {
      await this.users.update({ id }, change);
    }
    const user = await this.findById(id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /**
   * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when no admin exists yet. Safe when
   * several processes start at once: the insert ignores an existing email, and an existing
   * account's password is never overwritten from the environment.
   */
  async ensureFirstAdmin(email: string | undefined, password: string | undefined): Promise<void> {
    const admins = await this.users.countBy({ role: 'admin' });
    if (admins > 0) return;
    if (!email || !password) {
      throw new Error('No admin exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first one');
    }
    const normalised = email.trim().toLowerCase();
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ email: normalised, name: 'Administrator', passwordHash: await hashPassword(password), role: 'admin' })
      .orIgnore()
      .execute();
    const account = await this.users.findOneBy({ email: normalised });
    if (account?.role !== 'admin') {
      throw new Error(
        `ADMIN_EMAIL belongs to an account with the role ${account?.role ?? 'unknown'}; choose another email`,
      );
    }
    this.logger.log('The first admin account exists');
  }
}
