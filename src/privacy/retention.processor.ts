import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QueueConnections } from '../queues/queues.module.js';
import { PRIVACY_QUEUE, RETENTION_JOB, type RetentionJob } from '../queues/queues.js';
import { RetentionService } from './retention.service.js';

/** The hour of the daily retention run: at night in Norway, after the audit purge, away from the 09:00 sweeps. */
export const DAILY_RETENTION_CRON = '30 3 * * *';
export const RETENTION_SCHEDULER = 'daily-retention';

/** The privacy queue's worker: the daily retention run, scheduled as the audit purge is. */
@Injectable()
export class RetentionProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly connections: QueueConnections,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SCHEDULE_SWEEPS) await this.scheduleDailyRun();
    if (!this.config.RUN_WORKERS) return;
    this.connections.startWorker<RetentionJob>(PRIVACY_QUEUE, () => this.process(), { concurrency: 1 });
  }

  /** Idempotent (upsertJobScheduler), so every process may call it at start. */
  async scheduleDailyRun(): Promise<void> {
    await this.connections
      .queue<RetentionJob>(PRIVACY_QUEUE)
      .upsertJobScheduler(
        RETENTION_SCHEDULER,
        { pattern: DAILY_RETENTION_CRON, tz: 'Europe/Oslo' },
        { name: RETENTION_JOB, data: {} },
      );
  }

  process(): Promise<{ notices: number; erased: number }> {
    return this.retention.run();
  }
}
