import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QueueConnections } from '../queues/queues.module.js';
import { REMINDERS_QUEUE, type SweepJob } from '../queues/queues.js';
import { RemindersService, type SweepResult } from './reminders.service.js';

/** The reminders queue's worker: the daily sweep of one time zone, which fans out into mail jobs. */
@Injectable()
export class RemindersProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly connections: QueueConnections,
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SCHEDULE_SWEEPS) await this.reminders.scheduleDailySweeps();
    if (!this.config.RUN_WORKERS) return;
    this.connections.startWorker<SweepJob>(REMINDERS_QUEUE, (job) => this.process(job), { concurrency: 1 });
  }

  async process(job: Job<SweepJob>): Promise<SweepResult> {
    const result = await this.reminders.sweep(this.clock.now(), job.data.timezone);
    // A programme in a new time zone gets its own 09:00 from the next day on.
    await this.reminders.scheduleDailySweeps();
    return result;
  }
}
