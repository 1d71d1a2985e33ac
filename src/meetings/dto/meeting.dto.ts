import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { integerFromQuery, trimmed } from '../../common/transforms.js';
import { IsCalendarDate } from '../../common/validators.js';
import { MAX_MEETING_MINUTES, MEETING_SOURCES, MIN_MEETING_MINUTES, type Meeting } from '../meeting.entity.js';
import type { MonthCompliance } from '../month-requirement.js';

const DURATION_MESSAGE = `durationMinutes must be a whole number of minutes from ${MIN_MEETING_MINUTES} to ${MAX_MEETING_MINUTES}`;

export class CreateMeetingDto {
  @ApiProperty({
    description:
      "The day the pair met, YYYY-MM-DD in the programme's time zone: within the programme, not in the future",
    example: '2027-02-10',
  })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({
    description: 'How long they met, in minutes',
    minimum: MIN_MEETING_MINUTES,
    maximum: MAX_MEETING_MINUTES,
  })
  @IsInt({ message: DURATION_MESSAGE })
  @Min(MIN_MEETING_MINUTES, { message: DURATION_MESSAGE })
  @Max(MAX_MEETING_MINUTES, { message: DURATION_MESSAGE })
  durationMinutes!: number;

  @ApiPropertyOptional({ description: 'A short note for the coordinator', maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/** The signed-link form: the same rules, read from form fields (text). */
export class LinkMeetingDto {
  @IsCalendarDate()
  date!: string;

  @Transform(integerFromQuery)
  @IsInt({ message: DURATION_MESSAGE })
  @Min(MIN_MEETING_MINUTES, { message: DURATION_MESSAGE })
  @Max(MAX_MEETING_MINUTES, { message: DURATION_MESSAGE })
  durationMinutes!: number;
}

export class MeetingResponse {
  @ApiProperty({ description: 'Meeting id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The pair', format: 'uuid' })
  matchId!: string;

  @ApiProperty({ description: 'The day they met', example: '2027-02-10' })
  date!: string;

  @ApiProperty({ description: 'Minutes' })
  durationMinutes!: number;

  @ApiPropertyOptional({ description: 'Note' })
  note?: string;

  @ApiProperty({
    description: 'api (logged by a user) or link (by the mentor through an email link)',
    enum: MEETING_SOURCES,
  })
  source!: string;

  @ApiProperty({ description: 'When it was logged' })
  createdAt!: Date;

  static from(m: Meeting): MeetingResponse {
    const response: MeetingResponse = {
      id: m.id,
      matchId: m.matchId,
      date: m.date,
      durationMinutes: m.durationMinutes,
      source: m.source,
      createdAt: m.createdAt,
    };
    if (m.note) response.note = m.note;
    return response;
  }
}

export class MonthComplianceResponse implements MonthCompliance {
  @ApiProperty({ description: "Calendar month in the programme's time zone", example: '2027-02' })
  month!: string;

  @ApiProperty({
    description:
      'Meetings the month requires: the minimum, or for a partly active or partly paused month round-half-up of its ' +
      'share of active, unpaused days; 0 in an exempt month',
  })
  requiredMeetings!: number;

  @ApiProperty({ description: "Meetings that lasted at least the programme's minimum minutes" })
  qualifyingMeetings!: number;

  @ApiProperty({ description: 'All meetings of the month' })
  meetings!: number;

  @ApiProperty({ description: 'Minutes of all meetings of the month' })
  minutes!: number;

  @ApiProperty({ description: 'qualifyingMeetings >= requiredMeetings' })
  met!: boolean;

  @ApiProperty({ description: "The month (or the pair's time in it) is over" })
  closed!: boolean;

  @ApiProperty({ description: "Days of the month in the pair's span that a pause covers (not active days)" })
  pausedDays!: number;

  @ApiProperty({ description: "One of the programme's exemptMonths (the summer holiday): it requires nothing" })
  exempt!: boolean;
}
