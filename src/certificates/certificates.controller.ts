import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiExcludeEndpoint,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { CurrentActor, Public, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { publicPageHeaders } from '../common/public-page.js';
import { TemplateSet } from '../common/templates.js';
import { UuidParam } from '../common/uuid-param.js';
import { CERTIFICATE_TEXTS, certificateLanguage, writtenDate } from './certificate-texts.js';
import { CertificateQueryDto } from './dto/certificate.dto.js';
import { CertificatesService } from './certificates.service.js';

/** XXXX-XXXX-XXXX in the code alphabet (certificate.entity.ts), in either case. */
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('matches/:id')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('certificate.pdf')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: "The mentee's certificate (kursbevis) of a completed pair, as a one-page PDF",
    description:
      'Only for a completed pair that meets the programme’s completion rule (409 names what it falls short of), ' +
      'and whose mentee was not erased (409 participant_erased). ' +
      'It carries a verification code, issued with the first copy and the same on every later one, which ' +
      'GET /certificates/:code confirms. A coordinator gets only pairs whose mentee lives in their municipalities.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiInvalidInputResponse()
  @ApiNotFoundResponse({ description: 'No such pair, or none you see', type: ApiErrorResponse })
  @ApiConflictResponse({
    description: 'Not completed, short of the completion rule, or the mentee was erased',
    type: ApiErrorResponse,
  })
  async pdf(
    @CurrentActor() actor: Actor,
    @UuidParam('id') matchId: string,
    @Query() query: CertificateQueryDto,
  ): Promise<StreamableFile> {
    const { pdf, code } = await this.certificates.pdf(actor, matchId, query.lang);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="kursbevis-${code}.pdf"`,
      length: pdf.length,
    });
  }
}

/**
 * The public page behind a certificate's code: no login, no JavaScript. It confirms the mentee's
 * name, the programme and the period, and nothing more (no municipality, no figures, no contact).
 */
@Controller('certificates')
export class CertificatesPageController {
  private readonly pages = TemplateSet.at(new URL('./templates/', import.meta.url)).withPageLayout();

  constructor(private readonly certificates: CertificatesService) {}

  @Get(':code')
  @Public()
  @ApiExcludeEndpoint()
  async verify(@Param('code') given: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = req.acceptsLanguages('nb', 'no', 'nn', 'en') || 'en';
    const code = given.trim().toUpperCase();
    const found = CODE.test(code) ? await this.certificates.verify(code) : null;
    const texts = CERTIFICATE_TEXTS[certificateLanguage(this.pages.languageFor(language))];
    const page = this.pages.render(language, 'verify', 'html', {
      found: found !== null,
      code: CODE.test(code) ? code : null,
      ...(found && {
        erased: found.erased,
        menteeName: found.erased ? null : found.menteeName,
        programmeName: found.programmeName,
        periodStart: writtenDate(found.periodStart, texts),
        periodEnd: writtenDate(found.periodEnd, texts),
      }),
    });
    res
      .status(found ? 200 : 404)
      // The code in the address is the certificate's key: kept from other pages and search engines.
      .set(publicPageHeaders({ form: 'none', secretInUrl: true }))
      .send(page);
  }
}
