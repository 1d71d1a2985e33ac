import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsInstant, IsOptionalNotNull } from '../../common/validators.js';
import { GATHERING_KINDS, type Gathering, type GatheringKind } from '../gathering.entity.js';
import { toZonedIso } from '../gathering-schedule.js';

export class CreateGatheringDto {
  @ApiPropertyOptional({
    description: 'Always "other": the kickoff, midway and closing come with the programme',
    enum: ['other'],
  })
  @IsOptional()
  @IsIn(['other'], { message: 'kind must be "other": the kickoff, midway and closing are created with the programme' })
  kind?: 'other';

  @ApiProperty({ description: 'Title shown in invitations', example: 'Sommeravslutning' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'Start, ISO 8601 with offset', example: '2027-06-10T17:00:00+02:00' })
  @IsInstant()
  startsAt!: string;

  @ApiPropertyOptional({
    description: 'End, ISO 8601 with offset (default three hours after the start)',
    example: '2027-06-10T20:00:00+02:00',
  })
  @IsOptional()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ description: 'Where it is held', example: 'Sortland kulturhus' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  location?: string;
}

export class UpdateGatheringDto {
  @ApiPropertyOptional({ description: 'Title shown in invitations' })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'New start, ISO 8601 with offset; moving it re-sends the invitation' })
  @IsOptionalNotNull()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ description: 'New end, ISO 8601 with offset' })
  @IsOptionalNotNull()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ description: 'Where it is held; null clears it', nullable: true, type: String })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  location?: string | null;
}

export class AttendanceDto {
  @ApiProperty({
    description: 'Every participant who attended (replaces the list you may change)',
    type: [String],
    format: 'uuid',
  })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v)) : value,
  )
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique({ message: 'participantIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of participantIds must be a UUID' })
  participantIds!: string[];
}

export class AttendanceResponse {
  @ApiProperty({ description: 'Gathering id', format: 'uuid' })
  gatheringId!: string;

  @ApiProperty({
    description: "Participants recorded as attending (a coordinator sees their municipalities' share)",
    type: [String],
  })
  participantIds!: string[];
}

export class GatheringResponse {
  @ApiProperty({ description: 'Gathering id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Programme id', format: 'uuid' })
  programmeId!: string;

  @ApiProperty({ description: 'kickoff, midway, closing or other', enum: GATHERING_KINDS })
  kind!: GatheringKind;

  @ApiProperty({ description: "Start, ISO 8601 with the programme time zone's offset" })
  startsAt!: string;

  @ApiProperty({ description: "End, ISO 8601 with the programme time zone's offset" })
  endsAt!: string;

  @ApiProperty({ description: 'Where it is held', nullable: true, type: String })
  location!: string | null;

  @ApiProperty({ description: 'Title shown in invitations' })
  title!: string;

  static from(g: Gathering, timezone: string): GatheringResponse {
    return {
      id: g.id,
      programmeId: g.programmeId,
      kind: g.kind,
      startsAt: toZonedIso(g.startsAt, timezone),
      endsAt: toZonedIso(g.endsAt, timezone),
      location: g.location,
      title: g.title,
    };
  }
}
