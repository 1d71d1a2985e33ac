import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/access.decorator.js';
import { ProfessionQueryDto } from './dto/profession-query.dto.js';
import { ProfessionResponse } from './dto/profession.response.js';
import { isco } from './isco.js';

@ApiTags('professions')
@ApiBearerAuth()
@Controller('professions')
export class ProfessionsController {
  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The ISCO-08 (STYRK-08) groups, for picking a participant's profession" })
  @ApiOkResponse({ description: 'Matching groups', type: [ProfessionResponse] })
  list(@Query() query: ProfessionQueryDto): ProfessionResponse[] {
    return isco.search(query.q, query.level).map((g) => ProfessionResponse.from(g));
  }
}
