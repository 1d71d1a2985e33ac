import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { sendJsonArray } from '../common/json-array-stream.js';
import { UuidParam } from '../common/uuid-param.js';
import { PairResponse, PairsQueryDto, ProgrammeAttentionResponse } from './dto/pairs.dto.js';
import { PairsService } from './pairs.service.js';

const SHARE = 'A coordinator gets the pairs whose mentee lives in one of their municipalities.';

@ApiTags('pairs')
@ApiBearerAuth()
@Controller('programmes/:id')
export class PairsController {
  constructor(private readonly pairs: PairsService) {}

  @Get('pairs')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Every pair of a programme with each month’s standing, those that need attention first',
    description:
      `Approved, completed and ended pairs (not proposals or rejections). ${SHARE} Order: two months missed, ` +
      'then last month missed, then no meeting for 30 days, then the rest; within each, by mentee name.',
  })
  @ApiNotFoundResponse({ description: 'No such programme, or none you see' })
  @ApiOkResponse({ description: 'The pairs', type: [PairResponse] })
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Query() query: PairsQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    // Written slice by slice: 10,000 pairs are megabytes of JSON, and gzip of one slice overlaps writing the next.
    const pairs: PairResponse[] = await this.pairs.list(actor, programmeId, query.status);
    await sendJsonArray(res, pairs);
  }

  @Get('attention')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'What needs attention in a programme: waiting mentees, old proposals, pairs behind, gatherings',
    description: `${SHARE} Their counts of mentees and proposals are of their municipalities too; gatherings are the programme’s.`,
  })
  @ApiNotFoundResponse({ description: 'No such programme, or none you see' })
  @ApiOkResponse({ description: 'What needs attention', type: ProgrammeAttentionResponse })
  async attention(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
  ): Promise<ProgrammeAttentionResponse> {
    const { programme, attention } = await this.pairs.attention(actor, programmeId);
    return ProgrammeAttentionResponse.from(attention, programme.timezone);
  }
}
