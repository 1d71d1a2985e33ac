import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/validators.js';

/**
 * A mentor's screening, as a whole: a date left out (or null) is cleared. The documents themselves
 * are not stored, only the days they were seen and signed.
 */
export class ScreeningDto {
  @ApiPropertyOptional({
    description: "Day a coordinator saw the mentor's police certificate (YYYY-MM-DD, not in the future)",
    example: '2026-11-02',
    nullable: true,
    type: String,
    format: 'date',
  })
  @IsOptional()
  @IsCalendarDate()
  policeCertificateSeenOn?: string | null;

  @ApiPropertyOptional({
    description: 'Day the mentor signed the confidentiality declaration (YYYY-MM-DD, not in the future)',
    example: '2026-11-02',
    nullable: true,
    type: String,
    format: 'date',
  })
  @IsOptional()
  @IsCalendarDate()
  confidentialitySignedOn?: string | null;
}
