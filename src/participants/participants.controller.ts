import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateParticipantDto, UpdateParticipantDto } from './dto/participant.dto.js';
import { ParticipantQueryDto } from './dto/participant-query.dto.js';
import { ScreeningDto } from './dto/screening.dto.js';
import { ImportResultResponse, ParticipantResponse } from './dto/participant.response.js';
import { CSV_COLUMNS } from './participant-fields.js';
import { ParticipantsService } from './participants.service.js';

@ApiTags('participants')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller()
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Post('programmes/:id/participants')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Register a mentor or mentee (a coordinator: in their own municipalities)' })
  @ApiCreatedResponse({ description: 'The participant', type: ParticipantResponse })
  @ApiStateConflictResponse('A participant of the programme has this email')
  async register(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Body() dto: CreateParticipantDto,
  ): Promise<ParticipantResponse> {
    return ParticipantResponse.from(await this.participants.register(actor, programmeId, dto));
  }

  @Post('programmes/:id/participants/import')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Import participants from CSV, one a row',
    description:
      `Columns (header row, comma or semicolon separated): ${CSV_COLUMNS.join(', ')}. ` +
      'languages is written "ar:native;nb:A2". Every row is validated as POST /programmes/:id/participants is. ' +
      'Rows with errors are reported and not stored; the other rows are stored together. Rows are numbered as in ' +
      'a spreadsheet: the header is row 1.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'The CSV file',
    schema: {
      type: 'string',
      example:
        'role;name;email;municipalityCode;preferredLanguage;languages;professionCode\nmentee;Amina Hassan;amina@example.org;1870;en;"ar:native;en:B1";2221',
    },
  })
  @ApiOkResponse({ description: 'Rows stored and rows refused', type: ImportResultResponse })
  async import(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<ImportResultResponse> {
    if (!/^text\/csv\b/i.test(contentType ?? '') || typeof body !== 'string') {
      throw new UnsupportedMediaTypeException('Send the file with Content-Type: text/csv');
    }
    return this.participants.import(actor, programmeId, body);
  }

  @Get('programmes/:id/participants')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "Participants of a programme (a coordinator: their municipalities' and every mentor)",
    description:
      "Filters combine (all must hold); without limit and offset the whole list. A coordinator's filters apply " +
      "within what they see: their municipalities' participants and every mentor of the programme.",
  })
  @ApiOkResponse({
    description: 'Participants',
    type: [ParticipantResponse],
    headers: {
      'X-Total-Count': {
        description: 'How many participants match the filters in all, whatever the page',
        schema: { type: 'integer', minimum: 0 },
      },
    },
  })
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Query() query: ParticipantQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ParticipantResponse[]> {
    const { participants, total } = await this.participants.findForProgramme(actor, programmeId, query);
    res.setHeader('X-Total-Count', String(total));
    const contact = await this.participants.withContact(
      actor,
      participants.map((p) => p.participant),
    );
    return participants.map((p) => ParticipantResponse.from(p, contact.has(p.participant.id)));
  }

  @Get('participants/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'One participant' })
  @ApiNotFoundResponse({ description: 'No such participant, or none you see', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'The participant', type: ParticipantResponse })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ParticipantResponse> {
    const found = await this.participants.findVisibleWithStanding(actor, id);
    const contact = await this.participants.withContact(actor, [found.participant]);
    return ParticipantResponse.from(found, contact.has(id));
  }

  @Patch('participants/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Change a participant (a coordinator: only in their own municipalities); null clears an optional field',
  })
  @ApiOkResponse({ description: 'The participant as changed', type: ParticipantResponse })
  @ApiStateConflictResponse('Another participant of the programme has this email')
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateParticipantDto,
  ): Promise<ParticipantResponse> {
    return ParticipantResponse.from(await this.participants.update(actor, id, dto));
  }

  @Put('participants/:id/screening')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "Record a mentor's screening: police certificate seen, confidentiality declaration signed (dates only)",
    description:
      'Both dates as a whole: one left out or null is cleared. Dates are not in the future. Mentors only (400 naming the ' +
      'field for a mentee). The documents themselves are not stored. A coordinator: only in their own municipalities.',
  })
  @ApiOkResponse({ description: 'The participant with the dates', type: ParticipantResponse })
  @ApiNotFoundResponse({ description: 'No such participant, or none you see', type: ApiErrorResponse })
  async putScreening(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ScreeningDto,
  ): Promise<ParticipantResponse> {
    return ParticipantResponse.from(await this.participants.putScreening(actor, id, dto));
  }
}
