import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { scopeProgrammes } from '../common/access/scope.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Participant } from '../participants/participant.entity.js';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import { Gathering } from './gathering.entity.js';
import { defaultEndDate, moveToDay, planStandardGatherings, standardGatheringDay } from './gathering-schedule.js';
import { DEFAULT_RULES, mergeRules, type ProgrammeRules } from './programme-rules.js';
import { Programme } from './programme.entity.js';

@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programmes the actor sees, newest first. */
  findVisible(actor: Actor, page: { limit?: number; offset?: number } = {}): Promise<Programme[]> {
    const qb = this.dataSource
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality');
    scopeProgrammes(qb, actor, 'programme');
    qb.orderBy('programme.startDate', 'DESC').addOrderBy('programme.id');
    if (page.offset !== undefined) qb.skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    return qb.getMany();
  }

  /** One programme the actor sees, or NotFound (also when it lies outside a coordinator's municipalities). */
  async findVisibleById(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Programme> {
    const qb = manager
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality')
      .where('programme.id = :id', { id });
    scopeProgrammes(qb, actor, 'programme');
    const programme = await qb.getOne();
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }

  async create(dto: CreateProgrammeDto): Promise<Programme> {
    const endDate = dto.endDate ?? defaultEndDate(dto.startDate);
    const rules = checkedRules(mergeRules(DEFAULT_RULES, dto.rules));
    const timezone = dto.timezone ?? 'Europe/Oslo';
    checkDates(dto.startDate, endDate, dto.endDate === undefined);
    return this.dataSource.transaction(async (manager) => {
      const municipalities = await findMunicipalities(manager, dto.municipalityCodes);
      const programme = await manager.save(
        manager.create(Programme, {
          name: dto.name,
          startDate: dto.startDate,
          endDate,
          timezone,
          rules,
          municipalities,
        }),
      );
      await manager.insert(
        Gathering,
        planStandardGatherings(dto.startDate, endDate, timezone).map((g) => ({
          ...g,
          programmeId: programme.id,
          location: null,
        })),
      );
      return manager.findOneOrFail(Programme, { where: { id: programme.id }, relations: { municipalities: true } });
    });
  }

  async update(actor: Actor, id: string, dto: UpdateProgrammeDto): Promise<Programme> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE', [id]);
      const programme = await this.findVisibleById(actor, id, manager);
      const startDate = dto.startDate ?? programme.startDate;
      const endDate = dto.endDate ?? programme.endDate;
      checkDates(startDate, endDate, false);
      if (dto.municipalityCodes) {
        const municipalities = await findMunicipalities(manager, dto.municipalityCodes);
        const kept = new Set(dto.municipalityCodes);
        const stranded = await manager
          .createQueryBuilder(Participant, 'p')
          .select('DISTINCT p.municipality_code', 'code')
          .where('p.programme_id = :id', { id })
          .getRawMany<{ code: string }>();
        const lost = stranded.map((r) => r.code).filter((code) => !kept.has(code));
        if (lost.length) {
          throw new ConflictError(
            `municipalityCodes: participants are registered in ${lost.sort().join(', ')}; move them first`,
          );
        }
        programme.municipalities = municipalities;
      }
      programme.name = dto.name ?? programme.name;
      programme.timezone = dto.timezone ?? programme.timezone;
      programme.rules = checkedRules(mergeRules(programme.rules, dto.rules));
      const datesMoved = startDate !== programme.startDate || endDate !== programme.endDate;
      programme.startDate = startDate;
      programme.endDate = endDate;
      await manager.save(programme);
      if (datesMoved) await this.moveStandardGatherings(manager, programme);
      return manager.findOneOrFail(Programme, { where: { id }, relations: { municipalities: true } });
    });
  }

  /** Keeps the kickoff on the first day, the midway on the middle day and the closing on the last. */
  private async moveStandardGatherings(manager: EntityManager, programme: Programme): Promise<void> {
    const gatherings = await manager.findBy(Gathering, {
      programmeId: programme.id,
      kind: In(['kickoff', 'midway', 'closing']),
    });
    for (const g of gatherings) {
      if (g.kind === 'other') continue;
      const day = standardGatheringDay(g.kind, programme.startDate, programme.endDate);
      const moved = moveToDay(g.startsAt, g.endsAt, day, programme.timezone);
      if (moved.startsAt.getTime() === g.startsAt.getTime()) continue;
      await manager.update(Gathering, { id: g.id }, { ...moved, sequence: () => 'sequence + 1' });
    }
  }
}

function checkDates(startDate: string, endDate: string, endDefaulted: boolean): void {
  if (endDate <= startDate) {
    throw new InvalidInputError([endDefaulted ? 'startDate is invalid' : 'endDate must be after startDate']);
  }
}

function checkedRules(rules: ProgrammeRules): ProgrammeRules {
  const { profession, language, location } = rules.weights;
  if (profession + language + location <= 0) {
    throw new InvalidInputError(['rules.weights must have at least one weight above 0']);
  }
  return rules;
}

async function findMunicipalities(manager: EntityManager, codes: string[]): Promise<Municipality[]> {
  const found = await manager.findBy(Municipality, { code: In(codes) });
  const unknown = codes.filter((code) => !found.some((m) => m.code === code));
  if (unknown.length) throw new InvalidInputError([`municipalityCodes has unknown codes: ${unknown.join(', ')}`]);
  return found;
}
