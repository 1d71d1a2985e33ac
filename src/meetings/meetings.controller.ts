import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateMeetingDto, MeetingResponse, MonthComplianceResponse } from './dto/meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('matches/:id')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post('meetings')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Log a meeting of an approved pair' })
  @ApiCreatedResponse({ description: 'The meeting', type: MeetingResponse })
  @ApiStateConflictResponse('The pair is not approved (proposed, rejected or over)')
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('id') matchId: string,
    @Body() dto: CreateMeetingDto,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.record(actor, matchId, dto));
  }

  @Get('meetings')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The pair's meetings, oldest first" })
  @ApiOkResponse({ description: 'Meetings', type: [MeetingResponse] })
  async list(@CurrentActor() actor: Actor, @UuidParam('id') matchId: string): Promise<MeetingResponse[]> {
    return (await this.meetings.list(actor, matchId)).map((m) => MeetingResponse.from(m));
  }

  @Get('compliance')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "Each month of the pair so far against the programme's minimum",
    description:
      "Months are calendar months in the programme's time zone, from the pair's first month to the current one " +
      '(or the last, once the pair is over). A partly active month requires round-half-up of minimum × active days / days.',
  })
  @ApiOkResponse({ description: 'Months', type: [MonthComplianceResponse] })
  async compliance(@CurrentActor() actor: Actor, @UuidParam('id') matchId: string): Promise<MonthComplianceResponse[]> {
    return this.meetings.compliance(actor, matchId);
  }
}
