/** Every queue and job of mentornett, with the payload each job carries. */

export const MAIL_QUEUE = 'mail';
export const SEND_EMAIL_JOB = 'send-email';
/** The outbox row to send; it is also the job's id, so one row is one job however often it is enqueued. */
export interface SendEmailJob {
  outboxId: string;
}

export const REMINDERS_QUEUE = 'reminders';
export const SWEEP_JOB = 'sweep';
/** A daily sweep of the programmes in one time zone, fired at 09:00 there by its job scheduler. */
export interface SweepJob {
  timezone: string;
}

export const AUDIT_QUEUE = 'audit';
export const PURGE_AUDIT_JOB = 'purge';
/** The daily removal of audit rows past AUDIT_RETENTION_MONTHS; it needs nothing but the clock. */
export type PurgeAuditJob = Record<string, never>;

export const PRIVACY_QUEUE = 'privacy';
export const RETENTION_JOB = 'retention';
/** The daily retention run: erases the participants of programmes past retentionMonths; needs only the clock. */
export type RetentionJob = Record<string, never>;

export const QUEUE_NAMES = [MAIL_QUEUE, REMINDERS_QUEUE, AUDIT_QUEUE, PRIVACY_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
