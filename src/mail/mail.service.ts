import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { MAIL_QUEUE_TOKEN, type MailQueue } from '../queues/queues.module.js';
import { SEND_EMAIL_JOB } from '../queues/queues.js';
import { Clock } from '../common/clock.js';
import { TemplateSet } from '../common/templates.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { signMeetingLink } from '../meetings/meeting-link.js';
import { signSurveyLink, SURVEY_LINK_DAYS } from '../surveys/survey-link.js';
import { gatheringInvitation, themeEveningUid } from './gathering-calendar.js';
import { classifySmtpFailure, PermanentMailError } from './mail.errors.js';
import { MailRepository, type EmailContext } from './mail.repository.js';
import { Mailer, type OutgoingEmail } from './mailer.js';
import type { EmailKind, MonthFigures, OutboxEmail, OutboxStatus, ScreeningFigures } from './outbox.entity.js';
import { BoundedCache } from '../common/bounded-cache.js';

export const KIND_HEADER = 'X-Mentornett-Kind';

/** cancelled: the recipient withdrew consent (or was erased) after the email was decided. */
export type DeliveryOutcome = 'sent' | 'already-done' | 'cancelled';

/** addBulk in slices, so one sweep's thousands of jobs do not make one huge Redis call. */
const ENQUEUE_CHUNK = 1000;

/** Dates written out in words, remembered up to this many (months, gathering times, expiry days). */
const MAX_DATE_TEXTS = 10_000;

/** The residence categories as the digest (written in bokmål) names them. */
const DIGEST_CATEGORY_LABELS: Record<string, string> = {
  refugee: 'Flyktning',
  family: 'Familieinnvandring',
  labour_eea: 'Arbeidsinnvandring fra EØS',
  labour_non_eea: 'Arbeidsinnvandring fra land utenfor EØS',
  labour_spouse: 'Familie av arbeidsinnvandrer',
  other: 'Annet',
  total: 'Totalt',
};

/** The themes of «Ny i Norge» evenings in the languages of the templates. */
const EVENT_THEME_NAMES: Record<string, Record<string, string>> = {
  nb: {
    school_education: 'Skole og utdanning',
    health_family: 'Helse og familieliv',
    voluntary_work: 'Frivillig arbeid',
    other: 'Ny i Norge',
  },
  nn: {
    school_education: 'Skule og utdanning',
    health_family: 'Helse og familieliv',
    voluntary_work: 'Frivillig arbeid',
    other: 'Ny i Noreg',
  },
  en: {
    school_education: 'School and education',
    health_family: 'Health and family life',
    voluntary_work: 'Voluntary work',
    other: 'New in Norway',
  },
};

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
    if (context.invitationWithdrawn) {
      /*
       * Consent is checked when the email goes, not only when it was decided: a withdrawal cancels
       * the pending invitations in its own transaction, but the sweep may have decided one on the
       * old consent at the same moment. The claim counted an attempt; a crash before this update
       * leaves the row pending, and the retried job (or the sweep's re-queue) comes back here.
       */
      await this.repository.markCancelled(outboxId);
      return 'cancelled';
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
    const title = values.title as string | undefined;
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
    if (context.kind === 'gathering_invite' || context.kind === 'event_invite') {
      email.calendar = gatheringInvitation(
        {
          id: context.gatheringId!,
          uid: context.kind === 'event_invite' ? themeEveningUid(context.eventId!, this.host) : undefined,
          title: title ?? context.gatheringTitle!,
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
    const day = (iso: string | undefined) =>
      iso
        ? this.dateTexts.remember(`date|${locale}|${iso}`, () =>
            DateTime.fromISO(iso, { locale }).toLocaleString(DateTime.DATE_FULL),
          )
        : '';
    const monthFigures = c.figures as MonthFigures | null;
    switch (c.kind) {
      case 'midmonth_nudge':
      case 'minimum_missed': {
        const expiresAt = DateTime.fromJSDate(this.clock.now()).plus({ days: this.config.LINK_TTL_DAYS });
        const token = signMeetingLink(c.matchId!, expiresAt.toJSDate(), this.config.LINK_SECRET);
        return {
          ...base,
          menteeName: c.menteeName,
          monthName: month(monthFigures?.month),
          requiredMeetings: monthFigures?.requiredMeetings,
          qualifyingMeetings: monthFigures?.qualifyingMeetings,
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
          monthName: month(monthFigures?.month),
          previousMonthName: month(monthFigures?.previousMonth),
          requiredMeetings: monthFigures?.requiredMeetings,
          qualifyingMeetings: monthFigures?.qualifyingMeetings,
        };
      case 'event_invite':
        return {
          recipientName: c.recipientName,
          title: c.gatheringTitle,
          themeName: (EVENT_THEME_NAMES[locale] ?? EVENT_THEME_NAMES.en)[c.theme!] ?? '',
          location: c.location,
          municipalityName: c.municipalityName ?? '',
          partners: (c.partners ?? []).map((p) => p.organisation),
          moved: (c.sequence ?? 0) > 0,
          when: this.dateTexts.remember(`when|${locale}|${c.timezone}|${c.startsAt!.getTime()}`, () =>
            DateTime.fromJSDate(c.startsAt!, { zone: c.timezone })
              .setLocale(locale)
              .toLocaleString({ ...DateTime.DATETIME_HUGE, timeZoneName: 'short' }),
          ),
        };
      case 'team_digest': {
        const d = c.digest!;
        return {
          recipientName: c.recipientName,
          municipalityName: c.municipalityName ?? '',
          monthName: month(d.month),
          previousMonthName: month(d.previousMonth),
          ...d,
          hasLongestWait: d.longestWaitDays !== null,
          reach: d.reach.map((r) => ({ ...r, label: DIGEST_CATEGORY_LABELS[r.category] ?? r.category })),
        };
      }
      case 'midway_survey':
      case 'closing_survey':
      case 'followup_survey': {
        const expiresAt = DateTime.fromJSDate(this.clock.now()).plus({ days: SURVEY_LINK_DAYS });
        const token = signSurveyLink(c.id, expiresAt.toJSDate(), this.config.LINK_SECRET);
        return {
          ...base,
          months: c.kind === 'followup_survey' ? Number(c.periodKey) : null,
          link: `${this.config.PUBLIC_URL}/api/v1/survey/${token}`,
          linkExpires: this.dateTexts.remember(
            `day|${locale}|${c.timezone}|${Math.floor(expiresAt.toMillis() / 60_000)}`,
            () => expiresAt.setZone(c.timezone).setLocale(locale).toLocaleString(DateTime.DATE_FULL),
          ),
        };
      }
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
          // The default title of a kickoff, midway or closing is a template, in the recipient's language.
          title: c.defaultTitleOf
            ? this.templates.render(c.language, 'gathering_title', c.defaultTitleOf, {}).trim()
            : c.gatheringTitle,
          location: c.location,
          moved: (c.sequence ?? 0) > 0,
          when: this.dateTexts.remember(`when|${locale}|${c.timezone}|${c.startsAt!.getTime()}`, () =>
            DateTime.fromJSDate(c.startsAt!, { zone: c.timezone })
              .setLocale(locale)
              .toLocaleString({ ...DateTime.DATETIME_HUGE, timeZoneName: 'short' }),
          ),
        };
      case 'screening_expiry': {
        const figures = c.figures as ScreeningFigures;
        return {
          ...base,
          mentorName: c.mentorName,
          menteeName: c.menteeName,
          policeCertificate: figures.document === 'police_certificate',
          documentDate: day(figures.documentDate),
          expiresOn: day(figures.expiresOn),
          pairUrl: `${this.config.PUBLIC_URL}/pairs/${c.matchId}`,
        };
      }
    }
  }
}
