import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { hashPassword } from '../auth/passwords.js';
import { requireMunicipalities } from '../municipalities/municipalities.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The caller behind a token, with the municipalities they hold, in one query. */
  async findActor(id: string): Promise<Actor | null> {
    const rows = await this.dataSource.query<{ id: string; role: Actor['role']; codes: string[] }[]>(
      `SELECT u.id, u.role, COALESCE(array_agg(um.municipality_code ORDER BY um.municipality_code)
                FILTER (WHERE um.municipality_code IS NOT NULL), '{}') AS codes
         FROM users u LEFT JOIN user_municipalities um ON um.user_id = u.id
        WHERE u.id = $1 GROUP BY u.id`,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, role: row.role, municipalityCodes: row.codes } : null;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() }, relations: { municipalities: true } });
  }

  findAll(): Promise<User[]> {
    return this.users.find({ relations: { municipalities: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async create(dto: CreateUserDto): Promise<User> {
    const codes = dto.municipalityCodes ?? [];
    if (dto.role === 'coordinator' && codes.length === 0) {
      throw new InvalidInputError(['municipalityCodes must name at least one municipality for a coordinator']);
    }
    if (dto.role !== 'coordinator' && codes.length > 0) {
      throw new InvalidInputError([
        `municipalityCodes is only for coordinators; a ${dto.role} sees every municipality`,
      ]);
    }
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const municipalities = await requireMunicipalities(manager, codes);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: dto.email, name: dto.name, passwordHash, role: dto.role })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new ConflictError('A user with this email already exists');
      if (municipalities.length) {
        await manager
          .createQueryBuilder()
          .relation(User, 'municipalities')
          .of(id)
          .add(municipalities.map((m) => m.code));
      }
      return manager.findOneOrFail(User, { where: { id }, relations: { municipalities: true } });
    });
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
