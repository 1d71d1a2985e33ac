import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { GATHERING_KINDS, type GatheringKind } from '../../programmes/gathering.entity.js';
import { toZonedIso } from '../../programmes/gathering-schedule.js';
import { PAIR_STATUSES, type GatheringSummary, type PairStatus, type ProgrammeAttention } from '../pair-standing.js';

export class PairsQueryDto {
  @ApiPropertyOptional({ description: 'Only pairs of this status', enum: PAIR_STATUSES, enumName: 'PairStatus' })
  @IsOptional()
  @IsIn(PAIR_STATUSES, { message: `status must be one of ${PAIR_STATUSES.join(', ')}` })
  status?: PairStatus;
}

export class PairMonthsResponse {
  @ApiProperty({
    description: "First listed month, in the programme's time zone; null before the pair begins",
    type: String,
    nullable: true,
    example: '2027-02',
  })
  first!: string | null;

  @ApiProperty({
    description:
      'How each month stands, one letter a month, the n-th letter the n-th month from first: m met, x missed ' +
      '(once the month, or the pair’s time in it, is over), r running (while it is not), n not required (its ' +
      'requiredMeetings is 0, over or not), h not required because it is one of the programme’s exemptMonths ' +
      '(the summer holiday). One string rather than an array: 10,000 pairs’ months are read at once',
    type: String,
    pattern: '^[mxrnh]*$',
    example: 'xmmxmmhr',
  })
  marks!: string;

  @ApiProperty({
    description:
      'Meetings each month requires: the minimum, or for a partly active or paused month round-half-up of its share ' +
      'of active, unpaused days; 0 in an exempt month',
    type: 'integer',
    isArray: true,
  })
  requiredMeetings!: readonly number[];

  @ApiProperty({
    description: "Each month's meetings that lasted at least the programme's minimum minutes",
    type: 'integer',
    isArray: true,
  })
  qualifyingMeetings!: number[];

  @ApiProperty({ description: "Each month's meetings in all", type: 'integer', isArray: true })
  meetings!: number[];

  @ApiPropertyOptional({
    description: "Each month's days in the pair's span that a pause covers; left out for a pair that has no pause",
    type: 'integer',
    isArray: true,
  })
  pausedDays?: readonly number[];
}

export class PairMentorResponse {
  @ApiProperty({ description: 'Participant id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Name' })
  name!: string;
}

export class PairMenteeResponse {
  @ApiProperty({ description: 'Participant id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Name' })
  name!: string;

  @ApiProperty({ description: 'Where the mentee lives: the pair belongs to this municipality', example: '1870' })
  municipalityCode!: string;
}

export class PairAttentionResponse {
  @ApiProperty({
    description: 'Running, and last month (the calendar month before today’s) is missed',
  })
  missedLastMonth!: boolean;

  @ApiProperty({ description: 'Running, and last month and the month before are both missed' })
  missedTwoMonths!: boolean;

  @ApiProperty({
    description: 'Running, and no meeting logged in the last 30 days, all of which the pair was active',
  })
  noMeetingFor30Days!: boolean;
}

export class PairResponse {
  @ApiProperty({ description: 'The pair (match) id', format: 'uuid' })
  id!: string;

  @ApiProperty({
    description: 'approved (running), completed or ended early',
    enum: PAIR_STATUSES,
    enumName: 'PairStatus',
  })
  status!: PairStatus;

  @ApiProperty({ description: 'First day the pair is active', format: 'date', example: '2027-01-18' })
  startsOn!: string;

  @ApiPropertyOptional({
    description: 'Last day the pair was active; only for a completed or ended pair',
    format: 'date',
    example: '2027-09-17',
  })
  endsOn?: string;

  @ApiProperty({ description: 'The mentor', type: PairMentorResponse })
  mentor!: PairMentorResponse;

  @ApiProperty({ description: 'The mentee', type: PairMenteeResponse })
  mentee!: PairMenteeResponse;

  @ApiProperty({ description: 'Weighted score of the pair, 4 decimals' })
  score!: number;

  @ApiProperty({
    description: 'Day of the latest meeting logged; null before the first',
    type: String,
    format: 'date',
    nullable: true,
  })
  lastMeetingOn!: string | null;

  @ApiProperty({ description: 'Meetings logged in all', type: 'integer' })
  meetings!: number;

  @ApiProperty({ description: 'Their minutes in all', type: 'integer' })
  minutes!: number;

  @ApiProperty({
    description:
      "Each month from the pair's first to the current one (or to its end), in the programme's time zone, " +
      'as GET /matches/:id/compliance lists them, as a string of one letter and arrays of one entry per month ' +
      '(the n-th month from first); empty before the pair begins',
    type: PairMonthsResponse,
  })
  months!: PairMonthsResponse;

  @ApiProperty({
    description: 'Why the pair needs attention; all false for a pair not running',
    type: PairAttentionResponse,
  })
  attention!: PairAttentionResponse;

  @ApiProperty({ description: 'Any of attention is true' })
  needsAttention!: boolean;
}

export class AttentionGatheringResponse {
  @ApiProperty({ description: 'Gathering id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'kickoff, midway, closing or other', enum: GATHERING_KINDS, enumName: 'GatheringKind' })
  kind!: GatheringKind;

  @ApiProperty({ description: 'Title shown in invitations' })
  title!: string;

  @ApiProperty({ description: "Start, ISO 8601 with the programme time zone's offset", format: 'date-time' })
  startsAt!: string;
}

export class NextGatheringResponse extends AttentionGatheringResponse {
  @ApiProperty({ description: 'Where it is held', type: String, nullable: true })
  location!: string | null;
}

export class ProgrammeAttentionResponse {
  @ApiProperty({
    description: 'Mentees without an approved or completed pair and without an undecided proposal',
    type: 'integer',
  })
  menteesWithoutMentor!: number;

  @ApiProperty({ description: 'Those mentees, by name', type: [String], format: 'uuid' })
  menteesWithoutMentorIds!: string[];

  @ApiProperty({ description: 'Proposals made more than 7 days ago and not yet decided', type: 'integer' })
  staleProposals!: number;

  @ApiProperty({
    description: 'Running pairs that missed last month (those that missed two months in a row included)',
    type: 'integer',
  })
  pairsMissedLastMonth!: number;

  @ApiProperty({ description: 'Running pairs that missed last month and the month before', type: 'integer' })
  pairsMissedTwoMonths!: number;

  @ApiProperty({ description: 'Running pairs with no meeting logged for 30 days', type: 'integer' })
  pairsSilent30Days!: number;

  @ApiProperty({
    description: 'The next gathering not yet over (one under way included); null when none is left',
    type: NextGatheringResponse,
    nullable: true,
  })
  nextGathering!: NextGatheringResponse | null;

  @ApiProperty({
    description: 'Gatherings starting within 14 days with no invitation in the outbox, soonest first',
    type: [AttentionGatheringResponse],
  })
  gatheringsSoonWithoutInvitations!: AttentionGatheringResponse[];

  static from(a: ProgrammeAttention, timezone: string): ProgrammeAttentionResponse {
    const gathering = (g: GatheringSummary): AttentionGatheringResponse => ({
      id: g.id,
      kind: g.kind,
      title: g.title,
      startsAt: toZonedIso(g.startsAt, timezone),
    });
    return {
      menteesWithoutMentor: a.menteesWithoutMentor,
      menteesWithoutMentorIds: a.menteesWithoutMentorIds,
      staleProposals: a.staleProposals,
      pairsMissedLastMonth: a.pairsMissedLastMonth,
      pairsMissedTwoMonths: a.pairsMissedTwoMonths,
      pairsSilent30Days: a.pairsSilent30Days,
      nextGathering: a.nextGathering ? { ...gathering(a.nextGathering), location: a.nextGathering.location } : null,
      gatheringsSoonWithoutInvitations: a.gatheringsSoonWithoutInvitations.map(gathering),
    };
  }
}
