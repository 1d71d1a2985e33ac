import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QueueConnections } from '../queues/queues.module.js';
import { AUDIT_QUEUE, PURGE_AUDIT_JOB, type PurgeAuditJob } from '../queues/queues.js';
import { AuditService } from './audit.service.js';

/** The hour of the daily purge of expired audit rows: at night in Norway, away from the 09:00 sweeps. */
export const DAILY_AUDIT_PURGE_CRON = '0 3 * * *';
export const AUDIT_PURGE_SCHEDULER = 'daily-audit-purge';

/** The audit queue's worker: the daily purge of rows past their retention, scheduled as the sweeps are. */
@Injectable()
export class AuditProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly connections: QueueConnections,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SCHEDULE_SWEEPS) await this.scheduleDailyPurge();
    if (!this.config.RUN_WORKERS) return;
    this.connections.startWorker<PurgeAuditJob>(AUDIT_QUEUE, () => this.process(), { concurrency: 1 });
  }

  /** Idempotent (upsertJobScheduler), so every process may call it at start. */
  async scheduleDailyPurge(): Promise<void> {
    await this.connections
      .queue<PurgeAuditJob>(AUDIT_QUEUE)
      .upsertJobScheduler(
        AUDIT_PURGE_SCHEDULER,
        { pattern: DAILY_AUDIT_PURGE_CRON, tz: 'Europe/Oslo' },
        { name: PURGE_AUDIT_JOB, data: {} },
      );
  }

  async process(): Promise<{ removed: number }> {
    const { removed } = await this.audit.purgeExpired();
    return { removed };
  }
}
