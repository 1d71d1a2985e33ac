import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application } from 'express';
import { AdminPageAuth } from '../auth/admin-page.auth.js';
import { QueueConnections } from './queues.module.js';

/**
 * The BullMQ dashboard (bull-board) for admins: what waits, what runs, what failed. It is an
 * Express router outside Nest's routing, so it carries its own admin gate. The outbox
 * (GET /admin/outbox) stays the record of what was sent; the dashboard shows the work in Redis.
 */
export function mountQueueDashboard(app: NestExpressApplication, path: string): void {
  const board = new ExpressAdapter();
  board.setBasePath(path);
  createBullBoard({
    queues: app
      .get(QueueConnections)
      .allQueues()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'mentornett queues' } },
  });
  // bull-board's own Express app would announce itself in X-Powered-By.
  (board.getRouter() as Application).disable('x-powered-by');
  app.use(path, app.get(AdminPageAuth).middleware('mentornett queues'), board.getRouter());
}
