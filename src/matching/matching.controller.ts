import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  ApproveMatchDto,
  CandidateResponse,
  CandidatesQueryDto,
  CreateMatchDto,
  EndMatchDto,
  MatchQueryDto,
  MatchResponse,
  ProposalRunResponse,
  ProposalRunSummaryResponse,
  RejectMatchDto,
} from './dto/match.dto.js';
import { MatchesService } from './matches.service.js';
import { ProposalRunsService } from './proposal-runs.service.js';
import { SCORE_SCALE } from './score-matrix.js';

@ApiTags('matching')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller()
export class MatchingController {
  constructor(
    private readonly proposalRuns: ProposalRunsService,
    private readonly matches: MatchesService,
  ) {}

  @Post('programmes/:id/proposals')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'Propose pairs: the best set of pairs for every mentee without a mentor (a coordinator: their mentees)',
    description:
      'First as many mentees matched as possible, then the largest total score, keeping every hard rule. ' +
      'Undecided proposals of earlier runs for the same mentees are replaced; approved and rejected pairs stay.',
  })
  @ApiOkResponse({ description: 'The run and its proposals', type: ProposalRunResponse })
  async propose(@CurrentActor() actor: Actor, @UuidParam('id') programmeId: string): Promise<ProposalRunResponse> {
    const { run, proposals } = await this.proposalRuns.runProposals(actor, programmeId);
    return {
      runId: run.id,
      proposals: proposals.map((m) => MatchResponse.from(m)),
      unmatchedMenteeIds: run.unmatched.map((u) => u.menteeId),
      unmatched: run.unmatched,
      totalScore: Math.round(run.totalScore * SCORE_SCALE) / SCORE_SCALE,
      mentees: run.mentees,
      mentorPlaces: run.mentorPlaces,
      durationMs: run.durationMs,
    };
  }

  @Get('programmes/:id/proposal-runs')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'The last proposal runs of a programme, newest first (at most 20), with why mentees were left out',
    description:
      'A coordinator gets the runs that covered one of their municipalities, each with only their mentees left out.',
  })
  @ApiOkResponse({ description: 'The runs', type: [ProposalRunSummaryResponse] })
  async runs(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
  ): Promise<ProposalRunSummaryResponse[]> {
    return this.proposalRuns.recentRuns(actor, programmeId);
  }

  @Get('programmes/:id/matches')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The programme's pairs (a coordinator: those of their mentees)" })
  @ApiOkResponse({ description: 'Pairs', type: [MatchResponse] })
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Query() query: MatchQueryDto,
  ): Promise<MatchResponse[]> {
    return (await this.matches.findForProgramme(actor, programmeId, query.status)).map((m) => MatchResponse.from(m));
  }

  @Post('programmes/:id/matches')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Propose a pair by hand; it is scored and must keep the hard rules' })
  @ApiCreatedResponse({ description: 'The proposal', type: MatchResponse })
  @ApiStateConflictResponse('The mentee has a mentor, the mentor is full, or the pair is already proposed')
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('id') programmeId: string,
    @Body() dto: CreateMatchDto,
  ): Promise<MatchResponse> {
    return MatchResponse.from(await this.matches.proposeManually(actor, programmeId, dto));
  }

  @Get('matches/:id')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'One pair' })
  @ApiOkResponse({ description: 'The pair', type: MatchResponse })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<MatchResponse> {
    return MatchResponse.from(await this.matches.findVisibleById(actor, id));
  }

  @Post('matches/:id/approve')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Approve a proposed pair; it is active from startsOn' })
  @ApiOkResponse({ description: 'The approved pair', type: MatchResponse })
  @ApiStateConflictResponse('Already decided, the mentee has a mentor, or the mentor has no free place')
  async approve(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: ApproveMatchDto,
  ): Promise<MatchResponse> {
    return MatchResponse.from(await this.matches.approve(actor, id, dto));
  }

  @Post('matches/:id/reject')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Reject a proposed pair; it is never proposed again' })
  @ApiOkResponse({ description: 'The rejected pair', type: MatchResponse })
  @ApiStateConflictResponse('The pair is already decided')
  async reject(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: RejectMatchDto,
  ): Promise<MatchResponse> {
    return MatchResponse.from(await this.matches.reject(actor, id, dto.reason));
  }

  @Post('matches/:id/end')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'End an approved pair: completed, or ended early' })
  @ApiOkResponse({ description: 'The ended pair', type: MatchResponse })
  @ApiStateConflictResponse('The pair is not approved: only an active pair ends')
  async end(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: EndMatchDto,
  ): Promise<MatchResponse> {
    return MatchResponse.from(await this.matches.end(actor, id, dto));
  }

  @Get('participants/:id/candidates')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Mentors for a mentee, ranked by score; limit=0 lists every mentor with what blocks it' })
  @ApiOkResponse({ description: 'Candidates', type: [CandidateResponse] })
  async candidates(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: CandidatesQueryDto,
  ): Promise<CandidateResponse[]> {
    return this.proposalRuns.candidates(actor, id, query.limit ?? 10);
  }
}
