import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreatePauseDto, PauseResponse } from './dto/pause.dto.js';
import { PausesService } from './pauses.service.js';

@ApiTags('pauses')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('matches/:id/pauses')
export class MatchPausesController {
  constructor(private readonly pauses: PausesService) {}

  @Post()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Pause a pair (sick leave, travel): its paused days are not active days of the month rule',
    description:
      "From and to (inclusive) lie within the pair's active span, from not after to; a pause may not overlap " +
      'another pause of the pair (409 pause_overlaps, naming from). A pair that never started: 409.',
  })
  @ApiCreatedResponse({ description: 'The pause', type: PauseResponse })
  @ApiStateConflictResponse('The pair has not started, or the pause overlaps another of the pair')
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('id') matchId: string,
    @Body() dto: CreatePauseDto,
  ): Promise<PauseResponse> {
    return PauseResponse.from(await this.pauses.add(actor, matchId, dto, actor.id));
  }

  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The pair's pauses, earliest first" })
  @ApiOkResponse({ description: 'Pauses', type: [PauseResponse] })
  async list(@CurrentActor() actor: Actor, @UuidParam('id') matchId: string): Promise<PauseResponse[]> {
    return (await this.pauses.list(actor, matchId)).map((p) => PauseResponse.from(p));
  }
}

@ApiTags('pauses')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('pauses')
export class PausesController {
  constructor(private readonly pauses: PausesService) {}

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Remove a pause: its days count as active days again' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No such pause, or not of a pair you may see', type: ApiErrorResponse })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.pauses.remove(actor, id);
  }
}
