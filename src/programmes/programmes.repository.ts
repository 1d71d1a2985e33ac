import type { Actor } from '../common/access/actor.js';
import { scopeProgrammes } from '../common/access/scope.js';
import { NotFoundError } from '../common/errors.js';
import { DomainRepository } from '../database/transactions.js';
import { Participant } from '../participants/participant.entity.js';
import { Gathering } from './gathering.entity.js';
import { Programme } from './programme.entity.js';

/** Programmes with their municipalities, and their gatherings. */
export class ProgrammesRepository extends DomainRepository {
  /** One programme the actor sees, or NotFound (also when it lies outside a coordinator's municipalities). */
  async findVisibleById(actor: Actor, id: string): Promise<Programme> {
    const qb = this.manager
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality')
      .where('programme.id = :id', { id });
    scopeProgrammes(qb, actor, 'programme');
    const programme = await qb.getOne();
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }

  /** The programmes the actor sees, newest first. */
  findVisible(actor: Actor, page: { limit?: number; offset?: number }): Promise<Programme[]> {
    const qb = this.manager
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality');
    scopeProgrammes(qb, actor, 'programme');
    qb.orderBy('programme.startDate', 'DESC').addOrderBy('programme.id');
    if (page.offset !== undefined) qb.skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    return qb.getMany();
  }

  /**
   * Every programme running on at least one day of from..to (either may be open), and covering
   * the municipality when one is given, oldest first. No scoping.
   */
  findRunning(period: { from?: string; to?: string; municipalityCode?: string }): Promise<Programme[]> {
    const qb = this.manager
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality')
      .orderBy('programme.startDate', 'ASC')
      .addOrderBy('programme.name', 'ASC')
      .addOrderBy('programme.id', 'ASC');
    if (period.from) qb.andWhere('programme.endDate >= :from', { from: period.from });
    if (period.to) qb.andWhere('programme.startDate <= :to', { to: period.to });
    if (period.municipalityCode) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM programme_municipalities pm
           WHERE pm.programme_id = programme.id AND pm.municipality_code = :code)`,
        { code: period.municipalityCode },
      );
    }
    return qb.getMany();
  }

  /** A programme with its municipalities, by id (one the caller has found already). */
  getById(id: string): Promise<Programme> {
    return this.manager.findOneOrFail(Programme, { where: { id }, relations: { municipalities: true } });
  }

  /** Takes the programme's row for update until the transaction ends. */
  async lockForUpdate(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE', [id]);
  }

  /**
   * Share-locks the programme's row until the transaction ends: a change of its municipalities
   * (which takes the row for update) waits.
   */
  async shareLock(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR SHARE', [id]);
  }

  /** Stores a new programme with its municipalities. */
  insert(programme: Partial<Programme>): Promise<Programme> {
    return this.manager.save(this.manager.create(Programme, programme));
  }

  /** Stores the changes of a loaded programme, its municipalities included. */
  async save(programme: Programme): Promise<void> {
    await this.manager.save(programme);
  }

  /** The municipalities the programme's participants are registered in. */
  async participantMunicipalities(id: string): Promise<string[]> {
    const rows = await this.manager
      .createQueryBuilder(Participant, 'p')
      .select('DISTINCT p.municipality_code', 'code')
      .where('p.programme_id = :id', { id })
      .getRawMany<{ code: string }>();
    return rows.map((r) => r.code);
  }

  /** A gathering with its programme, or NotFound when the actor does not see the programme. */
  async findVisibleGathering(actor: Actor, id: string): Promise<{ gathering: Gathering; programme: Programme }> {
    const qb = this.manager
      .getRepository(Gathering)
      .createQueryBuilder('gathering')
      .innerJoinAndSelect('gathering.programme', 'programme')
      .where('gathering.id = :id', { id });
    scopeProgrammes(qb, actor, 'programme');
    const gathering = await qb.getOne();
    if (!gathering?.programme) throw new NotFoundError('Gathering');
    return { gathering, programme: gathering.programme };
  }

  /** The programme's gatherings, earliest first. */
  gatheringsOf(programmeId: string): Promise<Gathering[]> {
    return this.manager.getRepository(Gathering).find({
      where: { programmeId },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  /** The programme's gatherings, each taken for update until the transaction ends. */
  lockGatheringsOf(programmeId: string): Promise<Gathering[]> {
    return this.manager.find(Gathering, {
      where: { programmeId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Takes the gathering's row for update until the transaction ends. */
  async lockGathering(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM gatherings WHERE id = $1 FOR UPDATE', [id]);
  }

  getGathering(id: string): Promise<Gathering> {
    return this.manager.findOneByOrFail(Gathering, { id });
  }

  async insertGatherings(rows: Partial<Gathering>[]): Promise<void> {
    await this.manager.insert(Gathering, rows);
  }

  insertGathering(row: Partial<Gathering>): Promise<Gathering> {
    const repo = this.manager.getRepository(Gathering);
    return repo.save(repo.create(row));
  }

  /**
   * Writes these fields of the gathering; `moved` raises its sequence, so calendar invitations
   * update in place.
   */
  async updateGathering(id: string, row: Partial<Gathering>, moved: boolean): Promise<void> {
    await this.manager.update(Gathering, { id }, { ...row, ...(moved ? { sequence: () => 'sequence + 1' } : {}) });
  }

  /**
   * The attendees of the gathering among the participants `all` or these municipalities take in;
   * a mentor always counts (a coordinator sees every mentor).
   */
  async attendeesSeen(id: string, all: boolean, municipalityCodes: readonly string[]): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT p.id FROM gathering_attendance ga JOIN participants p ON p.id = ga.participant_id
        WHERE ga.gathering_id = $1 AND ($2::boolean OR p.municipality_code = ANY($3) OR p.role = 'mentor')
        ORDER BY p.id`,
      [id, all, municipalityCodes],
    );
    return rows.map((r) => r.id);
  }

  /** Of these ids, the participants of the programme in `all` or these municipalities. */
  async participantsAmong(
    programmeId: string,
    ids: string[],
    all: boolean,
    municipalityCodes: readonly string[],
  ): Promise<Set<string>> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM participants WHERE programme_id = $1 AND id = ANY($2::uuid[]) AND ($3::boolean OR municipality_code = ANY($4))`,
      [programmeId, ids, all, municipalityCodes],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Replaces the attendance of the participants in `all` or these municipalities with these ids;
   * every other municipality's rows stay as they were.
   */
  async replaceAttendance(
    id: string,
    participantIds: string[],
    all: boolean,
    municipalityCodes: readonly string[],
  ): Promise<void> {
    await this.manager.query(
      `DELETE FROM gathering_attendance ga USING participants p
        WHERE ga.gathering_id = $1 AND p.id = ga.participant_id AND ($2::boolean OR p.municipality_code = ANY($3))`,
      [id, all, municipalityCodes],
    );
    if (participantIds.length) {
      await this.manager.query(
        `INSERT INTO gathering_attendance (gathering_id, participant_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [id, participantIds],
      );
    }
  }
}
