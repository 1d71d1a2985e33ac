import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { Public } from '../common/access/access.decorator.js';
import { Clock } from '../common/clock.js';
import { SignedLinkGate } from '../common/signed-link-gate.js';
import { TemplateSet } from '../common/templates.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { EMPLOYMENT_STATUSES } from '../participants/participant-fields.js';
import { REDIS } from '../redis/redis.module.js';
import { readSurveyForm, type FormField, type GivenFields, type SurveyAnswers } from './survey-form.js';
import { verifySurveyLink } from './survey-link.js';
import { HELPED_ANSWERS, MAX_COMMENT_LENGTH, NORWEGIAN_LEVELS, SCALE } from './survey-questions.js';
import type { SurveyContext } from './surveys.repository.js';
import { SurveysService } from './surveys.service.js';
import { publicPageHeaders } from '../common/public-page.js';

type Refusal = 'invalid' | 'expired' | 'tooMany';

/**
 * The pages behind the signed link in a survey email: no login, no JavaScript. GET only shows the
 * form, so a mail scanner that opens the link changes nothing; only the form's POST stores answers.
 */
@ApiExcludeController()
@Controller('survey')
export class SurveyPagesController {
  private readonly pages = TemplateSet.at(new URL('./templates/', import.meta.url)).withPageLayout();
  private readonly gate: SignedLinkGate;

  constructor(
    private readonly surveys: SurveysService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
  ) {
    this.gate = new SignedLinkGate(redis, 'survey-link', config);
  }

  @Get(':token')
  @Public()
  async form(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const context = await this.admit(token, req, res);
    if (!context) return;
    this.send(res, 200, context.language, 'form', this.formValues(context, token, given(context.previous), []));
  }

  @Post(':token')
  @Public()
  async answer(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const context = await this.admit(token, req, res);
    if (!context) return;
    const read = readSurveyForm(body, context.role === 'mentee');
    if (!read.answers) {
      this.send(res, 400, context.language, 'form', this.formValues(context, token, read.given, read.errors));
      return;
    }
    const replaced = await this.surveys.answer(context, read.answers);
    this.send(res, 200, context.language, 'thanks', { replaced, action: this.action(token) });
  }

  /** Rate limit per address, then the token, then rate limit per link, then the survey email it names. */
  private async admit(token: string, req: Request, res: Response): Promise<SurveyContext | null> {
    const admitted = await this.gate.admit(token, String(req.ip), (t: string) =>
      verifySurveyLink(t, this.clock.now(), this.config.LINK_SECRET),
    );
    if ('refusal' in admitted) {
      if (admitted.refusal.status === 429) res.setHeader('Retry-After', String(admitted.refusal.retryAfterSeconds));
      this.refuse(res, req, admitted.refusal.status, admitted.refusal.why);
      return null;
    }
    const context = await this.surveys.context(admitted.verdict.id);
    if (!context) {
      this.refuse(res, req, 404, 'invalid');
      return null;
    }
    return context;
  }

  private formValues(
    context: SurveyContext,
    token: string,
    fields: GivenFields,
    errors: FormField[],
  ): Record<string, unknown> {
    const has = (field: FormField) => errors.includes(field);
    const options = (field: FormField, values: readonly (string | number)[]) =>
      Object.fromEntries(values.map((v) => [String(v), fields[field] === String(v)]));
    const kind = {
      midway: context.kind === 'midway_survey',
      closing: context.kind === 'closing_survey',
      months: context.months ?? '',
    };
    return {
      ...kind,
      pageTitle: this.pages.render(context.language, 'title', 'text', kind).trim(),
      action: this.action(token),
      programmeName: context.programmeName,
      mentee: context.role === 'mentee',
      answeredBefore: context.previous !== null,
      maxComment: MAX_COMMENT_LENGTH,
      comment: fields.comment ?? '',
      hasErrors: errors.length > 0,
      error: {
        progress: has('progress'),
        usefulness: has('usefulness'),
        employmentStatus: has('employmentStatus'),
        norwegianLevel: has('norwegianLevel'),
        helped: has('helped'),
        comment: has('comment'),
      },
      checked: {
        progress: options('progress', SCALE),
        usefulness: options('usefulness', SCALE),
        employmentStatus: options('employmentStatus', EMPLOYMENT_STATUSES),
        norwegianLevel: options('norwegianLevel', NORWEGIAN_LEVELS),
        helped: options('helped', HELPED_ANSWERS),
      },
    };
  }

  private action(token: string): string {
    return `/api/v1/survey/${encodeURIComponent(token)}`;
  }

  private refuse(res: Response, req: Request, status: number, why: Refusal): void {
    const lang = req.acceptsLanguages('nb', 'no', 'nn', 'en') || 'en';
    this.send(res, status, lang, 'refused', { expired: why === 'expired', tooMany: why === 'tooMany' });
  }

  private send(res: Response, status: number, language: string, page: string, values: object): void {
    res
      .status(status)
      // The token is in the address: no page it links to may learn it.
      .set(publicPageHeaders({ form: 'self', secretInUrl: true }))
      .send(this.pages.render(language, page, 'html', values));
  }
}

/** The answers given before, as the form's fields. */
function given(previous: SurveyAnswers | null): GivenFields {
  if (!previous) return {};
  const fields: GivenFields = { progress: String(previous.progress), usefulness: String(previous.usefulness) };
  if (previous.employmentStatus) fields.employmentStatus = previous.employmentStatus;
  if (previous.norwegianLevel) fields.norwegianLevel = previous.norwegianLevel;
  if (previous.helped) fields.helped = previous.helped;
  if (previous.comment) fields.comment = previous.comment;
  return fields;
}
