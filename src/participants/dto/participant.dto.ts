import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { IsMunicipalityCode } from '../../common/validators.js';
import {
  EMPLOYMENT_STATUSES,
  GENDERS,
  MENTEE_CATEGORIES,
  PARTICIPANT_ROLES,
  type EmploymentStatus,
  type Gender,
  type MenteeCategory,
  type ParticipantRole,
} from '../participant-fields.js';
import { FIRST_BIRTH_YEAR } from '../../newcomers/newcomer-fields.js';
import { OnlyForRole } from '../participant-validators.js';
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
} from './person-fields.js';

export { LanguageSkillDto };

/**
 * A participant as registered: the JSON endpoint, the CSV import (row by row) and PATCH (the
 * merged result) all validate against this one class.
 */
const BIRTH_YEAR_MESSAGE = `birthYear must be a year from ${FIRST_BIRTH_YEAR} to this year`;

export class CreateParticipantDto {
  @ApiProperty({ description: 'mentor (a local working professional) or mentee (a newcomer)', enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, { message: 'role must be mentor or mentee' })
  role!: ParticipantRole;

  @ApiProperty({ description: 'Full name', example: 'Amina Hassan' })
  @PersonNameRules()
  name!: string;

  @ApiProperty({
    description: 'Email for reminders and invitations; unique within the programme',
    example: 'amina@example.org',
  })
  @ContactEmailRules()
  email!: string;

  @ApiPropertyOptional({ description: 'Phone number', example: '+47 912 34 567' })
  @IsOptional()
  @PhoneRules()
  phone?: string;

  @ApiProperty({
    description: "Kommunenummer where the participant lives; one of the programme's municipalities",
    example: '1870',
  })
  @IsMunicipalityCode({ message: 'municipalityCode must be a four-digit kommunenummer' })
  municipalityCode!: string;

  @ApiProperty({ description: 'ISO 639-1 code of the language emails are written in', example: 'nb' })
  @LanguageCodeRules()
  preferredLanguage!: string;

  @ApiProperty({ description: 'Languages spoken, each code at most once, at least one', type: [LanguageSkillDto] })
  @LanguagesRules()
  languages!: LanguageSkillDto[];

  @ApiProperty({ description: 'ISCO-08 (STYRK-08) code of the profession, 1 to 4 digits', example: '2221' })
  @ProfessionCodeRules()
  professionCode!: string;

  @ApiPropertyOptional({ description: 'Mentee only: ISCO-08 code of the profession they aim for', example: '5321' })
  @IsOptional()
  @OnlyForRole('mentee')
  @ProfessionCodeRules()
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
  @ResidenceCategoryRules()
  category?: MenteeCategory;

  @ApiPropertyOptional({
    description: 'Gender; needed when the mentee asks for a mentor of the same gender',
    enum: GENDERS,
  })
  @ValidateIf((o: CreateParticipantDto) => o.gender !== undefined || o.wantsSameGender === true)
  @IsDefined({ message: 'gender is required when wantsSameGender is true' })
  @GenderRules()
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

  @ApiPropertyOptional({
    description: `Year of birth (${FIRST_BIRTH_YEAR} to this year), for the funder report's age bands only`,
    example: 1990,
  })
  @IsOptional()
  @IsInt({ message: BIRTH_YEAR_MESSAGE })
  @Min(FIRST_BIRTH_YEAR, { message: BIRTH_YEAR_MESSAGE })
  @Max(new Date().getUTCFullYear(), { message: BIRTH_YEAR_MESSAGE })
  birthYear?: number;
}

/** Every field but the role may change; the merged participant must still be valid. */
export class UpdateParticipantDto extends PartialType(OmitType(CreateParticipantDto, ['role'] as const)) {}
