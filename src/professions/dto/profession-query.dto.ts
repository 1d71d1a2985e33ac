import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { integerFromQuery } from '../../common/transforms.js';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ProfessionQueryDto {
  @ApiPropertyOptional({ description: 'Words or a code prefix to look for, in either language', example: 'sykepleier' })
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
}
