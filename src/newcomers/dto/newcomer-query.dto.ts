import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { booleanFromQuery, integerFromQuery, trimmed } from '../../common/transforms.js';
import { IsCalendarDate, IsMunicipalityCode } from '../../common/validators.js';
import { MENTEE_CATEGORIES, type MenteeCategory } from '../../participants/participant-fields.js';
import { CsvQueryDto } from '../../stats/dto/stats.dto.js';
import { CAREER_GUIDANCE_STATUSES, type CareerGuidanceStatus } from '../newcomer-fields.js';

/** The filters and page of GET /municipalities/:code/newcomers; without limit and offset, the whole list. */
export class NewcomerQueryDto {
  @ApiPropertyOptional({ description: 'Only newcomers of this basis of residence', enum: MENTEE_CATEGORIES })
  @IsOptional()
  @IsIn(MENTEE_CATEGORIES, { message: `category must be one of ${MENTEE_CATEGORIES.join(', ')}` })
  category?: MenteeCategory;

  @ApiPropertyOptional({
    description: 'Only those on (true) or not on (false) the waiting list: consented to the mentor programme, in none',
    type: Boolean,
  })
  @IsOptional()
  @Transform(booleanFromQuery)
  @IsBoolean({ message: 'waiting must be true or false' })
  waiting?: boolean;

  @ApiPropertyOptional({
    description: 'Only newcomers whose career guidance has this status',
    enum: CAREER_GUIDANCE_STATUSES,
  })
  @IsOptional()
  @IsIn(CAREER_GUIDANCE_STATUSES, { message: `guidance must be one of ${CAREER_GUIDANCE_STATUSES.join(', ')}` })
  guidance?: CareerGuidanceStatus;

  @ApiPropertyOptional({ description: 'Text to find in the name or email, in any case', maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'At most this many newcomers (1-500); X-Total-Count gives how many match in all',
    minimum: 1,
    maximum: 500,
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Skip this many newcomers first', minimum: 0 })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class ReachQueryDto {
  @ApiPropertyOptional({
    description: 'Only newcomers registered on or after this day (Europe/Oslo)',
    example: '2027-01-01',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Only newcomers registered on or before this day (Europe/Oslo)',
    example: '2027-12-31',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ReachCsvQueryDto extends IntersectionType(ReachQueryDto, CsvQueryDto) {}

/** GET /reach: the period of ReachQueryDto, and optionally one municipality. */
export class ReachOverviewQueryDto extends ReachQueryDto {
  @ApiPropertyOptional({ description: 'Only this municipality', example: '1870' })
  @IsOptional()
  @IsMunicipalityCode({ message: 'municipalityCode must be a four-digit kommunenummer' })
  municipalityCode?: string;
}
