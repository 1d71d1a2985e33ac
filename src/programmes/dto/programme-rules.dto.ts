import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsObject,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/validators.js';

const finite = { allowNaN: false, allowInfinity: false };

export class WeightsDto {
  @ApiPropertyOptional({ description: 'Weight of the profession score (default 0.5)', minimum: 0, maximum: 100 })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(0)
  @Max(100)
  profession?: number;

  @ApiPropertyOptional({ description: 'Weight of the language score (default 0.3)', minimum: 0, maximum: 100 })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(0)
  @Max(100)
  language?: number;

  @ApiPropertyOptional({ description: 'Weight of the location score (default 0.2)', minimum: 0, maximum: 100 })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(0)
  @Max(100)
  location?: number;
}

export class CompletionRuleDto {
  @ApiPropertyOptional({ description: 'Meetings the pair must have logged (default 12)', minimum: 0, maximum: 200 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(200)
  minMeetings?: number;

  @ApiPropertyOptional({
    description: 'Hours of meetings the pair must have logged (default 24)',
    minimum: 0,
    maximum: 400,
  })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(0)
  @Max(400)
  minHours?: number;

  @ApiPropertyOptional({ description: 'Gatherings the mentee must have attended (default 2)', minimum: 0, maximum: 20 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(20)
  minGatherings?: number;
}

/** Rules as given: every field optional; the programme stores them with defaults filled in. */
export class ProgrammeRulesDto {
  @ApiPropertyOptional({
    description: 'Meetings a pair must have in a whole calendar month (default 2)',
    minimum: 1,
    maximum: 31,
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(31)
  minMeetingsPerMonth?: number;

  @ApiPropertyOptional({ description: 'Minutes a meeting must last to count (default 120)', minimum: 15, maximum: 600 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(15)
  @Max(600)
  minMeetingMinutes?: number;

  @ApiPropertyOptional({
    description: "Largest distance between a pair's municipality centres, km (default 100)",
    minimum: 1,
    maximum: 3000,
  })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(1)
  @Max(3000)
  maxDistanceKm?: number;

  @ApiPropertyOptional({ description: 'Weights of the match score components; at least one above 0', type: WeightsDto })
  @IsOptionalNotNull()
  @IsObject({ message: 'weights must be an object' })
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;

  @ApiPropertyOptional({
    description: 'Day of the month of the mid-month nudge to mentors (default 15)',
    minimum: 1,
    maximum: 28,
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(28)
  midMonthReminderDay?: number;

  @ApiPropertyOptional({
    description:
      "What a completed pair must reach for the mentee's certificate (default 12 meetings, 24 hours, 2 gatherings)",
    type: CompletionRuleDto,
  })
  @IsOptionalNotNull()
  @IsObject({ message: 'completion must be an object' })
  @ValidateNested()
  @Type(() => CompletionRuleDto)
  completion?: CompletionRuleDto;

  @ApiPropertyOptional({
    description:
      'Mentors need a police certificate seen and a confidentiality declaration signed, both under three years old on ' +
      "the pair's first day, before a pair is approved (default false)",
  })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'requireScreening must be true or false' })
  requireScreening?: boolean;

  @ApiPropertyOptional({
    description: 'Calendar months (1–12, each once) that require no meeting (default [7], the summer holiday)',
    type: [Number],
    example: [7],
  })
  @IsOptionalNotNull()
  @IsArray({ message: 'exemptMonths must be an array of months 1–12' })
  @ArrayMaxSize(12)
  @ArrayUnique({ message: 'exemptMonths must not repeat a month' })
  @IsInt({ each: true, message: 'exemptMonths must be whole months 1–12' })
  @Min(1, { each: true, message: 'exemptMonths must be months 1–12' })
  @Max(12, { each: true, message: 'exemptMonths must be months 1–12' })
  exemptMonths?: number[];

  @ApiPropertyOptional({
    description: "Months after the programme's end that its participants are kept; then they are erased (default 12)",
    minimum: 1,
    maximum: 120,
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths?: number;
}

export class WeightsResponse {
  @ApiProperty({ description: 'Weight of the profession score' })
  profession!: number;

  @ApiProperty({ description: 'Weight of the language score' })
  language!: number;

  @ApiProperty({ description: 'Weight of the location score' })
  location!: number;
}

export class CompletionRuleResponse {
  @ApiProperty({ description: 'Meetings the pair must have logged' })
  minMeetings!: number;

  @ApiProperty({ description: 'Hours of meetings the pair must have logged' })
  minHours!: number;

  @ApiProperty({ description: 'Gatherings the mentee must have attended' })
  minGatherings!: number;
}

export class ProgrammeRulesResponse {
  @ApiProperty({ description: 'Meetings a pair must have in a whole calendar month' })
  minMeetingsPerMonth!: number;

  @ApiProperty({ description: 'Minutes a meeting must last to count' })
  minMeetingMinutes!: number;

  @ApiProperty({ description: "Largest distance between a pair's municipality centres, km" })
  maxDistanceKm!: number;

  @ApiProperty({ description: 'Weights of the match score components', type: WeightsResponse })
  weights!: WeightsResponse;

  @ApiProperty({ description: 'Day of the month of the mid-month nudge' })
  midMonthReminderDay!: number;

  @ApiProperty({
    description: "What a completed pair must reach for the mentee's certificate",
    type: CompletionRuleResponse,
  })
  completion!: CompletionRuleResponse;

  @ApiProperty({
    description: 'Mentors must be screened (police certificate, confidentiality declaration) before approval',
  })
  requireScreening!: boolean;

  @ApiProperty({ description: 'Calendar months (1–12) that require no meeting, ascending', type: [Number] })
  exemptMonths!: number[];

  @ApiProperty({ description: "Months after the programme's end that its participants are kept, then erased" })
  retentionMonths!: number;
}
