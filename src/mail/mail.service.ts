import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { MAIL_QUEUE_TOKEN, type MailQueue } from '../queues/queues.module.js';
import { SEND_EMAIL_JOB } from '../queues/queues.js';
import { Clock } from '../common/clock.js';
import { TemplateSet } from '../common/templates.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { signMeetingLink } from '../meetings/meeting-link.js';
import { gatheringInvitation } from './gathering-calendar.js';
import { classifySmtpFailure, PermanentMailError } from './mail.errors.js';
import { MailRepository, type EmailContext } from './mail.repository.js';
import { Mailer, type OutgoingEmail } from './mailer.js';
import type { EmailKind, OutboxEmail, OutboxStatus } from './outbox.entity.js';
import { BoundedCache } from '../common/bounded-cache.js';

export const KIND_HEADER = 'X-Mentornett-Kind';

export type DeliveryOutcome = 'sent' | 'already-done';

/** addBulk in slices, so one sweep's thousands of jobs do not make one huge Redis call. */
const ENQUEUE_CHUNK = 1000;

/** Dates written out in words, remembered up to this many (months, gathering times, expiry days). */
const MAX_DATE_TEXTS = 10_000;

/** Parses MAIL_FROM ("Name <address>" or "address") for the calendar's organizer. */
function parseSender(from: string): { name: string; email: string } {
  const angled = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  if (angled) return { name: angled[1].replace(/^"|"$/g, '') || angled[2], email: angled[2] };
  return { name: from.trim(), email: from.trim() };
}

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly templates = TemplateSet.at(new URL('./templates/', import.meta.url)).withPartial('layout');
  /** The service's host name: the domain of Message-IDs and calendar UIDs. */
  private readonly host: string;
  private readonly sender: { name: string; email: string };
  /** luxon's formatting in words costs more than the rest of a template, and few dates recur often. */
  private readonly dateTexts = new BoundedCache<string>(MAX_DATE_TEXTS);

  constructor(
    private readonly repository: MailRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_QUEUE_TOKEN) private readonly queue: MailQueue,
  ) {
    this.host = new URL(config.PUBLIC_URL).hostname;
    this.sender = parseSender(config.MAIL_FROM);
  }

  /**
   * Hands outbox rows to the mail queue, each as the job whose id is the row's id: a row whose job
   * is still queued is not queued twice, and one whose job was lost (Redis flushed) is queued again.
   */
  async enqueue(outboxIds: readonly string[]): Promise<void> {
    const opts = {
      attempts: this.config.MAIL_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.MAIL_BACKOFF_MS },
      // The outbox row is the record; Redis keeps a little history for the dashboard only.
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: true,
    };
    for (let i = 0; i < outboxIds.length; i += ENQUEUE_CHUNK) {
      await this.queue.addBulk(
        outboxIds
          .slice(i, i + ENQUEUE_CHUNK)
          .map((outboxId) => ({ name: SEND_EMAIL_JOB, data: { outboxId }, opts: { ...opts, jobId: outboxId } })),
      );
    }
  }

  listOutbox(filter: {
    status?: OutboxStatus;
    kind?: EmailKind;
    limit?: number;
    offset?: number;
  }): Promise<OutboxEmail[]> {
    return this.repository.list(filter);
  }

  /**
   * One try at one outbox email. A row already sent or given up is left alone, so a job that runs
   * again (after a crash, or enqueued twice) sends nothing twice. On the last try, or on a
   * permanent refusal, the row is marked failed.
   */
  async deliver(outboxId: string, lastTry: boolean): Promise<DeliveryOutcome> {
    const context = await this.repository.claimForAttempt(outboxId);
    if (!context) return 'already-done';
    if (context.recipientName === null) {
      // Removed from the programme (or their account deleted) since the sweep decided the email.
      await this.repository.markFailed(outboxId, 'the recipient no longer exists');
      return 'already-done';
    }
    let email: OutgoingEmail;
    try {
      email = this.compose(context);
    } catch (error) {
      const message = `template: ${(error as Error).message}`.slice(0, 500);
      await this.repository.markFailed(outboxId, message);
      throw new PermanentMailError(message);
    }
    try {
      await this.mailer.send(email);
    } catch (error) {
      const failure = classifySmtpFailure(error);
      // The id and kind only: an SMTP reply may quote the address.
      this.logger.warn(
        { outboxId, kind: context.kind, permanent: failure instanceof PermanentMailError },
        'Send failed',
      );
      if (failure instanceof PermanentMailError || lastTry) await this.repository.markFailed(outboxId, failure.message);
      else await this.repository.noteError(outboxId, failure.message);
      throw failure;
    }
    await this.repository.markSent(outboxId, this.clock.now());
    return 'sent';
  }

  /** The email an outbox row stands for, in the recipient's language. */
  compose(context: EmailContext): OutgoingEmail {
    const values = this.templateValues(context);
    const subject = this.templates.render(context.language, context.kind, 'subject', values);
    const withSubject = { ...values, subject };
    const email: OutgoingEmail = {
      messageId: `<${context.id}@${this.host}>`,
      to: context.to,
      subject,
      text: this.templates.render(context.language, context.kind, 'text', withSubject),
      html: this.templates.render(context.language, context.kind, 'html', withSubject),
      headers: { [KIND_HEADER]: context.kind },
    };
    if (context.kind === 'gathering_invite') {
      email.calendar = gatheringInvitation(
        {
          id: context.gatheringId!,
          title: context.gatheringTitle!,
          startsAt: context.startsAt!,
          endsAt: context.endsAt!,
          location: context.location,
          sequence: context.sequence!,
        },
        context.timezone,
        this.sender,
        { name: context.recipientName ?? context.to, email: context.to },
        this.host,
        this.clock.now(),
      );
    }
    return email;
  }

  private templateValues(c: EmailContext): Record<string, unknown> {
    const locale = this.templates.languageFor(c.language);
    const month = (key: string | undefined) =>
      key
        ? this.dateTexts.remember(`month|${locale}|${key}`, () =>
            DateTime.fromISO(`${key}-01`, { locale }).toFormat('LLLL yyyy'),
          )
        : '';
    const base = { recipientName: c.recipientName, programmeName: c.programmeName };
    switch (c.kind) {
      case 'midmonth_nudge':
      case 'minimum_missed': {
        const expiresAt = DateTime.fromJSDate(this.clock.now()).plus({ days: this.config.LINK_TTL_DAYS });
        const token = signMeetingLink(c.matchId!, expiresAt.toJSDate(), this.config.LINK_SECRET);
        return {
          ...base,
          menteeName: c.menteeName,
          monthName: month(c.figures?.month),
          requiredMeetings: c.figures?.requiredMeetings,
          qualifyingMeetings: c.figures?.qualifyingMeetings,
          minMinutes: c.minMeetingMinutes,
          link: `${this.config.PUBLIC_URL}/api/v1/log/${token}`,
          // The same minute is the same day in every zone (their offsets are whole minutes).
          linkExpires: this.dateTexts.remember(
            `day|${locale}|${c.timezone}|${Math.floor(expiresAt.toMillis() / 60_000)}`,
            () => expiresAt.setZone(c.timezone).setLocale(locale).toLocaleString(DateTime.DATE_FULL),
          ),
        };
      }
      case 'escalation':
        return {
          ...base,
          mentorName: c.mentorName,
          menteeName: c.menteeName,
          // The pair's page in the console (CONSOLE.md's routes are stable: emails link to them).
          pairUrl: `${this.config.PUBLIC_URL}/pairs/${c.matchId}`,
          monthName: month(c.figures?.month),
          previousMonthName: month(c.figures?.previousMonth),
          requiredMeetings: c.figures?.requiredMeetings,
          qualifyingMeetings: c.figures?.qualifyingMeetings,
        };
      case 'retention_notice':
        return {
          ...base,
          // The programme's page in the console, where admins and leads download the archive.
          programmeUrl: `${this.config.PUBLIC_URL}/programmes/${c.programmeId}`,
          erasureDay: this.dateTexts.remember(`date|${locale}|${c.erasureOn}`, () =>
            DateTime.fromISO(c.erasureOn ?? '', { locale }).toLocaleString(DateTime.DATE_FULL),
          ),
        };
      case 'gathering_invite':
      case 'gathering_reminder':
        return {
          ...base,
          title: c.gatheringTitle,
          location: c.location,
          moved: (c.sequence ?? 0) > 0,
          when: this.dateTexts.remember(`when|${locale}|${c.timezone}|${c.startsAt!.getTime()}`, () =>
            DateTime.fromJSDate(c.startsAt!, { zone: c.timezone })
              .setLocale(locale)
              .toLocaleString({ ...DateTime.DATETIME_HUGE, timeZoneName: 'short' }),
          ),
        };
    }
  }
}
