import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiInvalidInputResponse } from '../common/api-error.response.js';
import { Roles } from '../common/access/access.decorator.js';
import { auditCsv } from './audit-csv.js';
import type { AuditFilter } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AUDIT_PAGE_DEFAULT, AuditCsvQueryDto, AuditEntryResponse, AuditQueryDto } from './dto/audit.dto.js';

const FILTERS =
  'Filters combine (all must hold); newest first, paged by limit (default 100, at most 1,000) and offset. ' +
  'from is inclusive, to exclusive.';

function filterOf(query: AuditQueryDto): AuditFilter {
  return {
    actorId: query.actorId,
    subjectId: query.subjectId,
    action: query.action,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    limit: query.limit ?? AUDIT_PAGE_DEFAULT,
    offset: query.offset ?? 0,
  };
}

@ApiTags('audit')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @Roles('admin')
  @ApiOperation({
    summary: "The audit log: every read and change of a person's record, match decision and login",
    description: FILTERS,
  })
  @ApiOkResponse({ description: 'Audit rows', type: [AuditEntryResponse] })
  async list(@Query() query: AuditQueryDto): Promise<AuditEntryResponse[]> {
    return (await this.audit.find(filterOf(query))).map((a) => AuditEntryResponse.from(a));
  }

  @Get('audit.csv')
  @Roles('admin')
  @ApiOperation({
    summary: 'The same rows as CSV, the columns named as the JSON fields',
    description: `${FILTERS} UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', type: String })
  async csv(@Query() query: AuditCsvQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const rows = (await this.audit.find(filterOf(query))).map((a) => AuditEntryResponse.from(a));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="mentornett-audit.csv"');
    return auditCsv(rows, query.separator);
  }
}
