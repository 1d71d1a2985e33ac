import { Inject, Injectable, Logger } from '@nestjs/common';
import { REMINDERS_QUEUE_TOKEN, type RemindersQueue } from '../queues/queues.module.js';
import { SWEEP_JOB } from '../queues/queues.js';
import { ThemeEveningsService } from '../events/theme-evenings.service.js';
import { MailService } from '../mail/mail.service.js';
import { TeamDigestService } from '../team/team-digest.service.js';
import { RemindersRepository } from './reminders.repository.js';

/** The hour of the daily sweep, in each programme's own time zone. */
export const DAILY_SWEEP_CRON = '0 9 * * *';
export const DEFAULT_TIMEZONE = 'Europe/Oslo';

export interface SweepResult {
  /** Emails decided by this sweep (none when the same day was swept before). */
  enqueued: number;
  /** Emails decided earlier and still unsent, handed to the queue again in case their job was lost. */
  requeued: number;
}

@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly repository: RemindersRepository,
    private readonly mail: MailService,
    private readonly evenings: ThemeEveningsService,
    private readonly digests: TeamDigestService,
    @Inject(REMINDERS_QUEUE_TOKEN) private readonly queue: RemindersQueue,
  ) {}

  /**
   * Decides every email due at `asOf` (for one time zone's programmes, or all of them) in one SQL
   * statement, then enqueues every email still pending: the new ones, and older ones whose job may
   * have been lost with Redis. Safe to run any number of times.
   *
   * The Oslo sweep (or a sweep of every zone) also decides what belongs to the municipalities:
   * invitations to upcoming theme evenings not yet decided (a newcomer who consented since, a new
   * participant) and, after the pair emails so last month's escalations are counted, the newcomer
   * teams' digests on the 1st.
   */
  async sweep(asOf: Date, timezone: string | null = null): Promise<SweepResult> {
    const decided = await this.repository.decideDueEmails(asOf, timezone);
    if (timezone === null || timezone === DEFAULT_TIMEZONE) {
      decided.push(...(await this.evenings.decideDueInvitations(asOf)));
      decided.push(...(await this.digests.decideDue(asOf)));
    }
    const pending = await this.repository.findPendingIds();
    await this.mail.enqueue(pending);
    const result = { enqueued: decided.length, requeued: pending.length - decided.length };
    this.logger.log({ asOf: asOf.toISOString(), timezone, ...result }, 'Reminder sweep');
    return result;
  }

  /**
   * One job scheduler per time zone that has programmes, firing at 09:00 there. upsertJobScheduler
   * is idempotent, so every process may call this at start without doubling a sweep.
   */
  async scheduleDailySweeps(): Promise<string[]> {
    const zones = [...new Set([DEFAULT_TIMEZONE, ...(await this.repository.findProgrammeTimezones())])];
    for (const tz of zones) {
      await this.queue.upsertJobScheduler(
        `daily-sweep:${tz}`,
        { pattern: DAILY_SWEEP_CRON, tz },
        { name: SWEEP_JOB, data: { timezone: tz } },
      );
    }
    return zones;
  }
}
