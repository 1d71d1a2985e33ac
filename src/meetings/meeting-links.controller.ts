import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { SignedLinkGate } from '../common/signed-link-gate.js';
import { Public } from '../common/access/access.decorator.js';
import { Clock } from '../common/clock.js';
import { InvalidInputError } from '../common/errors.js';
import { TemplateSet } from '../common/templates.js';
import { validateAs } from '../common/validation.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { LinkMeetingDto } from './dto/meeting.dto.js';
import { verifyMeetingLink } from './meeting-link.js';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from './meeting.entity.js';
import { LinkDailyLimitError, MatchNotActiveError } from './meetings.errors.js';
import { MeetingsService, type LinkContext } from './meetings.service.js';
import { linkKey, publicPageHeaders } from '../common/public-page.js';

/** How long a link's count of new meetings for one programme-local day is kept: past any zone's day. */
const DAILY_COUNT_SECONDS = 2 * 24 * 3600;

type Refusal = 'invalid' | 'expired' | 'ended' | 'tooMany' | 'dailyLimit';

/**
 * The pages behind the signed link in a mentor's reminder: no login, no JavaScript. GET only shows
 * the form, so a mail scanner that opens the link changes nothing; only the form's POST records.
 */
@ApiExcludeController()
@Controller('log')
export class MeetingLinksController {
  private readonly pages = TemplateSet.at(new URL('./templates/', import.meta.url)).withPageLayout();
  private readonly gate: SignedLinkGate;

  constructor(
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.gate = new SignedLinkGate(redis, 'meeting-link', config);
  }

  @Get(':token')
  @Public()
  async form(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const context = await this.admit(token, req, res);
    if (!context) return;
    this.send(res, 200, context.language, 'form', this.formValues(context, token, {}));
  }

  @Post(':token')
  @Public()
  async record(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const context = await this.admit(token, req, res);
    if (!context) return;
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const given = { date: fields.date, durationMinutes: fields.durationMinutes };
    const { value, errors } = await validateAs(LinkMeetingDto, given);
    if (errors.length > 0) {
      const invalid = new Set(errors.map((e) => e.field));
      this.showErrors(res, context, token, given, invalid.has('date'), invalid.has('durationMinutes'));
      return;
    }
    // The link's allowance of new meetings today: taken just before a new one is stored, given
    // back when nothing new was stored after all (a concurrent twin, a refusal, an error).
    const dailyKey = `meeting-link-day:${linkKey(token)}:${context.today}`;
    let taken = false;
    const admitNew = async (): Promise<boolean> => {
      const [[failure, count]] = (await this.redis
        .multi()
        .incr(dailyKey)
        .expire(dailyKey, DAILY_COUNT_SECONDS)
        .exec()) as [[Error | null, number]];
      if (failure) throw failure;
      taken = true;
      return count <= this.config.LINK_DAILY_MEETINGS;
    };
    let created = false;
    try {
      const recording = await this.meetings.recordFromLink(context.matchId, value, admitNew);
      created = recording.created;
      const { meeting } = recording;
      this.send(res, created ? 201 : 200, context.language, 'recorded', {
        action: this.action(token),
        created,
        date: meeting.date,
        durationMinutes: meeting.durationMinutes,
      });
    } catch (error) {
      if (error instanceof LinkDailyLimitError) return this.refuse(res, req, 429, 'dailyLimit', context.language);
      if (error instanceof MatchNotActiveError) return this.refuse(res, req, 409, 'ended', context.language);
      if (error instanceof InvalidInputError) return this.showErrors(res, context, token, given, true, false);
      throw error;
    } finally {
      if (taken && !created) await this.redis.decr(dailyKey);
    }
  }

  /**
   * Rate limit per address, then the token, then rate limit per link, then the pair: the context
   * to answer with, or null when refused (answered).
   */
  private async admit(token: string, req: Request, res: Response): Promise<LinkContext | null> {
    const admitted = await this.gate.admit(token, String(req.ip), (t: string) =>
      verifyMeetingLink(t, this.clock.now(), this.config.LINK_SECRET),
    );
    if ('refusal' in admitted) {
      if (admitted.refusal.status === 429) res.setHeader('Retry-After', String(admitted.refusal.retryAfterSeconds));
      this.refuse(res, req, admitted.refusal.status, admitted.refusal.why);
      return null;
    }
    const context = await this.meetings.linkContext(admitted.verdict.matchId);
    if (!context) {
      this.refuse(res, req, 404, 'invalid');
      return null;
    }
    if (context.status !== 'approved') {
      this.refuse(res, req, 409, 'ended', context.language);
      return null;
    }
    return context;
  }

  private showErrors(
    res: Response,
    context: LinkContext,
    token: string,
    given: { date: unknown; durationMinutes: unknown },
    errorDate: boolean,
    errorDuration: boolean,
  ): void {
    this.send(
      res,
      400,
      context.language,
      'form',
      this.formValues(context, token, { ...given, hasErrors: true, errorDate, errorDuration }),
    );
  }

  private formValues(context: LinkContext, token: string, overrides: Record<string, unknown>): Record<string, unknown> {
    return {
      action: this.action(token),
      menteeName: context.menteeFirstName,
      programmeName: context.programmeName,
      minDate: context.minDate,
      maxDate: context.maxDate,
      minMinutes: MIN_MEETING_MINUTES,
      maxMinutes: MAX_MEETING_MINUTES,
      qualifyingMinutes: context.minMeetingMinutes,
      date: context.maxDate,
      durationMinutes: context.minMeetingMinutes,
      hasErrors: false,
      errorDate: false,
      errorDuration: false,
      ...Object.fromEntries(
        Object.entries(overrides).map(([k, v]) => [k, typeof v === 'string' || typeof v === 'boolean' ? v : '']),
      ),
    };
  }

  private action(token: string): string {
    return `/api/v1/log/${encodeURIComponent(token)}`;
  }

  private refuse(res: Response, req: Request, status: number, why: Refusal, language?: string): void {
    const lang = language ?? (req.acceptsLanguages('nb', 'no', 'nn', 'en') || 'en');
    this.send(res, status, lang, 'refused', {
      expired: why === 'expired',
      ended: why === 'ended',
      tooMany: why === 'tooMany',
      dailyLimit: why === 'dailyLimit',
    });
  }

  private send(res: Response, status: number, language: string, page: string, values: object): void {
    res
      .status(status)
      // The token is in the address: no page it links to may learn it.
      .set(publicPageHeaders({ form: 'self', secretInUrl: true }))
      .send(this.pages.render(language, page, 'html', values));
  }
}
