import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { integerFromQuery, lowerCased, trimmed } from '../../common/transforms.js';
import { IsCalendarDate } from '../../common/validators.js';
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from '../../participants/participant-fields.js';
import { MATCH_STATUSES, type Match, type MatchStatus } from '../match.entity.js';
import { HARD_RULES, type Breakdown, type ComponentCode, type HardRule } from '../scoring.js';

export class CreateMatchDto {
  @ApiProperty({ description: 'The mentor', format: 'uuid' })
  @Transform(lowerCased)
  @IsUUID('all', { message: 'mentorId must be a UUID' })
  mentorId!: string;

  @ApiProperty({ description: 'The mentee', format: 'uuid' })
  @Transform(lowerCased)
  @IsUUID('all', { message: 'menteeId must be a UUID' })
  menteeId!: string;
}

export class ApproveMatchDto {
  @ApiPropertyOptional({
    description:
      'First day the pair is active, YYYY-MM-DD, within the programme (default: the later of the programme start and today)',
    example: '2027-01-20',
  })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;
}

export class RejectMatchDto {
  @ApiProperty({
    description: 'Why the pair was rejected; the pair is never proposed again',
    example: 'They know each other',
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class EndMatchDto {
  @ApiProperty({ description: 'completed (ran its course) or ended (stopped early)', enum: ['completed', 'ended'] })
  @IsIn(['completed', 'ended'], { message: 'outcome must be completed or ended' })
  outcome!: 'completed' | 'ended';

  @ApiPropertyOptional({ description: 'Why it ended', example: 'The mentee moved to Tromsø' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: "The mentee's employment at the end", enum: EMPLOYMENT_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES, { message: `employmentStatusAtEnd must be one of ${EMPLOYMENT_STATUSES.join(', ')}` })
  employmentStatusAtEnd?: EmploymentStatus;

  @ApiPropertyOptional({
    description:
      'With outcome ended: the mentee wants a new mentor and joins the next proposal run, keeping their place by ' +
      'waiting time; this pair is never proposed again. Without it the mentee has left the programme (default false)',
  })
  @IsOptional()
  @IsBoolean({ message: 'rematch must be true or false' })
  rematch?: boolean;
}

export class MatchQueryDto {
  @ApiPropertyOptional({ description: 'Only matches of this status', enum: MATCH_STATUSES })
  @IsOptional()
  @IsIn(MATCH_STATUSES, { message: `status must be one of ${MATCH_STATUSES.join(', ')}` })
  status?: MatchStatus;
}

export class CandidatesQueryDto {
  @ApiPropertyOptional({
    description:
      'How many allowed mentors to return, best first (default 10); 0 returns every mentor, blocked ones included',
    minimum: 0,
    maximum: 1000,
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(1000)
  limit?: number;
}

export class ComponentResponse {
  @ApiProperty({ description: 'Component score in [0, 1]' })
  score!: number;

  @ApiProperty({ description: 'Weight of the component in the programme rules' })
  weight!: number;

  @ApiProperty({ description: 'Stable code of the reason, for translation' })
  code!: ComponentCode;

  @ApiProperty({ description: 'Parameters of the reason (group, language and level, km, ...)', type: Object })
  params!: Record<string, string | number>;

  @ApiProperty({ description: 'The reason in plain English' })
  reason!: string;
}

export class BreakdownResponse {
  @ApiProperty({ description: 'Profession (ISCO-08 groups)', type: ComponentResponse })
  profession!: ComponentResponse;

  @ApiProperty({ description: 'Best shared language, by the weaker level', type: ComponentResponse })
  language!: ComponentResponse;

  @ApiProperty({ description: 'Distance between the municipality centres', type: ComponentResponse })
  location!: ComponentResponse;
}

export class MatchResponse {
  @ApiProperty({ description: 'Match id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Programme id', format: 'uuid' })
  programmeId!: string;

  @ApiProperty({ description: 'The mentor', format: 'uuid' })
  mentorId!: string;

  @ApiProperty({ description: 'The mentee', format: 'uuid' })
  menteeId!: string;

  @ApiProperty({ description: 'proposed, approved, rejected, completed or ended', enum: MATCH_STATUSES })
  status!: MatchStatus;

  @ApiProperty({ description: 'Weighted mean of the three components, 4 decimals' })
  score!: number;

  @ApiProperty({ description: 'The components and their reasons', type: BreakdownResponse })
  breakdown!: Breakdown;

  @ApiProperty({
    description: 'The proposal run that proposed it; null when proposed by hand',
    nullable: true,
    type: String,
  })
  runId!: string | null;

  @ApiProperty({ description: 'When it was proposed' })
  createdAt!: Date;

  @ApiPropertyOptional({ description: 'When it was approved or rejected' })
  decidedAt?: Date;

  @ApiPropertyOptional({ description: 'Who approved or rejected it (user id)' })
  decidedBy?: string;

  @ApiPropertyOptional({ description: 'Why it was rejected or ended' })
  reason?: string;

  @ApiPropertyOptional({ description: 'First day the pair is active' })
  startsOn?: string;

  @ApiPropertyOptional({ description: 'Last day the pair was active' })
  endedOn?: string;

  @ApiPropertyOptional({ description: "The mentee's employment at the end", enum: EMPLOYMENT_STATUSES })
  employmentStatusAtEnd?: EmploymentStatus;

  @ApiPropertyOptional({ description: 'An ended pair whose mentee asked for a new mentor (present only when true)' })
  rematch?: boolean;

  static from(m: Match): MatchResponse {
    const response: MatchResponse = {
      id: m.id,
      programmeId: m.programmeId,
      mentorId: m.mentorId,
      menteeId: m.menteeId,
      status: m.status,
      score: m.score,
      breakdown: m.breakdown,
      runId: m.runId,
      createdAt: m.createdAt,
    };
    if (m.decidedAt) response.decidedAt = m.decidedAt;
    if (m.decidedBy) response.decidedBy = m.decidedBy;
    if (m.reason) response.reason = m.reason;
    if (m.startsOn) response.startsOn = m.startsOn;
    if (m.endedOn) response.endedOn = m.endedOn;
    if (m.employmentStatusAtEnd) response.employmentStatusAtEnd = m.employmentStatusAtEnd;
    if (m.rematch) response.rematch = true;
    return response;
  }
}

export class UnmatchedResponse {
  @ApiProperty({ description: 'The mentee left without a proposal', format: 'uuid' })
  menteeId!: string;

  @ApiProperty({
    description: 'The rule that left them out',
    enum: [
      'no_common_language',
      'too_far',
      'no_mentor_of_asked_gender',
      'all_candidates_rejected',
      'all_candidates_taken',
    ],
  })
  reason!: string;
}

export class ProposalRunResponse {
  @ApiProperty({ description: 'Id of this run', format: 'uuid' })
  runId!: string;

  @ApiProperty({ description: 'The proposed pairs', type: [MatchResponse] })
  proposals!: MatchResponse[];

  @ApiProperty({ description: 'Mentees left without a proposal', type: [String] })
  unmatchedMenteeIds!: string[];

  @ApiProperty({ description: 'Each unmatched mentee with the rule that left them out', type: [UnmatchedResponse] })
  unmatched!: UnmatchedResponse[];

  @ApiProperty({ description: "Sum of the proposed pairs' scores" })
  totalScore!: number;

  @ApiProperty({ description: 'Mentees the run considered' })
  mentees!: number;

  @ApiProperty({ description: 'Free mentor places the run considered' })
  mentorPlaces!: number;

  @ApiProperty({ description: 'Milliseconds the run took to load, score and solve' })
  durationMs!: number;
}

export class ProposalRunSummaryResponse {
  @ApiProperty({ description: 'Id of the run', format: 'uuid' })
  runId!: string;

  @ApiProperty({ description: 'When it ran', format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({
    description: 'Municipalities the run covered (a coordinator’s run covers theirs); null for all',
    type: [String],
    nullable: true,
  })
  municipalityCodes!: string[] | null;

  @ApiProperty({ description: 'Mentees the run considered', type: 'integer' })
  mentees!: number;

  @ApiProperty({ description: 'Free mentor places the run considered', type: 'integer' })
  mentorPlaces!: number;

  @ApiProperty({ description: 'Mentees the run proposed a mentor for', type: 'integer' })
  matched!: number;

  @ApiProperty({
    description: 'The mentees it left without a proposal, with the rule that left them out (a coordinator: theirs)',
    type: [UnmatchedResponse],
  })
  unmatched!: UnmatchedResponse[];
}

export class CandidateResponse {
  @ApiProperty({ description: 'The mentor', format: 'uuid' })
  mentorId!: string;

  @ApiProperty({ description: 'Weighted score of the pair' })
  score!: number;

  @ApiProperty({ description: 'The components and their reasons', type: BreakdownResponse })
  breakdown!: Breakdown;

  @ApiProperty({ description: 'Whether the pair keeps every hard rule' })
  allowed!: boolean;

  @ApiPropertyOptional({ description: 'The hard rule that blocks the pair', enum: HARD_RULES })
  blockedBy?: HardRule;
}
