import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { EMAIL_LANGUAGES } from '../reminders/reminders.repository.js';
import { PrivacyRepository } from './privacy.repository.js';

/** The reason an erasure by the retention rule carries. */
export const RETENTION_REASON = 'The programme’s retention period (retentionMonths) ran out';

/**
 * The retention rule, run daily: the participants of a programme whose retention ran out are erased
 * (audited `retention.erase`, by no one); NOTICE_DAYS before, every lead is told once, by email,
 * with the programme's page where its archive is downloaded.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly repository: PrivacyRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ notices: number; erased: number }> {
    const now = this.clock.now();
    const notices = await this.repository.queueRetentionNotices(now, EMAIL_LANGUAGES);
    await this.mail.enqueue(notices.map((n) => n.id));
    const due = await this.repository.dueForErasure(now);
    let erased = 0;
    for (const participant of due) {
      await this.transactions.run(async (tx) => {
        const privacy = tx.get(PrivacyRepository);
        await privacy.lockParticipant(participant.id);
        if ((await privacy.eraseParticipant(participant.id, now, RETENTION_REASON)) === null) return;
        await this.audit.participants(null, 'retention.erase', [participant], tx);
        erased += 1;
      });
    }
    this.logger.log({ notices: notices.length, erased }, 'Retention rule applied');
    return { notices: notices.length, erased };
  }
}
