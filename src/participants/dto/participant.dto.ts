import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { lowerCased, trimmed } from '../../common/transforms.js';
import { IsContactEmail, IsPersonName } from '../../common/contact-fields.js';
import { IsMunicipalityCode, IsPhoneNumber } from '../../common/validators.js';
import {
  EMPLOYMENT_STATUSES,
  GENDERS,
  LANGUAGE_LEVELS,
  MENTEE_CATEGORIES,
  PARTICIPANT_ROLES,
  type EmploymentStatus,
  type Gender,
  type LanguageLevel,
  type MenteeCategory,
  type ParticipantRole,
} from '../participant-fields.js';
import { IsIscoCode, IsLanguageCode, OnlyForRole } from '../participant-validators.js';

export class LanguageSkillDto {
  @ApiProperty({ description: 'ISO 639-1 language code', example: 'nb' })
  @Transform(lowerCased)
  @IsLanguageCode()
  code!: string;

  @ApiProperty({ description: 'CEFR level, or native', enum: LANGUAGE_LEVELS, example: 'B1' })
  @IsIn(LANGUAGE_LEVELS, { message: `level must be one of ${LANGUAGE_LEVELS.join(', ')}` })
  level!: LanguageLevel;
}

/**
 * A participant as registered: the JSON endpoint, the CSV import (row by row) and PATCH (the
 * merged result) all validate against this one class.
 */
export class CreateParticipantDto {
  @ApiProperty({ description: 'mentor (a local working professional) or mentee (a newcomer)', enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, { message: 'role must be mentor or mentee' })
  role!: ParticipantRole;

  @ApiProperty({ description: 'Full name', example: 'Amina Hassan' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPersonName()
  name!: string;

  @ApiProperty({
    description: 'Email for reminders and invitations; unique within the programme',
    example: 'amina@example.org',
  })
  @Transform(lowerCased)
  @IsContactEmail({ message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ description: 'Phone number', example: '+47 912 34 567' })
  @IsOptional()
  @Transform(trimmed)
  @IsPhoneNumber({ message: 'phone must be a phone number such as +47 912 34 567' })
  phone?: string;

  @ApiProperty({
    description: "Kommunenummer where the participant lives; one of the programme's municipalities",
    example: '1870',
  })
  @IsMunicipalityCode({ message: 'municipalityCode must be a four-digit kommunenummer' })
  municipalityCode!: string;

  @ApiProperty({ description: 'ISO 639-1 code of the language emails are written in', example: 'nb' })
  @Transform(lowerCased)
  @IsLanguageCode()
  preferredLanguage!: string;

  @ApiProperty({ description: 'Languages spoken, each code at most once, at least one', type: [LanguageSkillDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'languages must list at least one language' })
  @ArrayMaxSize(20)
  @ArrayUnique((l: { code?: unknown }) => l?.code, { message: 'languages must list each language code at most once' })
  @IsObject({ each: true, message: 'each of languages must be an object: {code, level}' })
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];

  @ApiProperty({ description: 'ISCO-08 (STYRK-08) code of the profession, 1 to 4 digits', example: '2221' })
  @IsIscoCode()
  professionCode!: string;

  @ApiPropertyOptional({ description: 'Mentee only: ISCO-08 code of the profession they aim for', example: '5321' })
  @IsOptional()
  @OnlyForRole('mentee')
  @IsIscoCode()
  desiredProfessionCode?: string;

  @ApiPropertyOptional({
    description: 'Mentor only: how many mentees they take (1-10, default 1)',
    minimum: 1,
    maximum: 10,
  })
  @IsOptional()
  @OnlyForRole('mentor')
  @IsInt()
  @Min(1)
  @Max(10)
  capacity?: number;

  @ApiPropertyOptional({
    description: 'Mentee only: basis of residence, reported for reach (never ethnicity or religion)',
    enum: MENTEE_CATEGORIES,
  })
  @IsOptional()
  @OnlyForRole('mentee')
  @IsIn(MENTEE_CATEGORIES, { message: `category must be one of ${MENTEE_CATEGORIES.join(', ')}` })
  category?: MenteeCategory;

  @ApiPropertyOptional({
    description: 'Gender; needed when the mentee asks for a mentor of the same gender',
    enum: GENDERS,
  })
  @ValidateIf((o: CreateParticipantDto) => o.gender !== undefined || o.wantsSameGender === true)
  @IsDefined({ message: 'gender is required when wantsSameGender is true' })
  @IsIn(GENDERS, { message: `gender must be one of ${GENDERS.join(', ')}` })
  gender?: Gender;

  @ApiPropertyOptional({ description: 'Mentee only: asks for a mentor of the same gender', default: false })
  @IsOptional()
  @OnlyForRole('mentee')
  @IsBoolean()
  wantsSameGender?: boolean;

  @ApiPropertyOptional({ description: 'Employment when the programme starts', enum: EMPLOYMENT_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES, { message: `employmentStatusAtStart must be one of ${EMPLOYMENT_STATUSES.join(', ')}` })
  employmentStatusAtStart?: EmploymentStatus;
}

/** Every field but the role may change; the merged participant must still be valid. */
export class UpdateParticipantDto extends PartialType(OmitType(CreateParticipantDto, ['role'] as const)) {}
