import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { CsvQueryDto } from '../stats/dto/stats.dto.js';
import { ReportPdfQueryDto } from './dto/report.dto.js';
import { funderReportCsv } from './report-csv.js';
import { funderReportPdf } from './report-pdf.js';
import { ReportsService } from './reports.service.js';

const FIGURES =
  'Participants by gender, residence category, municipality and age band (from the optional birthYear, age in ' +
  'the programme’s first year: under 25, 25–34, 35–44, 45–54, 55+, unknown); pairs started, completed and ended ' +
  'early; meetings and hours; gathering attendance; survey means; the mentees’ employment at the start, at the ' +
  'end and 3, 6 and 12 months after (from the follow-up surveys); and how many say the programme helped them ' +
  'into work or education (each mentee’s latest answer). The whole programme: admins and leads only.';

@ApiTags('stats')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('programmes/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report.csv')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'The funder report as CSV, one figure a line (section, item, metric, value)',
    description: `${FIGURES} UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.`,
  })
  @ApiProduces('text/csv')
  @ApiNotFoundResponse({ description: 'No such programme', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'CSV', type: String })
  async csv(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: CsvQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const report = await this.reports.report(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mentornett-report-${report.asOf}.csv"`);
    return funderReportCsv(report, query.separator);
  }

  @Get('report.pdf')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'The funder report on one A4 page, with two bar charts, in bokmål, nynorsk or English',
    description: `${FIGURES} ?lang=nb|nn|en; without it, the caller's preferredLanguage.`,
  })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'No such programme', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: ReportPdfQueryDto,
  ): Promise<StreamableFile> {
    const [report, language] = await Promise.all([
      this.reports.report(actor, id),
      this.reports.languageFor(actor, query.lang),
    ]);
    const pdf = await funderReportPdf(report, language);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="mentornett-report-${report.asOf}.pdf"`,
      length: pdf.length,
    });
  }
}
