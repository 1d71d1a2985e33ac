import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/access/actor.js';
import { Transactions } from '../database/transactions.js';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository.js';
import { requireMunicipalities } from '../municipalities/municipalities.service.js';
import type { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import { defaultEndDate, moveToDay, planStandardGatherings, standardGatheringDay } from './gathering-schedule.js';
import { DEFAULT_RULES, mergeRules, type ProgrammeRules } from './programme-rules.js';
import type { Programme } from './programme.entity.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { DatesOutOfOrderError, MunicipalitiesInUseError, NoPositiveWeightError } from './programmes.errors.js';

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly repository: ProgrammesRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The programmes the actor sees, newest first. */
  findVisible(actor: Actor, page: { limit?: number; offset?: number } = {}): Promise<Programme[]> {
    return this.repository.findVisible(actor, page);
  }

  /**
   * Every programme running on at least one day of from..to (either may be open), and covering
   * the municipality when one is given, oldest first. For leads and admins: no scoping.
   */
  findRunning(period: { from?: string; to?: string; municipalityCode?: string }): Promise<Programme[]> {
    return this.repository.findRunning(period);
  }

  /**
   * One programme the actor sees, or NotFound (also when it lies outside a coordinator's
   * municipalities). Outside a transaction; inside one, `tx.get(ProgrammesRepository)`.
   */
  findVisibleById(actor: Actor, id: string): Promise<Programme> {
    return this.repository.findVisibleById(actor, id);
  }

  async create(dto: CreateProgrammeDto): Promise<Programme> {
    const endDate = dto.endDate ?? defaultEndDate(dto.startDate);
    const rules = checkedRules(mergeRules(DEFAULT_RULES, dto.rules));
    const timezone = canonicalZone(dto.timezone ?? 'Europe/Oslo');
    checkDates(dto.startDate, endDate, 'endDate');
    return this.transactions.run(async (tx) => {
      const programmes = tx.get(ProgrammesRepository);
      const municipalities = await requireMunicipalities(tx.get(MunicipalitiesRepository), dto.municipalityCodes);
      const programme = await programmes.insert({
        name: dto.name,
        startDate: dto.startDate,
        endDate,
        timezone,
        rules,
        municipalities,
      });
      await programmes.insertGatherings(
        planStandardGatherings(dto.startDate, endDate, timezone).map((g) => ({
          ...g,
          programmeId: programme.id,
          location: null,
        })),
      );
      return programmes.getById(programme.id);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateProgrammeDto): Promise<Programme> {
    return this.transactions.run(async (tx) => {
      const programmes = tx.get(ProgrammesRepository);
      await programmes.lockForUpdate(id);
      const programme = await programmes.findVisibleById(actor, id);
      const startDate = dto.startDate ?? programme.startDate;
      const endDate = dto.endDate ?? programme.endDate;
      checkDates(startDate, endDate, dto.endDate === undefined ? 'startDate' : 'endDate');
      if (dto.municipalityCodes) {
        const municipalities = await requireMunicipalities(tx.get(MunicipalitiesRepository), dto.municipalityCodes);
        const kept = new Set(dto.municipalityCodes);
        const lost = (await programmes.participantMunicipalities(id)).filter((code) => !kept.has(code));
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
      await programmes.save(programme);
      if (moved) await rescheduleGatherings(programmes, programme, previousZone);
      return programmes.getById(id);
    });
  }
}

/**
 * Keeps the kickoff on the first day, the midway on the middle day and the closing on the last,
 * and every gathering at its local time of day when the programme changes time zone. A moved
 * gathering's sequence rises, so calendar invitations update in place.
 */
async function rescheduleGatherings(
  programmes: ProgrammesRepository,
  programme: Programme,
  previousZone: string,
): Promise<void> {
  const gatherings = await programmes.lockGatheringsOf(programme.id);
  for (const g of gatherings) {
    const day = g.kind === 'other' ? undefined : standardGatheringDay(g.kind, programme.startDate, programme.endDate);
    const moved = moveToDay(g.startsAt, g.endsAt, day, programme.timezone, previousZone);
    if (moved.startsAt.getTime() === g.startsAt.getTime()) continue;
    await programmes.updateGathering(g.id, moved, true);
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
