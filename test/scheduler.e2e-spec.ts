import type { Job } from 'bullmq';
import { DateTime } from 'luxon';
import { QueueConnections } from '../src/queues/queues.module.js';
import type { SweepJob } from '../src/queues/queues.js';
import { RemindersProcessor } from '../src/reminders/reminders.processor.js';
import { RemindersService } from '../src/reminders/reminders.service.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, programmeBody } from './support/factories.js';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await createTestApp({ SCHEDULE_SWEEPS: 'true', RUN_WORKERS: 'false' });
  // a second process of the same deployment (same Redis prefix) starting up too
  second = await createTestApp({
    SCHEDULE_SWEEPS: 'true',
    RUN_WORKERS: 'false',
    REDIS_PREFIX: first.config.REDIS_PREFIX,
  });
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const schedulers = (t: TestApp) => t.app.get(QueueConnections).queue('reminders').getJobSchedulers();

describe('the daily sweep', () => {
  it('is scheduled once at 09:00 Oslo time, however many processes start', async () => {
    const list = await schedulers(first);
    expect(list.map((s) => ({ key: s.key, pattern: s.pattern, tz: s.tz }))).toEqual([
      { key: 'daily-sweep:Europe/Oslo', pattern: '0 9 * * *', tz: 'Europe/Oslo' },
    ]);
    const next = DateTime.fromMillis(list[0].next!, { zone: 'Europe/Oslo' });
    expect([next.hour, next.minute]).toEqual([9, 0]);
    expect(next.toMillis()).toBeGreaterThan(Date.now());
  });

  it('gets a scheduler of its own for a programme in another time zone, at 09:00 there', async () => {
    const admin = await first.user('admin');
    const res = await first.http
      .post('/api/v1/programmes')
      .set(first.auth(admin.token))
      .send(programmeBody({ timezone: 'America/New_York' }));
    expect(res.status).toBe(201);
    await first.app.get(RemindersService).scheduleDailySweeps();
    const list = await schedulers(first);
    const york = list.find((s) => s.tz === 'America/New_York');
    expect(york?.key).toBe('daily-sweep:America/New_York');
    const next = DateTime.fromMillis(york!.next!, { zone: 'America/New_York' });
    expect([next.hour, next.minute]).toEqual([9, 0]);
    expect(list).toHaveLength(2);
  });

  it('sweeps only the programmes of its own time zone', async () => {
    const admin = await first.user('admin');
    first.setNow('2027-01-05T10:00:00Z');
    const ids: Record<string, string> = {};
    for (const timezone of ['Europe/Oslo', 'America/New_York']) {
      const programme = await first.http
        .post('/api/v1/programmes')
        .set(first.auth(admin.token))
        .send(programmeBody({ startDate: '2027-01-18', timezone }));
      ids[timezone] = programme.body.id as string;
      const added = await first.http
        .post(`/api/v1/programmes/${programme.body.id}/participants`)
        .set(first.auth(admin.token))
        .send(menteeBody());
      expect(added.status).toBe(201);
    }
    const job = { data: { timezone: 'Europe/Oslo' } } as Job<SweepJob>;
    const result = await first.app.get(RemindersProcessor).process(job);
    expect(result.enqueued).toBe(3);
    const rows = await first.db.query<{ programme_id: string }[]>(
      'SELECT DISTINCT g.programme_id FROM outbox o JOIN gatherings g ON g.id = o.gathering_id',
    );
    expect(rows.map((r) => r.programme_id)).toEqual([ids['Europe/Oslo']]);
  });
});
