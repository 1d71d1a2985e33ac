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
import { MunicipalityCodeParam } from '../municipalities/municipality-param.js';
import { CreateTeamMemberDto, TeamMemberResponse } from './dto/team-member.dto.js';
import { TeamService } from './team.service.js';

@ApiTags('newcomer team')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@ApiNotFoundResponse({ description: 'No such municipality, or not one of yours', type: ApiErrorResponse })
@Controller('municipalities')
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get(':code/team')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The municipality's newcomer team (tilflytterteam), by name" })
  @ApiOkResponse({ description: 'Members', type: [TeamMemberResponse] })
  async list(@CurrentActor() actor: Actor, @MunicipalityCodeParam() code: string): Promise<TeamMemberResponse[]> {
    return (await this.team.list(actor, code)).map((m) => TeamMemberResponse.from(m));
  }

  @Post(':code/team')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Add a member to the newcomer team; they get its emails, they do not log in' })
  @ApiCreatedResponse({ description: 'The member', type: TeamMemberResponse })
  @ApiStateConflictResponse('This email is already on the team')
  async add(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam() code: string,
    @Body() dto: CreateTeamMemberDto,
  ): Promise<TeamMemberResponse> {
    return TeamMemberResponse.from(await this.team.add(actor, code, dto));
  }
}

@ApiTags('newcomer team')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('team-members')
export class TeamMembersController {
  constructor(private readonly team: TeamService) {}

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Remove a member from the newcomer team' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No such member, or not of your municipalities', type: ApiErrorResponse })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.team.remove(actor, id);
  }
}
