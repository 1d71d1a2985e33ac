import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/access/actor.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { StatsService } from '../stats/stats.service.js';
import { SurveysService } from '../surveys/surveys.service.js';
import { funderReport, type FunderReport } from './funder-report.js';
import type { ReportLanguage } from './report-texts.js';
import { ReportsRepository } from './reports.repository.js';

@Injectable()
export class ReportsService {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly stats: StatsService,
    private readonly surveys: SurveysService,
    private readonly repository: ReportsRepository,
  ) {}

  /** The whole programme's report (admins and leads only: no share). */
  async report(actor: Actor, programmeId: string): Promise<FunderReport> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const [stats, surveys, rows] = await Promise.all([
      this.stats.forProgramme(actor, programme.id),
      this.surveys.resultsOf(programme.id, null),
      this.repository.read(programme.id),
    ]);
    return funderReport(programme, stats, surveys, rows);
  }

  /** The language of the report's PDF: the one asked for, else the caller's own, else bokmål. */
  async languageFor(actor: Actor, asked: ReportLanguage | undefined): Promise<ReportLanguage> {
    return asked ?? (await this.repository.preferredLanguage(actor.id)) ?? 'nb';
  }
}
