import { ApiProperty, ApiPropertyOptional, getSchemaPath, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, IsMunicipalityCode } from '../../common/validators.js';
import { EMPLOYMENT_STATUSES, MENTEE_CATEGORIES } from '../../participants/participant-fields.js';
import { UNKNOWN, UNSPECIFIED } from '../programme-stats.js';

export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export class CsvQueryDto {
  @ApiPropertyOptional({
    description:
      'comma (default) or semicolon. With semicolon, decimals are written with a decimal comma (0,75), as Excel ' +
      'with Norwegian settings reads them. Either way the file is UTF-8 with a byte-order mark and dates are ISO 8601.',
    enum: CSV_SEPARATORS,
  })
  @IsOptional()
  @IsIn(CSV_SEPARATORS, { message: 'separator must be comma or semicolon' })
  separator?: CsvSeparator;
}

export class StatsOverviewQueryDto {
  @ApiPropertyOptional({ description: 'Only programmes running on or after this day', example: '2027-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Only programmes running on or before this day', example: '2027-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({
    description:
      "Only programmes covering this municipality, and in each only that municipality's share " +
      '(its participants, and the pairs whose mentee lives there)',
    example: '1870',
  })
  @IsOptional()
  @IsMunicipalityCode({ message: 'municipalityCode must be a four-digit kommunenummer' })
  municipalityCode?: string;
}

export class StatsOverviewCsvQueryDto extends IntersectionType(StatsOverviewQueryDto, CsvQueryDto) {}

function counts(keys: readonly string[], description: string): PropertyDecorator {
  return ApiProperty({
    description,
    type: 'object',
    properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer', description: k }])),
  });
}

export class MunicipalityCountsResponse {
  @ApiProperty({ description: 'Municipality name' })
  name!: string;

  @ApiProperty({ description: 'Mentors living there' })
  mentors!: number;

  @ApiProperty({ description: 'Mentees living there' })
  mentees!: number;
}

export class ParticipantFiguresResponse {
  @ApiProperty({ description: 'Mentors' })
  mentors!: number;

  @ApiProperty({ description: 'Mentees' })
  mentees!: number;

  @counts(
    [...MENTEE_CATEGORIES, UNSPECIFIED],
    `Mentees by category, every category listed (${UNSPECIFIED}: none recorded): the programme's reach`,
  )
  byCategory!: Record<string, number>;

  @ApiProperty({
    description:
      "Participants by municipality code: the programme's municipalities (in the share), zeros included, and any other a participant lives in",
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MunicipalityCountsResponse) },
  })
  byMunicipality!: Record<string, MunicipalityCountsResponse>;
}

export class MatchFiguresResponse {
  @ApiProperty({ description: 'Pairs proposed and not yet decided' })
  proposed!: number;

  @ApiProperty({ description: 'Pairs approved and running' })
  approved!: number;

  @ApiProperty({ description: 'Pairs rejected' })
  rejected!: number;

  @ApiProperty({ description: 'Pairs that completed the programme' })
  completed!: number;

  @ApiProperty({ description: 'Pairs ended early' })
  ended!: number;
}

export class MeetingFiguresResponse {
  @ApiProperty({ description: 'Meetings logged' })
  count!: number;

  @ApiProperty({ description: 'Their minutes in all' })
  minutes!: number;
}

export class ComplianceMonthResponse {
  @ApiProperty({ description: "Calendar month in the programme's time zone", example: '2027-02' })
  month!: string;

  @ApiProperty({ description: 'Pairs active on at least one day of the month' })
  activePairs!: number;

  @ApiProperty({ description: "Of those, pairs that met the month's requirement (GET /matches/:id/compliance)" })
  pairsMeetingMinimum!: number;

  @ApiProperty({
    description: 'pairsMeetingMinimum ÷ activePairs, 4 decimals; null without active pairs',
    nullable: true,
    type: Number,
  })
  rate!: number | null;

  @ApiProperty({ description: 'false for the month still running: its figures can still rise' })
  closed!: boolean;
}

export class GatheringFiguresResponse {
  @ApiProperty({ description: 'Gathering id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'kickoff, midway, closing or other' })
  kind!: string;

  @ApiProperty({ description: 'When it starts' })
  startsAt!: string;

  @ApiProperty({
    description:
      'Participants invited (in the share): every mentor and mentee who had joined before it began or is recorded ' +
      'as there; for a gathering still to come, every one',
  })
  invited!: number;

  @ApiProperty({ description: 'Of those, recorded as attending' })
  attended!: number;

  @ApiProperty({
    description: 'attended ÷ invited, 4 decimals; null until the gathering has begun',
    nullable: true,
    type: Number,
  })
  rate!: number | null;
}

export class WorkOrEducationResponse {
  @ApiProperty({ description: 'Mentees whose pair is over, with a status recorded at the start and at the end' })
  mentees!: number;

  @ApiProperty({ description: 'Of those, in work or education (education, part_time, full_time) at the start' })
  atStart!: number;

  @ApiProperty({ description: 'Of those, in work or education at the end' })
  atEnd!: number;

  @ApiProperty({ description: 'atStart ÷ mentees, 4 decimals', nullable: true, type: Number })
  rateAtStart!: number | null;

  @ApiProperty({ description: 'atEnd ÷ mentees, 4 decimals', nullable: true, type: Number })
  rateAtEnd!: number | null;
}

const EMPLOYMENT_KEYS = [...EMPLOYMENT_STATUSES, UNKNOWN];

export class EmploymentFiguresResponse {
  @counts(EMPLOYMENT_KEYS, `Every mentee by employment status when they joined (${UNKNOWN}: not recorded)`)
  atStart!: Record<string, number>;

  @counts(
    EMPLOYMENT_KEYS,
    'Every mentee whose pair is over (and who has no running pair), by status recorded when it ended',
  )
  atEnd!: Record<string, number>;

  @ApiProperty({ description: 'In work or education at the end against the start, over the same mentees' })
  inWorkOrEducation!: WorkOrEducationResponse;
}

export class ProgrammeStatsResponse {
  @ApiProperty({ description: 'The programme', format: 'uuid' })
  programmeId!: string;

  @ApiProperty({ description: "The figures are as of this day (today in the programme's time zone)" })
  asOf!: string;

  @ApiProperty({
    description: "Whose share: the programme's municipalities, or those of them a coordinator holds",
    type: [String],
  })
  municipalityCodes!: string[];

  @ApiProperty({ description: 'Participants (a coordinator: those living in their municipalities)' })
  participants!: ParticipantFiguresResponse;

  @ApiProperty({ description: 'Pairs by status (a coordinator: pairs whose mentee lives in their municipalities)' })
  matches!: MatchFiguresResponse;

  @ApiProperty({ description: 'Meetings logged by those pairs' })
  meetings!: MeetingFiguresResponse;

  @ApiProperty({
    description: 'Each month of the programme so far: active pairs and how many met the minimum',
    type: [ComplianceMonthResponse],
  })
  compliance!: ComplianceMonthResponse[];

  @ApiProperty({ description: 'Each gathering: invited, attended', type: [GatheringFiguresResponse] })
  gatherings!: GatheringFiguresResponse[];

  @ApiProperty({
    description: 'completed ÷ pairs that started (approved, completed or ended), 4 decimals; null before any started',
    nullable: true,
    type: Number,
  })
  completionRate!: number | null;

  @ApiProperty({ description: 'Employment of mentees at the start and at the end' })
  employment!: EmploymentFiguresResponse;
}

export class ProgrammeSummaryResponse extends ProgrammeStatsResponse {
  @ApiProperty({ description: 'Programme name' })
  name!: string;

  @ApiProperty({ description: 'First day', example: '2027-01-18' })
  startDate!: string;

  @ApiProperty({ description: 'Last day', example: '2027-09-17' })
  endDate!: string;

  @ApiProperty({
    description: 'Pairs meeting the minimum ÷ active pairs, summed over the closed months; null before one closed',
    nullable: true,
    type: Number,
  })
  complianceRate!: number | null;

  @ApiProperty({
    description: 'Attended ÷ invited, summed over the gatherings held so far; null before one was held',
    nullable: true,
    type: Number,
  })
  attendanceRate!: number | null;
}
