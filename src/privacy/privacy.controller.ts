import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { EraseDto, ErasedResponse } from './dto/erase.dto.js';
import { PrivacyService } from './privacy.service.js';

const EXPORT_SCHEMA = {
  type: 'object' as const,
  additionalProperties: true,
  description:
    'Every record about the person as one JSON document: the profile (with languages), the pairs with their ' +
    'meetings (the other person by first name only), the gatherings attended, the emails sent to them (kind, date, ' +
    'status), the audit rows about them and the certificate code if any. A newcomer: the register record, the ' +
    'enrolments and the audit rows.',
};

@ApiTags('privacy')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('participants/:id/export')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "Every record about a participant, as JSON (a coordinator: their municipalities' participants)",
  })
  @ApiOkResponse({ description: 'The export', schema: EXPORT_SCHEMA })
  @ApiNotFoundResponse({ description: 'No such participant, or none you may export', type: ApiErrorResponse })
  exportParticipant(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<Record<string, unknown>> {
    return this.privacy.exportParticipant(actor, id);
  }

  @Post('participants/:id/erase')
  @HttpCode(200)
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'Erase a participant for good, keeping their statistical attributes',
    description:
      'Name, email and phone are replaced; the free text about them (the notes of their pairs’ meetings, the ' +
      'reasons their pairs were rejected or ended) is cleared; emails pending to them or about their pairs are ' +
      'cancelled and the outbox keeps no address of theirs; the signed links of their pairs stop working. The ' +
      'role, programme, municipality, category, gender, professions, languages, employment statuses, pairs, ' +
      'meetings and attendance stay, so every figure of the stats stays the same.',
  })
  @ApiOkResponse({ description: 'Erased', type: ErasedResponse })
  @ApiNotFoundResponse({ description: 'No such participant', type: ApiErrorResponse })
  @ApiStateConflictResponse('The participant was erased already (already_erased)')
  eraseParticipant(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: EraseDto,
  ): Promise<ErasedResponse> {
    return this.privacy.eraseParticipant(actor, id, dto.reason);
  }

  @Get('programmes/:id/archive')
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: "The whole programme as one JSON document, for the municipality's archive",
    description:
      'The programme, every participant (contact details included; an erased one without them), the pairs, ' +
      'the meetings, the gatherings with their attendance, and the stats of GET /programmes/:id/stats. ' +
      'Audited as a read of every participant (participant.archive).',
  })
  @ApiOkResponse({
    description: 'The archive',
    schema: {
      type: 'object',
      additionalProperties: true,
      description: 'programme, participants, pairs, meetings, gatherings, stats',
    },
  })
  @ApiNotFoundResponse({ description: 'No such programme', type: ApiErrorResponse })
  archive(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<Record<string, unknown>> {
    return this.privacy.archive(actor, id);
  }

  @Get('newcomers/:id/export')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Every record about a newcomer of the register, as JSON' })
  @ApiOkResponse({ description: 'The export', schema: EXPORT_SCHEMA })
  @ApiNotFoundResponse({ description: 'No such newcomer, or none you see', type: ApiErrorResponse })
  exportNewcomer(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<Record<string, unknown>> {
    return this.privacy.exportNewcomer(actor, id);
  }

  @Post('newcomers/:id/erase')
  @HttpCode(200)
  @Roles('admin', 'lead')
  @ApiOperation({
    summary: 'Erase a newcomer of the register for good (name, email, phone, field of education)',
  })
  @ApiOkResponse({ description: 'Erased', type: ErasedResponse })
  @ApiNotFoundResponse({ description: 'No such newcomer', type: ApiErrorResponse })
  @ApiStateConflictResponse('The newcomer was erased already (already_erased)')
  eraseNewcomer(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: EraseDto,
  ): Promise<ErasedResponse> {
    return this.privacy.eraseNewcomer(actor, id, dto.reason);
  }
}
