import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import { FakeTransactions, type FakeOf } from '../../test/support/fake-tx.js';
import { refusal } from '../../test/support/refusal.js';
import { UnknownMunicipalitiesError } from '../municipalities/municipalities.errors.js';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { User, type Role } from './user.entity.js';
import { CoordinatorWithoutMunicipalitiesError, LastAdminError } from './users.errors.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

const ADMIN: Actor = { id: 'admin-1', role: 'admin', municipalityCodes: [] };
const KNOWN_MUNICIPALITIES = ['1866', '1870', '1871'];

function user(id: string, role: Role, codes: string[] = [], disabled = false): User {
  return Object.assign(new User(), {
    id,
    email: `${id}@example.org`,
    name: `User ${id}`,
    role,
    disabled,
    tokenVersion: 1,
    municipalities: codes.map((code) => Object.assign(new Municipality(), { code })),
  });
}

/** The accounts in memory; a token version raised as the real update raises it. */
class FakeUsers implements FakeOf<
  UsersRepository,
  'takeAdminSetLock' | 'lockForUpdate' | 'getById' | 'countOtherEnabledAdmins' | 'update' | 'changeMunicipalities'
> {
  readonly writes: string[] = [];
  adminSetLocks = 0;

  constructor(private readonly rows: User[]) {}

  takeAdminSetLock(): Promise<void> {
    this.adminSetLocks += 1;
    return Promise.resolve();
  }

  lockForUpdate(id: string): Promise<boolean> {
    return Promise.resolve(this.rows.some((u) => u.id === id));
  }

  getById(id: string): Promise<User> {
    const found = this.rows.find((u) => u.id === id);
    if (!found) return Promise.reject(new Error(`no user ${id}`));
    return Promise.resolve(found);
  }

  countOtherEnabledAdmins(id: string): Promise<number> {
    return Promise.resolve(this.rows.filter((u) => u.role === 'admin' && !u.disabled && u.id !== id).length);
  }

  async update(id: string, change: { name: string; role: Role; disabled: boolean }, revokes: boolean): Promise<void> {
    this.writes.push(`update ${id}`);
    const found = await this.getById(id);
    Object.assign(found, change);
    if (revokes) found.tokenVersion += 1;
  }

  async changeMunicipalities(id: string, add: string[], remove: string[]): Promise<void> {
    this.writes.push(`municipalities ${id} +${add.join(',')} -${remove.join(',')}`);
    const found = await this.getById(id);
    found.municipalities = [
      ...found.municipalities.filter((m) => !remove.includes(m.code)),
      ...add.map((code) => Object.assign(new Municipality(), { code })),
    ];
  }
}

class FakeMunicipalities implements FakeOf<MunicipalitiesRepository, 'findByCodes'> {
  findByCodes(codes: string[]): Promise<Municipality[]> {
    return Promise.resolve(
      codes.filter((c) => KNOWN_MUNICIPALITIES.includes(c)).map((code) => Object.assign(new Municipality(), { code })),
    );
  }
}

class FakeAudit implements Pick<AuditService, 'record'> {
  readonly actions: string[] = [];

  record(_actor: unknown, action: string): Promise<void> {
    this.actions.push(action);
    return Promise.resolve();
  }
}

function setUp(rows: User[]) {
  const users = new FakeUsers(rows);
  const audit = new FakeAudit();
  const transactions = new FakeTransactions()
    .with(UsersRepository, users)
    .with(MunicipalitiesRepository, new FakeMunicipalities());
  const service = new UsersService(
    users as unknown as UsersRepository,
    transactions.asTransactions(),
    audit as unknown as AuditService,
  );
  return { service, users, audit };
}

describe('UsersService.update: a change of what a user may do ends their tokens and sessions', () => {
  it.each([
    ['a new role', { role: 'lead' as const }],
    ['other municipalities', { municipalityCodes: ['1866'] }],
    ['disabling', { disabled: true }],
  ])('raises the token version for %s', async (_what, dto) => {
    const { service, audit } = setUp([user('admin-1', 'admin'), user('c-1', 'coordinator', ['1870'])]);
    const changed = await service.update(ADMIN, 'c-1', dto);
    expect(changed.tokenVersion).toBe(2);
    expect(audit.actions).toEqual(['user.update']);
  });

  it('keeps the tokens for a new name, and for the same municipalities in another order', async () => {
    const { service } = setUp([user('admin-1', 'admin'), user('c-1', 'coordinator', ['1866', '1870'])]);
    expect((await service.update(ADMIN, 'c-1', { name: 'Kari Nordmann' })).tokenVersion).toBe(1);
    expect((await service.update(ADMIN, 'c-1', { municipalityCodes: ['1870', '1866'] })).tokenVersion).toBe(1);
  });

  it('re-enabling a user does not end their (already dead) tokens again', async () => {
    const { service } = setUp([user('admin-1', 'admin'), user('c-1', 'coordinator', ['1870'], true)]);
    expect((await service.update(ADMIN, 'c-1', { disabled: false })).tokenVersion).toBe(1);
  });

  it('takes the admin-set lock only for a change of role or of disabling', async () => {
    const { service, users } = setUp([user('admin-1', 'admin'), user('c-1', 'coordinator', ['1870'])]);
    await service.update(ADMIN, 'c-1', { name: 'Kari' });
    expect(users.adminSetLocks).toBe(0);
    await service.update(ADMIN, 'c-1', { disabled: true });
    expect(users.adminSetLocks).toBe(1);
  });

  it('refuses to demote or disable the last enabled admin, writing nothing', async () => {
    const { service, users } = setUp([user('admin-1', 'admin'), user('admin-2', 'admin', [], true)]);
    expect(await refusal(service.update(ADMIN, 'admin-1', { role: 'lead' }))).toBeInstanceOf(LastAdminError);
    expect(await refusal(service.update(ADMIN, 'admin-1', { disabled: true }))).toBeInstanceOf(LastAdminError);
    expect(users.writes).toEqual([]);
  });

  it('lets an admin go when another enabled admin remains', async () => {
    const { service } = setUp([user('admin-1', 'admin'), user('admin-2', 'admin')]);
    expect((await service.update(ADMIN, 'admin-1', { role: 'lead' })).role).toBe('lead');
  });

  it('refuses a coordinator without municipalities and municipalities that do not exist, writing nothing', async () => {
    const { service, users } = setUp([user('admin-1', 'admin'), user('l-1', 'lead')]);
    expect(await refusal(service.update(ADMIN, 'l-1', { role: 'coordinator' }))).toBeInstanceOf(
      CoordinatorWithoutMunicipalitiesError,
    );
    const unknown = await refusal(service.update(ADMIN, 'l-1', { role: 'coordinator', municipalityCodes: ['9999'] }));
    expect(unknown).toBeInstanceOf(UnknownMunicipalitiesError);
    expect(users.writes).toEqual([]);
  });

  it('answers NotFound for a user that does not exist', async () => {
    const { service } = setUp([user('admin-1', 'admin')]);
    expect(await refusal(service.update(ADMIN, 'nobody', { name: 'X' }))).toBeInstanceOf(NotFoundError);
  });
});
