import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QueueConnections } from '../queues/queues.module.js';
import { MAIL_QUEUE, type SendEmailJob } from '../queues/queues.js';
import { PermanentMailError } from './mail.errors.js';
import { MailService, type DeliveryOutcome } from './mail.service.js';

/** The mail queue's worker: one job, one try at one outbox email. */
@Injectable()
export class MailProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly connections: QueueConnections,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.RUN_WORKERS) this.start();
  }

  /** Starts this process's mail worker. */
  start(): void {
    this.connections.startWorker<SendEmailJob>(MAIL_QUEUE, (job) => this.process(job), {
      concurrency: this.config.MAIL_CONCURRENCY,
    });
  }

  async process(job: Job<SendEmailJob>): Promise<DeliveryOutcome> {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.mail.deliver(job.data.outboxId, lastTry);
    } catch (error) {
      // BullMQ retries any other error with backoff; this one it drops at once.
      if (error instanceof PermanentMailError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
