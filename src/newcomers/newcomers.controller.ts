import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { MunicipalityCodeParam } from '../municipalities/municipality-param.js';
import { PageQueryDto } from '../common/pagination.dto.js';
import { UuidParam } from '../common/uuid-param.js';
import { ParticipantResponse } from '../participants/dto/participant.response.js';
import { CreateNewcomerDto, EnrolNewcomerDto, UpdateNewcomerDto } from './dto/newcomer.dto.js';
import { NewcomerQueryDto, ReachCsvQueryDto, ReachOverviewQueryDto, ReachQueryDto } from './dto/newcomer-query.dto.js';
import { NewcomerResponse, ReachOverviewResponse, ReachResponse } from './dto/newcomer.response.js';
import { reachCsv } from './reach-csv.js';
import { NewcomersService } from './newcomers.service.js';

const WHO = 'Admins, leads, and coordinators of the municipality; anyone else gets 404.';
const NOT_FOUND = { description: 'No such municipality, or not one of yours', type: ApiErrorResponse };
const NO_NEWCOMER = { description: 'No such newcomer, or none of your municipalities', type: ApiErrorResponse };

@ApiTags('newcomers')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller()
export class NewcomersController {
  constructor(private readonly newcomers: NewcomersService) {}

  @Post('municipalities/:code/newcomers')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Register a newcomer, whatever their basis of residence (consent to the register required)',
    description: WHO,
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiCreatedResponse({ description: 'The newcomer', type: NewcomerResponse })
  async register(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Body() dto: CreateNewcomerDto,
  ): Promise<NewcomerResponse> {
    const { newcomer, enrolments } = await this.newcomers.register(actor, code, dto);
    return NewcomerResponse.from(newcomer, enrolments);
  }

  @Get('municipalities/:code/newcomers')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "A municipality's newcomer register, by name; filters combine", description: WHO })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({
    description: 'Newcomers',
    type: [NewcomerResponse],
    headers: {
      'X-Total-Count': {
        description: 'How many newcomers match the filters in all, whatever the page',
        schema: { type: 'integer', minimum: 0 },
      },
    },
  })
  async list(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Query() query: NewcomerQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NewcomerResponse[]> {
    const { newcomers, total } = await this.newcomers.findPage(actor, code, query);
    res.setHeader('X-Total-Count', String(total));
    return newcomers.map(({ newcomer, enrolments }) => NewcomerResponse.from(newcomer, enrolments));
  }

  @Get('municipalities/:code/waiting-list')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Newcomers who consented to the mentor programme and are in none, longest waiting first',
    description: `Waiting since the day of that consent. ${WHO}`,
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({ description: 'The waiting list', type: [NewcomerResponse] })
  async waitingList(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Query() page: PageQueryDto,
  ): Promise<NewcomerResponse[]> {
    const waiting = await this.newcomers.waitingList(actor, code, page);
    return waiting.map(({ newcomer, enrolments }) => NewcomerResponse.from(newcomer, enrolments));
  }

  @Get('municipalities/:code/reach')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Reach by residence category: registered, reached by an evening, in a mentor programme, guidance done',
    description:
      'Counts the newcomers registered in the period (days in Europe/Oslo, either end open), and of them those ' +
      `who attended a theme evening held in the period, those enrolled in a mentor programme and those whose career guidance is done. ${WHO}`,
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({ description: 'The figures', type: ReachResponse })
  async reach(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Query() query: ReachQueryDto,
  ): Promise<ReachResponse> {
    return this.newcomers.reach(actor, code, query.from, query.to);
  }

  @Get('reach')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'Reach by residence category in every municipality, for the stats beside the programmes',
    description:
      'The figures of GET /municipalities/:code/reach for each municipality with a newcomer registered in the ' +
      'period (or only the one asked for), and over them all. Admins and leads.',
  })
  @ApiOkResponse({ description: 'The figures', type: ReachOverviewResponse })
  async reachOverview(@Query() query: ReachOverviewQueryDto): Promise<ReachOverviewResponse> {
    return this.newcomers.reachOverview(query);
  }

  @Get('municipalities/:code/reach.csv')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'The same figures as CSV, one residence category a line and a total line',
    description: `UTF-8 with a byte-order mark; ?separator=semicolon for Excel with Norwegian settings. ${WHO}`,
  })
  @ApiProduces('text/csv')
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOkResponse({ description: 'CSV', type: String })
  async reachCsv(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam('code') code: string,
    @Query() query: ReachCsvQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const reach = await this.newcomers.reach(actor, code, query.from, query.to);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mentornett-reach-${code}.csv"`);
    return reachCsv(reach, query.separator);
  }

  @Get('newcomers/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'One newcomer', description: WHO })
  @ApiNotFoundResponse(NO_NEWCOMER)
  @ApiOkResponse({ description: 'The newcomer', type: NewcomerResponse })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<NewcomerResponse> {
    const { newcomer, enrolments } = await this.newcomers.findVisible(actor, id);
    return NewcomerResponse.from(newcomer, enrolments);
  }

  @Patch('newcomers/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Change a newcomer; an object field is replaced whole; null clears an optional field',
    description:
      'Setting inIntroductionProgramme to true drops the stored education and workYears (the mapping is in the ' +
      `state's register); a body that sends them with it is refused. ${WHO}`,
  })
  @ApiNotFoundResponse(NO_NEWCOMER)
  @ApiOkResponse({ description: 'The newcomer as changed', type: NewcomerResponse })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateNewcomerDto,
  ): Promise<NewcomerResponse> {
    const { newcomer, enrolments } = await this.newcomers.update(actor, id, dto);
    return NewcomerResponse.from(newcomer, enrolments);
  }

  @Post('newcomers/:id/enrol')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Enrol the newcomer as a mentee of a programme that covers their municipality',
    description:
      'Registers a mentee with the newcomer’s data by the rules of POST /programmes/:id/participants; a field ' +
      'a mentee needs and the newcomer lacks (email, professionCode) is a 400 naming it. The newcomer leaves the ' +
      `waiting list. ${WHO}`,
  })
  @ApiNotFoundResponse(NO_NEWCOMER)
  @ApiStateConflictResponse('The newcomer is in this programme already, or a participant of it has their email')
  @ApiCreatedResponse({ description: 'The new mentee', type: ParticipantResponse })
  async enrol(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: EnrolNewcomerDto,
  ): Promise<ParticipantResponse> {
    return ParticipantResponse.from(await this.newcomers.enrol(actor, id, dto.programmeId));
  }
}
