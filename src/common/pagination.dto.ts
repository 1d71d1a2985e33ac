import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { integerFromQuery } from './transforms.js';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=` on a list endpoint; without them the whole list. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'At most this many items (1-1000)', minimum: 1, maximum: 1000 })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Skip this many items first', minimum: 0 })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
