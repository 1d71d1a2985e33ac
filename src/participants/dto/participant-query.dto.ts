import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { booleanFromQuery, integerFromQuery, trimmed } from '../../common/transforms.js';
import { IsMunicipalityCode } from '../../common/validators.js';
import {
  MENTEE_CATEGORIES,
  PARTICIPANT_ROLES,
  type MenteeCategory,
  type ParticipantRole,
} from '../participant-fields.js';
import { PARTICIPANT_SORTS, type ParticipantSort } from '../participants.repository.js';

/** The filters, order and page of GET /programmes/:id/participants; without limit and offset, the whole list. */
export class ParticipantQueryDto {
  @ApiPropertyOptional({ description: 'Only mentors or only mentees', enum: PARTICIPANT_ROLES })
  @IsOptional()
  @IsIn(PARTICIPANT_ROLES, { message: 'role must be mentor or mentee' })
  role?: ParticipantRole;

  @ApiPropertyOptional({
    description: 'Only participants living in this municipality (kommunenummer)',
    example: '1870',
  })
  @IsOptional()
  @IsMunicipalityCode({ message: 'municipalityCode must be a four-digit kommunenummer' })
  municipalityCode?: string;

  @ApiPropertyOptional({ description: 'Only mentees of this basis of residence', enum: MENTEE_CATEGORIES })
  @IsOptional()
  @IsIn(MENTEE_CATEGORIES, { message: `category must be one of ${MENTEE_CATEGORIES.join(', ')}` })
  category?: MenteeCategory;

  @ApiPropertyOptional({
    description:
      'Only mentees who have (true) or have not (false) a pair that holds a mentor, approved or completed; ' +
      'mentors are left out either way',
    type: Boolean,
  })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'hasMentor must be true or false' })
  hasMentor?: boolean;

  @ApiPropertyOptional({
    description: 'Text to find in the name or email, in any case; % and _ are plain characters',
    example: 'hassan',
    maxLength: 200,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description:
      'Order: by name (default), municipality name (then name) or registration time; a leading "-" reverses it',
    enum: PARTICIPANT_SORTS,
    default: 'name',
  })
  @IsOptional()
  @IsIn(PARTICIPANT_SORTS, { message: `sort must be one of ${PARTICIPANT_SORTS.join(', ')}` })
  sort?: ParticipantSort;

  @ApiPropertyOptional({
    description: 'At most this many participants (1-500); X-Total-Count gives how many match in all',
    minimum: 1,
    maximum: 500,
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Skip this many participants first', minimum: 0 })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
