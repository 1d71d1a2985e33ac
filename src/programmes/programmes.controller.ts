import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { PageQueryDto } from '../common/pagination.dto.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  AttendanceDto,
  AttendanceResponse,
  CreateGatheringDto,
  GatheringResponse,
  UpdateGatheringDto,
} from './dto/gathering.dto.js';
import { CreateProgrammeDto, ProgrammeResponse, UpdateProgrammeDto } from './dto/programme.dto.js';
import { GatheringsService } from './gatherings.service.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly gatherings: GatheringsService,
  ) {}

  @Post()
  @Roles('admin', 'lead')
  @ApiOperation({ summary: 'Create a programme with its kickoff, midway and closing gatherings' })
  @ApiCreatedResponse({ description: 'The programme', type: ProgrammeResponse })
  async create(@Body() dto: CreateProgrammeDto): Promise<ProgrammeResponse> {
    return ProgrammeResponse.from(await this.programmes.create(dto));
  }

  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Programmes (a coordinator sees those that include one of their municipalities)' })
  @ApiOkResponse({ description: 'Programmes', type: [ProgrammeResponse] })
  async list(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<ProgrammeResponse[]> {
    return (await this.programmes.findVisible(actor, page)).map((p) => ProgrammeResponse.from(p));
  }

  @Get(':id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'One programme' })
  @ApiNotFoundResponse({ description: 'No such programme, or none you see', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'The programme', type: ProgrammeResponse })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ProgrammeResponse> {
    return ProgrammeResponse.from(await this.programmes.findVisibleById(actor, id));
  }

  @Patch(':id')
  @Roles('admin', 'lead')
  @ApiOperation({ summary: 'Change a programme; moving its dates moves the standard gatherings with them' })
  @ApiOkResponse({ description: 'The programme as changed', type: ProgrammeResponse })
  @ApiStateConflictResponse('Participants live in a municipality the change would leave out')
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateProgrammeDto,
  ): Promise<ProgrammeResponse> {
    return ProgrammeResponse.from(await this.programmes.update(actor, id, dto));
  }

  @Get(':id/gatherings')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The programme's gatherings, in time order" })
  @ApiOkResponse({ description: 'Gatherings', type: [GatheringResponse] })
  async listGatherings(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<GatheringResponse[]> {
    const { programme, gatherings } = await this.gatherings.findForProgramme(actor, id);
    return gatherings.map((g) => GatheringResponse.from(g, programme.timezone));
  }

  @Post(':id/gatherings')
  @Roles('admin', 'lead')
  @ApiOperation({ summary: 'Add an extra gathering (kind "other")' })
  @ApiCreatedResponse({ description: 'The gathering', type: GatheringResponse })
  async createGathering(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: CreateGatheringDto,
  ): Promise<GatheringResponse> {
    const { gathering, programme } = await this.gatherings.create(actor, id, dto);
    return GatheringResponse.from(gathering, programme.timezone);
  }
}

@ApiTags('programmes')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('gatherings')
export class GatheringsController {
  constructor(private readonly gatherings: GatheringsService) {}

  @Patch(':id')
  @Roles('admin', 'lead')
  @ApiOperation({ summary: 'Change or move a gathering' })
  @ApiOkResponse({ description: 'The gathering as changed', type: GatheringResponse })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateGatheringDto,
  ): Promise<GatheringResponse> {
    const { gathering, programme } = await this.gatherings.update(actor, id, dto);
    return GatheringResponse.from(gathering, programme.timezone);
  }

  @Get(':id/attendance')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "Who attended (a coordinator sees their municipalities' share)" })
  @ApiOkResponse({ description: 'Attendance', type: AttendanceResponse })
  async attendance(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<AttendanceResponse> {
    return { gatheringId: id, participantIds: await this.gatherings.attendance(actor, id) };
  }

  @Put(':id/attendance')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "Record who attended; a coordinator sets their municipalities' participants only" })
  @ApiOkResponse({ description: 'Attendance as stored', type: AttendanceResponse })
  async setAttendance(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: AttendanceDto,
  ): Promise<AttendanceResponse> {
    return { gatheringId: id, participantIds: await this.gatherings.setAttendance(actor, id, dto) };
  }
}
