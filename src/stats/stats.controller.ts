import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  CsvQueryDto,
  MunicipalityCountsResponse,
  ProgrammeStatsResponse,
  ProgrammeSummaryResponse,
  StatsOverviewCsvQueryDto,
  StatsOverviewQueryDto,
} from './dto/stats.dto.js';
import { programmeStatsCsv, statsOverviewCsv } from './stats-csv.js';
import { StatsService } from './stats.service.js';

const SHARE =
  'A coordinator gets their municipalities’ share: the participants living there and the pairs whose mentee lives there.';

function sendCsv(res: Response, filename: string, body: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  return body;
}

@ApiTags('stats')
@ApiBearerAuth()
@ApiExtraModels(MunicipalityCountsResponse)
@ApiInvalidInputResponse()
@Controller()
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('programmes/:id/stats')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Completion, meeting compliance, gatherings, reach and employment of a programme',
    description: SHARE,
  })
  @ApiNotFoundResponse({ description: 'No such programme, or none you see', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'The figures', type: ProgrammeStatsResponse })
  async programme(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ProgrammeStatsResponse> {
    return this.stats.forProgramme(actor, id);
  }

  @Get('programmes/:id/stats.csv')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'The same figures as CSV, one figure a line (section, item, metric, value)',
    description: `${SHARE} UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.`,
  })
  @ApiProduces('text/csv')
  @ApiNotFoundResponse({ description: 'No such programme, or none you see', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'CSV', type: String })
  async programmeCsv(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: CsvQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const stats = await this.stats.forProgramme(actor, id);
    return sendCsv(res, `mentornett-stats-${stats.asOf}.csv`, programmeStatsCsv(stats, query.separator));
  }

  @Get('stats')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'Every programme side by side over a period, optionally one municipality’s share',
    description: 'A programme is in the period when it runs on at least one of its days.',
  })
  @ApiOkResponse({ description: 'One entry a programme, oldest first', type: [ProgrammeSummaryResponse] })
  async overview(@Query() query: StatsOverviewQueryDto): Promise<ProgrammeSummaryResponse[]> {
    return this.stats.overview(query);
  }

  @Get('stats.csv')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'The same as CSV: one programme a line, each column named by its JSON path',
    description: 'UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', type: String })
  async overviewCsv(
    @Query() query: StatsOverviewCsvQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const summaries = await this.stats.overview(query);
    return sendCsv(res, 'mentornett-stats.csv', statsOverviewCsv(summaries, query.separator));
  }
}
