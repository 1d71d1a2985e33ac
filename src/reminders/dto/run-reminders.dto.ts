import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../common/validators.js';

export class RunRemindersDto {
  @ApiPropertyOptional({
    description: 'Sweep as if the clock read this instant (default: now)',
    example: '2027-03-15T09:00:00+01:00',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class SweepResponse {
  @ApiProperty({ description: 'Emails this sweep decided and queued; 0 when the same day was swept before' })
  enqueued!: number;

  @ApiProperty({ description: 'Emails decided earlier and still unsent, queued again in case their job was lost' })
  requeued!: number;
}
