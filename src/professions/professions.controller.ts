import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse } from '../common/api-error.response.js';
import { Roles } from '../common/access/access.decorator.js';
import { ProfessionQueryDto } from './dto/profession-query.dto.js';
import { ProfessionResponse } from './dto/profession.response.js';
import { isco } from './isco.js';

@ApiTags('professions')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('professions')
export class ProfessionsController {
  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "The ISCO-08 (STYRK-08) groups, for picking a participant's profession",
    description:
      'With q, the groups it finds, best first; a search box asks for the top hits with limit (e.g. limit=20). ' +
      'Without q, every group in code order. Titles are in English and bokmål; nynorsk (lang=nn) reads bokmål.',
  })
  @ApiOkResponse({ description: 'Matching groups', type: [ProfessionResponse] })
  list(@Query() query: ProfessionQueryDto): ProfessionResponse[] {
    const found = isco.search({ q: query.q, level: query.level, lang: query.lang });
    const start = query.offset ?? 0;
    return found
      .slice(start, query.limit === undefined ? undefined : start + query.limit)
      .map((g) => ProfessionResponse.from(g, query.lang));
  }
}
