import { Body, Controller, Get, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { UuidParam } from '../common/uuid-param.js';
import { MunicipalityCodeParam } from '../municipalities/municipality-param.js';
import {
  CreateThemeEveningDto,
  EventAttendanceDto,
  ThemeEveningResponse,
  UpdateThemeEveningDto,
} from './dto/theme-evening.dto.js';
import { ThemeEveningsService, type EveningView } from './theme-evenings.service.js';

const WHO = 'Admins, leads, and coordinators of the municipality; anyone else gets 404.';
const NOT_FOUND = { description: 'No such municipality, or not one of yours', type: ApiErrorResponse };
const NO_EVENING = { description: 'No such theme evening, or none of your municipalities', type: ApiErrorResponse };
const INVITES =
  'Invited by email (event_invite, with an .ics): the newcomers of the municipality who consented to invitations, ' +
  'and the participants living there of programmes running on the evening’s day (Oslo), each in their language ' +
  '(nb, nn, en; others get English), once per version of the evening.';

const respond = (v: EveningView) => ThemeEveningResponse.from(v.evening, v.attendance, v.invitees);

@ApiTags('theme evenings')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller()
export class ThemeEveningsController {
  constructor(private readonly evenings: ThemeEveningsService) {}

  @Post('municipalities/:code/events')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Plan a «Ny i Norge» theme evening; invitations go out when it lies ahead',
    description: `${INVITES} ${WHO}`,
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiCreatedResponse({ description: 'The evening', type: ThemeEveningResponse })
  async create(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Body() dto: CreateThemeEveningDto,
  ): Promise<ThemeEveningResponse> {
    return respond(await this.evenings.create(actor, code, dto));
  }

  @Get('municipalities/:code/events')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "A municipality's theme evenings, latest first, with their attendance", description: WHO })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({ description: 'Evenings', type: [ThemeEveningResponse] })
  async list(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
  ): Promise<ThemeEveningResponse[]> {
    return (await this.evenings.list(actor, code)).map(respond);
  }

  @Patch('events/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Change a theme evening; a new time or place is sent to the invitees again, a new title alone is not',
    description: `The invitation of a new version has the same calendar UID and a higher SEQUENCE. ${WHO}`,
  })
  @ApiNotFoundResponse(NO_EVENING)
  @ApiOkResponse({ description: 'The evening as changed', type: ThemeEveningResponse })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateThemeEveningDto,
  ): Promise<ThemeEveningResponse> {
    return respond(await this.evenings.update(actor, id, dto));
  }

  @Put('events/:id/attendance')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "Record who attended: the municipality's newcomers and participants living there (replaces the lists)",
    description: `An id that is not one of them is a 400 naming its field. ${WHO}`,
  })
  @ApiNotFoundResponse(NO_EVENING)
  @ApiOkResponse({ description: 'The evening with its attendance', type: ThemeEveningResponse })
  async setAttendance(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: EventAttendanceDto,
  ): Promise<ThemeEveningResponse> {
    return respond(await this.evenings.setAttendance(actor, id, dto));
  }
}
