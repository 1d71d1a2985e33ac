import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import { hashPassword } from '../auth/passwords.js';
import { Transactions } from '../database/transactions.js';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository.js';
import { requireMunicipalities } from '../municipalities/municipalities.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { Role, User, UserLanguage } from './user.entity.js';
import {
  AdminEmailTakenError,
  CoordinatorWithoutMunicipalitiesError,
  DuplicateUserEmailError,
  FirstAdminNotConfiguredError,
  LastAdminError,
  MunicipalitiesOnlyForCoordinatorsError,
} from './users.errors.js';
import { UsersRepository } from './users.repository.js';

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
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * The caller behind a token, with the municipalities they hold, in one query; null when the
   * user is gone or disabled, when the token's version is not the user's (their role or
   * municipalities changed since), or when the console session it was issued for has ended.
   * Without `token` (an admin page's Basic login) only the user's own state counts.
   */
  async findActor(id: string, token?: { version: number; sessionId: string | null }): Promise<Actor | null> {
    const actor = await this.users.findActor(id, token);
    if (actor && token?.sessionId) actor.sessionId = token.sessionId;
    return actor;
  }

  findById(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  findAll(): Promise<User[]> {
    return this.users.findAll();
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<User> {
    const codes = dto.municipalityCodes ?? [];
    assertMunicipalitiesFitRole(dto.role, codes);
    assertStrongPassword('password', dto.password, [dto.email, dto.name]);
    const passwordHash = await hashPassword(dto.password);
    return this.transactions.run(async (tx) => {
      const users = tx.get(UsersRepository);
      const municipalities = await requireMunicipalities(tx.get(MunicipalitiesRepository), codes);
      const id = await users.insertIfNew({
        email: dto.email,
        name: dto.name,
        passwordHash,
        role: dto.role,
        preferredLanguage: dto.preferredLanguage ?? 'nb',
      });
      if (!id) throw new DuplicateUserEmailError();
      if (municipalities.length) {
        await users.changeMunicipalities(
          id,
          municipalities.map((m) => m.code),
          [],
        );
      }
      await this.audit.record(actor, 'user.create', 'user', [{ id }], tx);
      return users.getById(id);
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
    return this.transactions.run(async (tx) => {
      const users = tx.get(UsersRepository);
      if (dto.role !== undefined || dto.disabled !== undefined) await users.takeAdminSetLock();
      if (!(await users.lockForUpdate(id))) throw new NotFoundError('User');
      const user = await users.getById(id);
      const before = { role: user.role, codes: user.municipalities.map((m) => m.code).sort(), disabled: user.disabled };
      const role = dto.role ?? before.role;
      // A coordinator keeps their municipalities unless given new ones; the other roles hold none.
      const codes = [...(dto.municipalityCodes ?? (role === 'coordinator' ? before.codes : []))].sort();
      const disabled = dto.disabled ?? before.disabled;
      assertMunicipalitiesFitRole(role, codes);
      const codesChanged = codes.join() !== before.codes.join();
      if (codesChanged) await requireMunicipalities(tx.get(MunicipalitiesRepository), codes);

      const wasEnabledAdmin = before.role === 'admin' && !before.disabled;
      if (wasEnabledAdmin && (role !== 'admin' || disabled)) {
        if ((await users.countOtherEnabledAdmins(id)) === 0) throw new LastAdminError();
      }

      const revokes = role !== before.role || codesChanged || (disabled && !before.disabled);
      await users.update(id, { name: dto.name ?? user.name, role, disabled }, revokes);
      if (codesChanged) {
        await users.changeMunicipalities(
          id,
          codes.filter((c) => !before.codes.includes(c)),
          before.codes.filter((c) => !codes.includes(c)),
        );
      }
      await this.audit.record(actor, 'user.update', 'user', [{ id }], tx);
      return users.getById(id);
    });
  }

  /** The caller's own name and language; neither changes what they may do, so no token dies. */
  async updateProfile(id: string, change: { name?: string; preferredLanguage?: UserLanguage }): Promise<User> {
    if (change.name !== undefined || change.preferredLanguage !== undefined) {
      await this.users.updateProfile(id, change);
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
    const admins = await this.users.countAdmins();
    if (admins > 0) return;
    if (!email || !password) {
      throw new FirstAdminNotConfiguredError();
    }
    const normalised = email.trim().toLowerCase();
    await this.users.insertIfNew({
      email: normalised,
      name: 'Administrator',
      passwordHash: await hashPassword(password),
      role: 'admin',
    });
    const account = await this.users.findByEmail(normalised);
    if (account?.role !== 'admin') {
      throw new AdminEmailTakenError(account?.role ?? 'unknown');
    }
    this.logger.log('The first admin account exists');
  }
}
