import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { scopeProgrammes } from '../common/access/scope.js';
import { requireMunicipalities } from '../municipalities/municipalities.service.js';
import { Participant } from '../participants/participant.entity.js';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import { Gathering } from './gathering.entity.js';
import { defaultEndDate, moveToDay, planStandardGatherings, standardGatheringDay } from './gathering-schedule.js';
import { DEFAULT_RULES, mergeRules, type ProgrammeRules } from './programme-rules.js';
import { Programme } from './programme.entity.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { DatesOutOfOrderError, MunicipalitiesInUseError, NoPositiveWeightError } from './programmes.errors.js';

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

  /**
   * Every programme running on at least one day of from..to (either may be open), and covering
   * the municipality when one is given, oldest first. For leads and admins: no scoping.
   */
  findRunning(period: { from?: string; to?: string; municipalityCode?: string }): Promise<Programme[]> {
    const qb = this.dataSource
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

  /** One programme the actor sees, or NotFound (also when it lies outside a coordinator's municipalities). */
  async findVisibleById(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Programme> {
    return new ProgrammesRepository(manager).findVisibleById(actor, id);
  }

  async create(dto: CreateProgrammeDto): Promise<Programme> {
    const endDate = dto.endDate ?? defaultEndDate(dto.startDate);
    const rules = checkedRules(mergeRules(DEFAULT_RULES, dto.rules));
    const timezone = canonicalZone(dto.timezone ?? 'Europe/Oslo');
    checkDates(dto.startDate, endDate, 'endDate');
    return this.dataSource.transaction(async (manager) => {
      const municipalities = await requireMunicipalities(manager, dto.municipalityCodes);
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
      checkDates(startDate, endDate, dto.endDate === undefined ? 'startDate' : 'endDate');
      if (dto.municipalityCodes) {
        const municipalities = await requireMunicipalities(manager, dto.municipalityCodes);
        const kept = new Set(dto.municipalityCodes);
        const stranded = await manager
          .createQueryBuilder(Participant, 'p')
          .select('DISTINCT p.municipality_code', 'code')
          .where('p.programme_id = :id', { id })
          .getRawMany<{ code: string }>();
        const lost = stranded.map((r) => r.code).filter((code) => !kept.has(code));
        if (lost.length) {
          throw new MunicipalitiesInUseError(lost.sort());
        }
        programme.municipalities = municipalities;
      }
      const previousZone = programme.timezone;
      programme.name = dto.name ?? programme.name;
      programme.timezone = dto.timezone ? canonicalZone(dto.timezone) : programme.timezone;
      programme.rules = checkedRules(mergeRules(programme.rules, dto.rules));
      const moved =
        startDate !== programme.startDate || endDate !== programme.endDate || previousZone !== programme.timezone;
      programme.startDate = startDate;
      programme.endDate = endDate;
      await manager.save(programme);
      if (moved) await this.rescheduleGatherings(manager, programme, previousZone);
      return manager.findOneOrFail(Programme, { where: { id }, relations: { municipalities: true } });
    });
  }

  /**
   * Keeps the kickoff on the first day, the midway on the middle day and the closing on the last,
   * and every gathering at its local time of day when the programme changes time zone. A moved
   * gathering's sequence rises, so calendar invitations update in place.
   */
  private async rescheduleGatherings(
    manager: EntityManager,
    programme: Programme,
    previousZone: string,
  ): Promise<void> {
    const gatherings = await manager.find(Gathering, {
      where: { programmeId: programme.id },
      lock: { mode: 'pessimistic_write' },
    });
    for (const g of gatherings) {
      const day = g.kind === 'other' ? undefined : standardGatheringDay(g.kind, programme.startDate, programme.endDate);
      const moved = moveToDay(g.startsAt, g.endsAt, day, programme.timezone, previousZone);
      if (moved.startsAt.getTime() === g.startsAt.getTime()) continue;
      await manager.update(Gathering, { id: g.id }, { ...moved, sequence: () => 'sequence + 1' });
    }
  }
}

/** `changed`: the date the request set, where the error belongs (the end, when it set both). */
function checkDates(startDate: string, endDate: string, changed: 'startDate' | 'endDate'): void {
  if (endDate <= startDate) throw new DatesOutOfOrderError(changed);
}

/** The zone as the IANA database spells it ("europe/oslo" → "Europe/Oslo"). */
function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

function checkedRules(rules: ProgrammeRules): ProgrammeRules {
  const { profession, language, location } = rules.weights;
  if (profession + language + location <= 0) {
    throw new NoPositiveWeightError();
  }
  return rules;
}
