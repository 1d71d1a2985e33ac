import { Injectable, Logger } from '@nestjs/common';
import { Tx } from '../database/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { EMAIL_LANGUAGES } from '../reminders/reminders.repository.js';
import { PrivacyRepository } from './privacy.repository.js';

/** The reason an erasure by the retention rule carries. */
export const RETENTION_REASON = 'The programme’s retention period (retentionMonths) ran out';

/** Days before the erasure that the leads are told. */
export const NOTICE_DAYS = 30;

/*
 * A programme's erasure day: the first day after `retentionMonths` months from its end, in its
 * own time zone. Due: that day has come. Noticed: it is at most NOTICE_DAYS away.
 */
const DAYS_SQL = `
  SELECT p.id, p.end_date, (($1::timestamptz AT TIME ZONE p.timezone)::date) AS today,
         ((p.end_date + make_interval(months => (p.rules->>'retentionMonths')::int))::date + 1) AS erasure_day
    FROM programmes p`;

const NOTICE_SQL = `
  WITH days AS (${DAYS_SQL})
  INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, programme_id, period_key)
  SELECT 'retention_notice', u.id, u.email,
         CASE WHEN u.preferred_language::text = ANY($2::text[]) THEN u.preferred_language::text
              WHEN u.preferred_language::text IN ('no', 'nn') THEN 'nb' ELSE 'en' END,
         d.id, d.id, 'retention'
    FROM days d
    JOIN users u ON u.role = 'lead' AND NOT u.disabled
   WHERE d.today >= d.erasure_day - ${NOTICE_DAYS} AND d.today < d.erasure_day
     AND EXISTS (SELECT 1 FROM participants pa WHERE pa.programme_id = d.id AND pa.erased_at IS NULL)
  ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
  RETURNING id`;

const DUE_SQL = `
  WITH days AS (${DAYS_SQL})
  SELECT pa.id, pa.programme_id AS "programmeId", pa.municipality_code AS "municipalityCode"
    FROM days d JOIN participants pa ON pa.programme_id = d.id AND pa.erased_at IS NULL
   WHERE d.today >= d.erasure_day
   ORDER BY pa.programme_id, pa.id`;

/**
 * The retention rule, run daily: the participants of a programme whose retention ran out are erased
 * (audited `retention.erase`, by no one); NOTICE_DAYS before, every lead is told once, by email,
 * with the programme's page where its archive is downloaded.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PrivacyRepository,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ notices: number; erased: number }> {
    const now = this.clock.now();
    const notices = await this.dataSource.query<{ id: string }[]>(NOTICE_SQL, [now, EMAIL_LANGUAGES]);
    await this.mail.enqueue(notices.map((n) => n.id));
    const due = await this.dataSource.query<{ id: string; programmeId: string; municipalityCode: string }[]>(DUE_SQL, [
      now,
    ]);
    let erased = 0;
    for (const participant of due) {
      await this.repository.transaction(async (manager) => {
        await this.repository.lockParticipant(manager, participant.id);
        if ((await this.repository.eraseParticipant(manager, participant.id, now, RETENTION_REASON)) === null) return;
        await this.audit.participants(null, 'retention.erase', [participant], new Tx(manager));
        erased += 1;
      });
    }
    this.logger.log({ notices: notices.length, erased }, 'Retention rule applied');
    return { notices: notices.length, erased };
  }
}
