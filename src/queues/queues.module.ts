import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Queue, Worker, type Processor, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import {
  MAIL_QUEUE,
  QUEUE_NAMES,
  REMINDERS_QUEUE,
  type QueueName,
  type SendEmailJob,
  type SweepJob,
} from './queues.js';

export const MAIL_QUEUE_TOKEN = Symbol('MAIL_QUEUE');
export const REMINDERS_QUEUE_TOKEN = Symbol('REMINDERS_QUEUE');
export type MailQueue = Queue<SendEmailJob>;
export type RemindersQueue = Queue<SweepJob>;

/**
 * The BullMQ side: the queues every process adds to, and the workers of the processes that run
 * them. BullMQ keeps its own key prefix (it does not use ioredis' keyPrefix), so REDIS_PREFIX is
 * passed to it; queues share one connection, each worker has its own (it blocks while waiting).
 */
@Injectable()
export class QueueConnections implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(QueueConnections.name);
  private readonly clients: Redis[] = [];
  private readonly shared: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: { worker: Worker; client: Redis }[] = [];
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.prefix = `${config.REDIS_PREFIX}bull`;
    this.shared = this.connect();
  }

  queue<T>(name: QueueName): Queue<T> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.shared, prefix: this.prefix });
      queue.on('error', () => undefined); // reported once by the connection, below
      this.queues.set(name, queue);
    }
    return queue as Queue<T>;
  }

  allQueues(): Queue[] {
    return QUEUE_NAMES.map((name) => this.queue(name));
  }

  startWorker<T>(name: QueueName, processor: Processor<T>, options: Partial<WorkerOptions> = {}): Worker<T> {
    const client = this.connect();
    const worker = new Worker<T>(name, processor, {
      connection: client,
      prefix: this.prefix,
      lockDuration: this.config.QUEUE_LOCK_MS,
      stalledInterval: Math.max(1000, Math.floor(this.config.QUEUE_LOCK_MS / 2)),
      ...options,
    });
    worker.on('error', () => undefined); // reported once by the connection, below
    this.workers.push({ worker: worker as Worker, client });
    return worker;
  }

  /**
   * Lets every job in flight finish (an email half-sent is sent), then stops. Without Redis no job
   * can finish anyway, and BullMQ would wait for it forever: then the workers stop at once.
   */
  async closeWorkers(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker, client }) => worker.close(client.status !== 'ready')));
  }

  /** Before the database closes: the jobs in flight still need it to record what they sent. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.closeWorkers();
  }

  async onApplicationShutdown(): Promise<void> {
    const closing = Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    for (const client of this.clients.splice(0)) client.disconnect();
  }

  private connect(): Redis {
    // Workers block on Redis and must never give up a command: BullMQ asks for no retry limit.
    const client = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    let down = false;
    client.on('error', (error: NodeJS.ErrnoException) => {
      if (down) return;
      down = true;
      this.logger.warn({ code: error.code }, 'Queue connection to Redis lost; retrying');
    });
    client.on('ready', () => {
      if (down) this.logger.log('Queue connection to Redis back');
      down = false;
    });
    this.clients.push(client);
    return client;
  }
}

@Global()
@Module({
  providers: [
    QueueConnections,
    {
      provide: MAIL_QUEUE_TOKEN,
      inject: [QueueConnections],
      useFactory: (c: QueueConnections) => c.queue<SendEmailJob>(MAIL_QUEUE),
    },
    {
      provide: REMINDERS_QUEUE_TOKEN,
      inject: [QueueConnections],
      useFactory: (c: QueueConnections) => c.queue<SweepJob>(REMINDERS_QUEUE),
    },
  ],
  exports: [QueueConnections, MAIL_QUEUE_TOKEN, REMINDERS_QUEUE_TOKEN],
})
export class QueuesModule {}
