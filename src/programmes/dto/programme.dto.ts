import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  isTimeZone,
  ValidateBy,
  type ValidationOptions,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsCalendarDate, IsMunicipalityCode, IsOptionalNotNull } from '../../common/validators.js';
import type { Programme } from '../programme.entity.js';
import { ProgrammeRulesDto, ProgrammeRulesResponse } from './programme-rules.dto.js';

/**
 * An IANA time zone name (Europe/Oslo, Etc/GMT+1, UTC). Node.js 24's Intl also takes a bare offset
 * (+01:00), which has no daylight saving and is no place: refused, as on Node.js 20. Registered as
 * class-validator's isTimeZone, so its error code stays must_be_time_zone.
 */
function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value) && isTimeZone(value),
      },
    },
    options,
  );
}

export class CreateProgrammeDto {
  @ApiProperty({ description: 'Name of the programme (cohort)', example: 'Mentorprogram Vesterålen 2027' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'First day, YYYY-MM-DD; the kickoff seminar is held on it', example: '2027-01-15' })
  @IsCalendarDate()
  startDate!: string;

  @ApiPropertyOptional({
    description: 'Last day, YYYY-MM-DD (default 8 months after startDate); the closing seminar is held on it',
    example: '2027-09-15',
  })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiProperty({
    description: 'Kommunenummer of the municipalities the programme covers',
    example: ['1851', '1866', '1867', '1868', '1870', '1871'],
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'municipalityCodes must name at least one municipality' })
  @ArrayMaxSize(400)
  @ArrayUnique({ message: 'municipalityCodes must not repeat a code' })
  @IsMunicipalityCode({ each: true, message: 'each of municipalityCodes must be a four-digit kommunenummer' })
  municipalityCodes!: string[];

  @ApiPropertyOptional({ description: 'IANA time zone of the programme (default Europe/Oslo)', example: 'Europe/Oslo' })
  @IsOptional()
  @IsIanaTimeZone({ message: 'timezone must be an IANA time zone such as Europe/Oslo' })
  timezone?: string;

  @ApiPropertyOptional({ description: 'Programme rules; each one left out takes its default', type: ProgrammeRulesDto })
  @IsOptional()
  @IsObject({ message: 'rules must be an object' })
  @ValidateNested()
  @Type(() => ProgrammeRulesDto)
  rules?: ProgrammeRulesDto;
}

export class UpdateProgrammeDto {
  @ApiPropertyOptional({ description: 'Name of the programme (cohort)' })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'First day, YYYY-MM-DD; the kickoff moves with it' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Last day, YYYY-MM-DD; the closing seminar moves with it' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ description: 'The municipalities the programme covers (replaces the list)', type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'municipalityCodes must name at least one municipality' })
  @ArrayMaxSize(400)
  @ArrayUnique({ message: 'municipalityCodes must not repeat a code' })
  @IsMunicipalityCode({ each: true, message: 'each of municipalityCodes must be a four-digit kommunenummer' })
  municipalityCodes?: string[];

  @ApiPropertyOptional({ description: 'IANA time zone of the programme' })
  @IsOptionalNotNull()
  @IsIanaTimeZone({ message: 'timezone must be an IANA time zone such as Europe/Oslo' })
  timezone?: string;

  @ApiPropertyOptional({ description: 'Rules to change; the others keep their values', type: ProgrammeRulesDto })
  @IsOptionalNotNull()
  @IsObject({ message: 'rules must be an object' })
  @ValidateNested()
  @Type(() => ProgrammeRulesDto)
  rules?: ProgrammeRulesDto;
}

export class ProgrammeResponse {
  @ApiProperty({ description: 'Programme id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Name of the programme' })
  name!: string;

  @ApiProperty({ description: 'First day, YYYY-MM-DD' })
  startDate!: string;

  @ApiProperty({ description: 'Last day, YYYY-MM-DD' })
  endDate!: string;

  @ApiProperty({ description: 'IANA time zone' })
  timezone!: string;

  @ApiProperty({ description: 'Kommunenummer of the municipalities covered', type: [String] })
  municipalityCodes!: string[];

  @ApiProperty({ description: 'The full rules, defaults filled in', type: ProgrammeRulesResponse })
  rules!: ProgrammeRulesResponse;

  @ApiProperty({ description: 'When the programme was created' })
  createdAt!: Date;

  @ApiProperty({ description: 'When the programme was last changed' })
  updatedAt!: Date;

  static from(p: Programme): ProgrammeResponse {
    return {
      id: p.id,
      name: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      timezone: p.timezone,
      municipalityCodes: (p.municipalities ?? []).map((m) => m.code).sort(),
      rules: p.rules,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }
}
