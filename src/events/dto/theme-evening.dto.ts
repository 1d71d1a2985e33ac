import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsInstant, IsOptionalNotNull } from '../../common/validators.js';
import { toZonedIso } from '../../programmes/gathering-schedule.js';
import { EVENT_THEMES, EVENT_TIMEZONE, type EventTheme, type ThemeEvening } from '../theme-evening.entity.js';

const lowerCasedIds = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v)) : value;

export class EventPartnerDto {
  @ApiProperty({ description: 'The partner organisation', example: 'Karrieresenteret i Nordland', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  organisation!: string;

  @ApiPropertyOptional({
    description: 'Who to ask there, in plain words (a name, a role or an address)',
    example: 'Helsesykepleier',
    maxLength: 200,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  contact?: string;
}

export class CreateThemeEveningDto {
  @ApiProperty({ description: 'The theme of the evening', enum: EVENT_THEMES })
  @IsIn(EVENT_THEMES, { message: `theme must be one of ${EVENT_THEMES.join(', ')}` })
  theme!: EventTheme;

  @ApiProperty({ description: 'Title shown in invitations', example: 'Skole og utdanning i Norge', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'Start, ISO 8601 with offset', example: '2027-02-10T18:00:00+01:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({
    description: 'End, ISO 8601 with offset; after the start, within a day',
    example: '2027-02-10T20:00:00+01:00',
  })
  @IsInstant()
  endsAt!: string;

  @ApiProperty({ description: 'Where it is held', example: 'Sortland bibliotek', maxLength: 300 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  location!: string;

  @ApiProperty({ description: 'Partners of the evening (may be empty)', type: [EventPartnerDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of partners must be an object: {organisation, contact?}' })
  @ValidateNested({ each: true })
  @Type(() => EventPartnerDto)
  partners!: EventPartnerDto[];
}

export class UpdateThemeEveningDto {
  @ApiPropertyOptional({ description: 'The theme of the evening', enum: EVENT_THEMES })
  @IsOptionalNotNull()
  @IsIn(EVENT_THEMES, { message: `theme must be one of ${EVENT_THEMES.join(', ')}` })
  theme?: EventTheme;

  @ApiPropertyOptional({ description: 'Title shown in invitations; changing only it sends no new invitation' })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'New start, ISO 8601 with offset; a new time re-sends the invitation' })
  @IsOptionalNotNull()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ description: 'New end, ISO 8601 with offset; a new time re-sends the invitation' })
  @IsOptionalNotNull()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ description: 'Where it is held; a new place re-sends the invitation', maxLength: 300 })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional({ description: 'Partners of the evening, replaced whole', type: [EventPartnerDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of partners must be an object: {organisation, contact?}' })
  @ValidateNested({ each: true })
  @Type(() => EventPartnerDto)
  partners?: EventPartnerDto[];
}

export class EventAttendanceDto {
  @ApiProperty({
    description: "Newcomers of the municipality's register who attended (replaces the list)",
    type: [String],
    format: 'uuid',
  })
  @Transform(lowerCasedIds)
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique({ message: 'newcomerIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of newcomerIds must be a UUID' })
  newcomerIds!: string[];

  @ApiProperty({
    description: 'Programme participants living in the municipality who attended (replaces the list)',
    type: [String],
    format: 'uuid',
  })
  @Transform(lowerCasedIds)
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique({ message: 'participantIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'each of participantIds must be a UUID' })
  participantIds!: string[];
}

export class EventPartnerResponse {
  @ApiProperty({ description: 'The partner organisation' })
  organisation!: string;

  @ApiProperty({ description: 'Who to ask there', nullable: true, type: String })
  contact!: string | null;
}

export class ThemeEveningResponse {
  @ApiProperty({ description: 'Evening id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Kommunenummer' })
  municipalityCode!: string;

  @ApiProperty({ description: 'The theme', enum: EVENT_THEMES })
  theme!: EventTheme;

  @ApiProperty({ description: 'Title shown in invitations' })
  title!: string;

  @ApiProperty({ description: 'Start, ISO 8601 with the offset of Europe/Oslo' })
  startsAt!: string;

  @ApiProperty({ description: 'End, ISO 8601 with the offset of Europe/Oslo' })
  endsAt!: string;

  @ApiProperty({ description: 'Where it is held' })
  location!: string;

  @ApiProperty({ description: 'Partners', type: [EventPartnerResponse] })
  partners!: EventPartnerResponse[];

  @ApiProperty({ description: 'The version of the invitation: 0, and one more at each change of time or place' })
  sequence!: number;

  @ApiProperty({ description: 'Newcomers recorded as attending', type: [String], format: 'uuid' })
  newcomerIds!: string[];

  @ApiProperty({ description: 'Participants recorded as attending', type: [String], format: 'uuid' })
  participantIds!: string[];

  @ApiProperty({
    description:
      'Invitations decided for the current version (each sent once), less those cancelled because the newcomer withdrew consent or was erased',
  })
  invited!: number;

  @ApiProperty({
    description: 'The newcomers among the invited (those counted in invited)',
    type: [String],
    format: 'uuid',
  })
  invitedNewcomerIds!: string[];

  @ApiProperty({
    description: 'The participants among the invited (those counted in invited)',
    type: [String],
    format: 'uuid',
  })
  invitedParticipantIds!: string[];

  static from(
    e: ThemeEvening,
    attendance: { newcomerIds: string[]; participantIds: string[] },
    invitees: { newcomerIds: string[]; participantIds: string[] },
  ): ThemeEveningResponse {
    return {
      id: e.id,
      municipalityCode: e.municipalityCode,
      theme: e.theme,
      title: e.title,
      startsAt: toZonedIso(e.startsAt, EVENT_TIMEZONE),
      endsAt: toZonedIso(e.endsAt, EVENT_TIMEZONE),
      location: e.location,
      partners: e.partners.map((p) => ({ organisation: p.organisation, contact: p.contact })),
      sequence: e.sequence,
      newcomerIds: attendance.newcomerIds,
      participantIds: attendance.participantIds,
      invited: invitees.newcomerIds.length + invitees.participantIds.length,
      invitedNewcomerIds: invitees.newcomerIds,
      invitedParticipantIds: invitees.participantIds,
    };
  }
}
