import { Injectable } from '@nestjs/common';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { detail, type ErrorDetail } from '../common/error-codes.js';
import { InvalidInputError } from '../common/errors.js';
import { unknownMunicipalities } from '../municipalities/municipalities.errors.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import type { StatsOverviewQueryDto } from './dto/stats.dto.js';
import {
  emptyStatsRows,
  programmeStats,
  programmeSummary,
  splitByProgramme,
  type ProgrammeStats,
  type ProgrammeSummary,
} from './programme-stats.js';
import { StatsRepository } from './stats.repository.js';

@Injectable()
export class StatsService {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly programmes: ProgrammesService,
    private readonly repository: StatsRepository,
    private readonly clock: Clock,
  ) {}

  /** One programme's figures; a coordinator's are their municipalities' share. */
  async forProgramme(actor: Actor, programmeId: string): Promise<ProgrammeStats> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const share = seesAllMunicipalities(actor) ? null : actor.municipalityCodes;
    const now = this.clock.now();
    const rows = await this.repository.read([programme.id], share, now);
    return programmeStats(programme, rows, share, now);
  }

  /** Every programme running in the period (and covering the municipality), side by side. */
  async overview(query: StatsOverviewQueryDto): Promise<ProgrammeSummary[]> {
    await this.checkQuery(query);
    const programmes = await this.programmes.findRunning(query);
    if (programmes.length === 0) return [];
    const share = query.municipalityCode ? [query.municipalityCode] : null;
    const now = this.clock.now();
    const rows = splitByProgramme(
      await this.repository.read(
        programmes.map((p) => p.id),
        share,
        now,
      ),
    );
    return programmes.map((programme) => {
      const own = rows.get(programme.id) ?? emptyStatsRows();
      return programmeSummary(programme, programmeStats(programme, own, share, now));
    });
  }

  private async checkQuery(query: StatsOverviewQueryDto): Promise<void> {
    const errors: ErrorDetail[] = [];
    if (query.from && query.to && query.from > query.to) {
      errors.push(detail('from', 'must_not_be_after', { other: 'to' }, 'from must not be after to'));
    }
    if (query.municipalityCode) {
      const known = await this.municipalities.findByCode(query.municipalityCode);
      if (!known) errors.push(unknownMunicipalities('municipalityCode', [query.municipalityCode]));
    }
    if (errors.length > 0) throw new InvalidInputError(errors);
  }
}
