import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsCalendarDate } from '../../common/validators.js';
import { PAUSE_REASONS, type MatchPause, type PauseReason } from '../match-pause.entity.js';

export class CreatePauseDto {
  @ApiProperty({
    description: "First paused day, YYYY-MM-DD in the programme's time zone, within the pair's active span",
    example: '2027-03-20',
  })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ description: 'Last paused day (inclusive), not before from, within the span', example: '2027-04-10' })
  @IsCalendarDate()
  to!: string;

  @ApiProperty({ description: 'Why the pair pauses', enum: PAUSE_REASONS })
  @IsIn(PAUSE_REASONS)
  reason!: PauseReason;

  @ApiPropertyOptional({ description: 'A short note for the coordinator', maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class PauseResponse {
  @ApiProperty({ description: 'Pause id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The pair', format: 'uuid' })
  matchId!: string;

  @ApiProperty({ description: 'First paused day', example: '2027-03-20' })
  from!: string;

  @ApiProperty({ description: 'Last paused day (inclusive)', example: '2027-04-10' })
  to!: string;

  @ApiProperty({ description: 'Why the pair pauses', enum: PAUSE_REASONS })
  reason!: PauseReason;

  @ApiPropertyOptional({ description: 'Note' })
  note?: string;

  @ApiProperty({ description: 'When it was recorded' })
  createdAt!: Date;

  static from(p: MatchPause): PauseResponse {
    const response: PauseResponse = {
      id: p.id,
      matchId: p.matchId,
      from: p.fromDate,
      to: p.toDate,
      reason: p.reason,
      createdAt: p.createdAt,
    };
    if (p.note) response.note = p.note;
    return response;
  }
}
