import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MatchesService } from '../matching/matches.service.js';
import { localDate } from '../meetings/month-requirement.js';
import { certificatePdf } from './certificate-pdf.js';
import { certificateLanguage, type CertificateLanguage } from './certificate-texts.js';
import { CompletionNotMetError, MenteeErasedError, PairNotCompletedError } from './certificates.errors.js';
import { CertificatesRepository, type VerifiedCertificate } from './certificates.repository.js';
import { completionShortfalls } from './completion.js';

/** Where a certificate's code is confirmed (the public page of CertificatesPageController). */
export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/certificates/${code}`;
}

@Injectable()
export class CertificatesService {
  constructor(
    private readonly matching: MatchesService,
    private readonly repository: CertificatesRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The certificate of the mentee of a completed pair that meets its programme's completion rule,
   * in `language` (default: the mentee's, where there is one, else bokmål). Its verification code
   * is issued the first time, and the same on every later copy.
   */
  async pdf(actor: Actor, matchId: string, language?: CertificateLanguage): Promise<{ pdf: Buffer; code: string }> {
    await this.matching.findVisibleById(actor, matchId);
    const pair = await this.repository.findPair(matchId);
    if (!pair) throw new NotFoundError('Match');
    if (pair.menteeErased) throw new MenteeErasedError();
    if (pair.status !== 'completed') throw new PairNotCompletedError(pair.status);
    const missing = completionShortfalls(pair.rules.completion, pair);
    if (missing.length > 0) throw new CompletionNotMetError(missing, pair.rules.completion, pair);
    const { code, issuedAt } = await this.repository.codeFor(matchId, this.clock.now());
    const pdf = await certificatePdf({
      language: language ?? certificateLanguage(pair.menteeLanguage),
      menteeName: pair.menteeName,
      programmeName: pair.programmeName,
      municipalityNames: pair.municipalityNames,
      periodStart: pair.periodStart,
      periodEnd: pair.periodEnd,
      meetings: pair.meetings,
      minutes: pair.minutes,
      gatherings: pair.gatherings,
      code,
      verifyUrl: verifyUrl(this.config.PUBLIC_URL, code),
      issuedOn: localDate(issuedAt, pair.timezone),
    });
    return { pdf, code };
  }

  /** What the public page confirms of the certificate with `code`; null when there is none. */
  verify(code: string): Promise<VerifiedCertificate | null> {
    return this.repository.verify(code);
  }
}
