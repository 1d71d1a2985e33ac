import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { lowerCased, trimmed } from '../../common/transforms.js';
import { IsCalendarDate, IsCountryCode } from '../../common/validators.js';
import { GENDERS, MENTEE_CATEGORIES, type Gender, type MenteeCategory } from '../../participants/participant-fields.js';
import {
  ContactEmailRules,
  GenderRules,
  LanguageCodeRules,
  LanguageSkillDto,
  LanguagesRules,
  PersonNameRules,
  PhoneRules,
  ProfessionCodeRules,
  ResidenceCategoryRules,
} from '../../participants/dto/person-fields.js';
import {
  CAREER_GUIDANCE_STATUSES,
  EDUCATION_LEVELS,
  FIRST_BIRTH_YEAR,
  RECOGNITION_STATUSES,
  type CareerGuidanceStatus,
  type EducationLevel,
  type RecognitionStatus,
} from '../newcomer-fields.js';

const upperCased = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export class EducationDto {
  @ApiProperty({ description: 'Highest education completed', enum: EDUCATION_LEVELS })
  @IsIn(EDUCATION_LEVELS, { message: `level must be one of ${EDUCATION_LEVELS.join(', ')}` })
  level!: EducationLevel;

  @ApiPropertyOptional({ description: 'Field of study, in plain words', example: 'Nursing', maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  field?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the country it was taken in', example: 'SY' })
  @IsOptional()
  @Transform(upperCased)
  @IsCountryCode()
  country?: string;

  @ApiProperty({ description: 'Whether the education is recognised in Norway', enum: RECOGNITION_STATUSES })
  @IsIn(RECOGNITION_STATUSES, { message: `recognition must be one of ${RECOGNITION_STATUSES.join(', ')}` })
  recognition!: RecognitionStatus;
}

export class CareerGuidanceDto {
  @ApiProperty({ description: 'Referral to career guidance (karriereveiledning)', enum: CAREER_GUIDANCE_STATUSES })
  @IsIn(CAREER_GUIDANCE_STATUSES, { message: `status must be one of ${CAREER_GUIDANCE_STATUSES.join(', ')}` })
  status!: CareerGuidanceStatus;

  @ApiPropertyOptional({ description: 'Day of the referral (not with not_referred)', example: '2026-10-01' })
  @IsOptional()
  @IsCalendarDate()
  referredOn?: string;

  @ApiPropertyOptional({ description: 'Day the guidance was done (status done only; not before referredOn)' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string;
}

export class ConsentDto {
  @ApiProperty({ description: 'Consent to be kept in the register: must be true, or there is no record', enum: [true] })
  @IsBoolean()
  @IsIn([true], { message: 'register must be true: a newcomer is registered only with their consent' })
  register!: boolean;

  @ApiProperty({ description: 'Consent to invitations (theme evenings)' })
  @IsBoolean()
  invitations!: boolean;

  @ApiProperty({ description: 'Consent to the mentor programme: puts the newcomer on the waiting list' })
  @IsBoolean()
  mentorProgramme!: boolean;

  @ApiProperty({ description: 'Day the consent was given (not in the future)', example: '2026-10-01' })
  @IsCalendarDate()
  givenOn!: string;
}

/**
 * A newcomer as registered. The fields a participant also has carry the participant's rules
 * (participants/dto/person-fields.ts); PATCH validates the merged newcomer against this class.
 */
export class CreateNewcomerDto {
  @ApiProperty({ description: 'Full name', example: 'Olena Kovalenko' })
  @PersonNameRules()
  name!: string;

  @ApiPropertyOptional({ description: 'Email (needed to enrol as a mentee)', example: 'olena@example.org' })
  @IsOptional()
  @ContactEmailRules()
  email?: string;

  @ApiPropertyOptional({ description: 'Phone number', example: '+47 912 34 567' })
  @IsOptional()
  @PhoneRules()
  phone?: string;

  @ApiProperty({ description: 'ISO 639-1 code of the language to write to them in', example: 'uk' })
  @LanguageCodeRules()
  preferredLanguage!: string;

  @ApiProperty({ description: 'Languages spoken, each code at most once, at least one', type: [LanguageSkillDto] })
  @LanguagesRules()
  languages!: LanguageSkillDto[];

  @ApiProperty({ description: 'Basis of residence (never ethnicity or religion)', enum: MENTEE_CATEGORIES })
  @ResidenceCategoryRules()
  category!: MenteeCategory;

  @ApiProperty({ description: 'Month of arrival in the municipality, YYYY-MM', example: '2026-09' })
  @IsString()
  @Matches(/^(19\d\d|2\d{3})-(0[1-9]|1[0-2])$/, { message: 'arrivalMonth must be a month written YYYY-MM' })
  arrivalMonth!: string;

  @ApiPropertyOptional({ description: 'Gender', enum: GENDERS })
  @IsOptional()
  @GenderRules()
  gender?: Gender;

  @ApiPropertyOptional({ description: `Year of birth (${FIRST_BIRTH_YEAR} to this year)`, example: 1990 })
  @IsOptional()
  @IsInt()
  @Min(FIRST_BIRTH_YEAR)
  @Max(2999)
  birthYear?: number;

  @ApiPropertyOptional({ description: 'ISCO-08 (STYRK-08) code of the profession (needed to enrol)', example: '2221' })
  @IsOptional()
  @ProfessionCodeRules()
  professionCode?: string;

  @ApiPropertyOptional({ description: 'ISCO-08 code of the profession they aim for', example: '5321' })
  @IsOptional()
  @ProfessionCodeRules()
  desiredProfessionCode?: string;

  @ApiPropertyOptional({
    description:
      'Competence mapping: education. Not with inIntroductionProgramme (the mapping is in the state’s register)',
    type: EducationDto,
  })
  @IsOptional()
  @IsObject({ message: 'education must be an object: {level, field?, country?, recognition}' })
  @ValidateNested()
  @Type(() => EducationDto)
  education?: EducationDto;

  @ApiPropertyOptional({
    description: 'Competence mapping: years of work. Not with inIntroductionProgramme',
    minimum: 0,
    maximum: 70,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70)
  workYears?: number;

  @ApiPropertyOptional({
    description: 'In the introduction programme: their competence mapping lives in the state’s register',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  inIntroductionProgramme?: boolean;

  @ApiPropertyOptional({ description: 'Career guidance; default {status: not_referred}', type: CareerGuidanceDto })
  @IsOptional()
  @IsObject({ message: 'careerGuidance must be an object: {status, referredOn?, doneOn?}' })
  @ValidateNested()
  @Type(() => CareerGuidanceDto)
  careerGuidance?: CareerGuidanceDto;

  @ApiProperty({ description: 'Consent per purpose; register must be true', type: ConsentDto })
  @IsDefined()
  @IsObject({ message: 'consent must be an object: {register, invitations, mentorProgramme, givenOn}' })
  @ValidateNested()
  @Type(() => ConsentDto)
  consent!: ConsentDto;
}

/**
 * Any field may change; an object field (education, careerGuidance, consent) is replaced whole; null
 * clears an optional field. The merged newcomer must still be valid.
 */
export class UpdateNewcomerDto extends PartialType(CreateNewcomerDto) {}

export class EnrolNewcomerDto {
  @ApiProperty({ description: 'The programme to enrol the newcomer in as a mentee', format: 'uuid' })
  @Transform(lowerCased)
  @IsUUID('all', { message: 'programmeId must be a UUID' })
  programmeId!: string;
}
