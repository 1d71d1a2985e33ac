import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report-texts.js';

export class ReportPdfQueryDto {
  @ApiPropertyOptional({
    description: "The report's language; default the caller's preferredLanguage, else nb",
    enum: REPORT_LANGUAGES,
  })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES, { message: `lang must be one of ${REPORT_LANGUAGES.join(', ')}` })
  lang?: ReportLanguage;
}
