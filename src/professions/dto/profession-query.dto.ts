import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto.js';
import { integerFromQuery } from '../../common/transforms.js';
import { TITLE_LANGUAGES, type TitleLanguage } from '../isco.js';

export class ProfessionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Words to find in the titles (each must be found; "nurse" finds Nursing, "sykepleier" Sykepleiere) or a code ' +
      'prefix; best matches first',
    example: 'sykepleier',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'Only groups of this level: 1 major, 2 sub-major, 3 minor, 4 unit',
    minimum: 1,
    maximum: 4,
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @ApiPropertyOptional({
    description:
      'The language of the search box: its titles rank first and come as `title`. The classification has no ' +
      'nynorsk titles, so nn searches and answers the bokmål ones. Without it both languages rank alike and ' +
      '`title` is bokmål',
    enum: TITLE_LANGUAGES,
  })
  @IsOptional()
  @IsIn(TITLE_LANGUAGES, { message: `lang must be one of ${TITLE_LANGUAGES.join(', ')}` })
  lang?: TitleLanguage;
}
