import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CERTIFICATE_LANGUAGES, type CertificateLanguage } from '../certificate-texts.js';

export class CertificateQueryDto {
  @ApiPropertyOptional({
    description: "The certificate's language; default the mentee's, where there is one, else nb",
    enum: CERTIFICATE_LANGUAGES,
  })
  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: `lang must be one of ${CERTIFICATE_LANGUAGES.join(', ')}` })
  lang?: CertificateLanguage;
}
