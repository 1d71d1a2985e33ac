import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { Clock } from '../src/common/clock.js';
import { localDate } from '../src/meetings/month-requirement.js';
import { demoData, DEMO_TIMEZONE, runningStartDate, upcomingStartDate, type DemoData } from '../src/demo/demo-data.js';
import { DemoApi, seedDemo, type Seeded } from '../src/demo/demo-seed.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

/*
 * `npm run demo`'s seeding against a test database: a person opening the demo must find a living
 * programme, begun about four months ago, whose months, meetings, gathering and emails show the
 * follow-up at work. Run as of the real day, and as of the 1st of a month before the 09:00 sweep
 * (the day the escalation is decided), since the demo's dates follow the calendar.
 */

interface MonthStanding {
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  meetings: number;
  met: boolean;
  closed: boolean;
}

interface Match {
  id: string;
  menteeId: string;
  status: string;
  startsOn: string | null;
  createdAt: string;
}

interface OutboxEmail {
  kind: string;
  to: string;
  status: string;
  matchId?: string;
  gatheringId?: string;
  periodKey: string;
  createdAt: string;
  sentAt?: string;
}

const SCENARIOS: [string, string | null][] = [
  ['the real day', null],
  ['the 1st of a month, before the 09:00 sweep', '2027-03-01T07:30:00+01:00'],
];

describe.each(SCENARIOS)('the demo seeded as of %s', (_label, instant) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let data: DemoData;
  let seeded: Seeded;
  let now: Date;
  let today: string;
  let lead: string;
  let admin: string;
  let programmeId: string;

  const get = async <T>(path: string, token = lead): Promise<T> => {
    const res = await t.http.get(`/api/v1${path}`).set(t.auth(token));
    expect(res.status).toBe(200);
    return res.body as T;
  };
  const login = async (email: string, password: string): Promise<string> => {
    const res = await t.http.post('/api/v1/auth/login').send({ email, password });
    expect(res.status).toBe(200);
    return (res.body as { accessToken: string }).accessToken;
  };
  const lastMonth = () => DateTime.fromISO(today).minus({ months: 1 }).toFormat('yyyy-MM');

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const { admin: demoAdmin } = demoData('2026-01-01');
    t = await createTestApp({
      SMTP_URL: smtp.url,
      ADMIN_EMAIL: demoAdmin.email,
      ADMIN_PASSWORD: demoAdmin.password,
    });
    if (instant) t.setNow(instant);
    const clock = t.app.get(Clock);
    now = clock.now();
    today = localDate(now, DEMO_TIMEZONE);
    data = demoData(today);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    seeded = await seedDemo({ api: new DemoApi(`http://127.0.0.1:${port}/api/v1`), data, app: t.app });
    programmeId = seeded.running.programmeId;
    const leadUser = data.users.find((u) => u.role === 'lead')!;
    lead = await login(leadUser.email, leadUser.password);
    admin = await login(data.admin.email, data.admin.password);
    await seeded.dateSentEmails();
    // Today's emails may still be leaving.
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const [{ pending }] = await t.db.query<{ pending: number }[]>(
        `SELECT count(*)::int AS pending FROM outbox WHERE status = 'pending'`,
      );
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('leaves the clock as it found it', () => {
    expect(Math.abs(t.app.get(Clock).now().getTime() - (instant ? now.getTime() : Date.now()))).toBeLessThan(
      instant ? 1 : 120_000,
    );
  });

  it('has a programme that began about four months ago, and one that starts next year', async () => {
    const running = await get<{ startDate: string; endDate: string }>(`/programmes/${programmeId}`);
    expect(running.startDate).toBe(runningStartDate(today));
    const days = DateTime.fromISO(today).diff(DateTime.fromISO(running.startDate), 'days').days;
    expect(days).toBeGreaterThanOrEqual(118);
    expect(days).toBeLessThanOrEqual(126);
    expect(running.endDate > today).toBe(true);

    const upcoming = await get<{ startDate: string }>(`/programmes/${seeded.upcoming.programmeId}`);
    expect(upcoming.startDate).toBe(upcomingStartDate(today));
    expect(upcoming.startDate.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) + 1));
    const participants = await get<unknown[]>(`/programmes/${seeded.upcoming.programmeId}/participants`);
    expect(participants).toHaveLength(60);
  });

  it('has pairs approved from the start whose months are met, missed once, or missed twice and escalated', async () => {
    const { startDate } = await get<{ startDate: string }>(`/programmes/${programmeId}`);
    const pairs = await get<Match[]>(`/programmes/${programmeId}/matches?status=approved`);
    expect(pairs.length).toBeGreaterThanOrEqual(12);
    for (const pair of pairs) expect(pair.startsOn).toBe(startDate);

    const standing = {
      onTrack: [] as string[],
      behind: [] as string[],
      twoShort: [] as string[],
      other: [] as string[],
    };
    for (const pair of pairs) {
      const months = await get<MonthStanding[]>(`/matches/${pair.id}/compliance`);
      const closed = months.filter((m) => m.closed);
      // The start month, three whole months, and the month under way.
      expect(closed.length).toBeGreaterThanOrEqual(4);
      expect(months.at(-1)!.closed).toBe(false);
      const [before, last] = closed.slice(-2);
      if (!last.met && !before.met) standing.twoShort.push(pair.id);
      else if (!last.met) standing.behind.push(pair.id);
      else if (closed.every((m) => m.met)) standing.onTrack.push(pair.id);
      else standing.other.push(pair.id);
      // Not empty months: every whole month of a pair that is not the escalated one has meetings.
      if (last.met || before.met) {
        for (const month of closed.filter((m) => m.requiredMeetings > 0)) expect(month.meetings).toBeGreaterThan(0);
      }
    }
    expect(standing.twoShort).toHaveLength(1);
    expect(standing.behind.length).toBeGreaterThanOrEqual(2);
    expect(standing.onTrack.length).toBeGreaterThanOrEqual(pairs.length / 2);
    expect(seeded.running).toMatchObject({
      pairs: pairs.length,
      onTrack: standing.onTrack.length,
      behindLastMonth: standing.behind.length,
      escalated: 1,
      escalatedPairId: standing.twoShort[0],
    });

    // The outbox holds what the daily sweep sent: a minimum_missed for each pair behind last month,
    // and one escalation, to the coordinator of the escalated pair's mentee, linking to its page.
    const missed = await get<OutboxEmail[]>('/admin/outbox?kind=minimum_missed', admin);
    for (const id of [...standing.behind, ...standing.twoShort]) {
      expect(missed.some((e) => e.matchId === id && e.periodKey === lastMonth())).toBe(true);
    }
    const escalations = await get<OutboxEmail[]>('/admin/outbox?kind=escalation', admin);
    expect(escalations).toEqual([
      expect.objectContaining({
        matchId: standing.twoShort[0],
        to: 'coordinator.sortland@example.org',
        periodKey: lastMonth(),
        status: 'sent',
      }),
    ]);
    const deadline = Date.now() + 5000;
    while (!smtp.received.some((e) => e.kind === 'escalation') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const email = smtp.received.find((e) => e.kind === 'escalation');
    expect(email?.to).toBe('coordinator.sortland@example.org');
    expect(email?.text).toContain(`/pairs/${standing.twoShort[0]}`);
  });

  it('dates the emails of past sweeps on their day, 09:00 in Oslo, sent a few seconds later', async () => {
    const { startDate } = await get<{ startDate: string }>(`/programmes/${programmeId}`);
    const emails = await get<OutboxEmail[]>('/admin/outbox', admin);
    expect(emails.length).toBe(seeded.emailTotal);
    const firstSweep = DateTime.fromISO(`${startDate}T09:00`, { zone: DEMO_TIMEZONE }).minus({ days: 7 });
    const invitations = emails.filter(
      (e) => e.kind === 'gathering_invite' && new Date(e.createdAt).getTime() === firstSweep.toMillis(),
    );
    // The cohort registered before the start: 14 mentors and 18 mentees, each invited to three gatherings.
    expect(invitations).toHaveLength(32 * 3);
    for (const email of emails.filter((e) => e.status === 'sent')) {
      const delay = new Date(email.sentAt!).getTime() - new Date(email.createdAt).getTime();
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(60_000);
    }
    const nudges = emails.filter((e) => e.kind === 'midmonth_nudge');
    expect(nudges.length).toBeGreaterThan(0);
    expect(emails.every((e) => e.status === 'sent')).toBe(true);
  });

  it('held the kickoff with attendance recorded, and the midway gathering is coming up', async () => {
    const { startDate } = await get<{ startDate: string }>(`/programmes/${programmeId}`);
    const gatherings = await get<{ id: string; kind: string; startsAt: string; location: string | null }[]>(
      `/programmes/${programmeId}/gatherings`,
    );
    const kickoff = gatherings.find((g) => g.kind === 'kickoff')!;
    const midway = gatherings.find((g) => g.kind === 'midway')!;
    expect(kickoff.startsAt.slice(0, 10)).toBe(startDate);
    expect(kickoff.location).toBeTruthy();
    const { participantIds } = await get<{ participantIds: string[] }>(`/gatherings/${kickoff.id}/attendance`);
    expect(participantIds.length).toBeGreaterThan(32 / 2);
    expect(participantIds.length).toBeLessThan(32);
    const midwayAt = new Date(midway.startsAt).getTime();
    expect(midwayAt).toBeGreaterThan(now.getTime());
    expect(midwayAt).toBeLessThan(now.getTime() + 15 * 24 * 3600_000);

    const stats = await get<{ gatherings: { id: string; invited: number; attended: number }[] }>(
      `/programmes/${programmeId}/stats`,
    );
    expect(stats.gatherings.find((g) => g.id === kickoff.id)).toMatchObject({
      invited: 32,
      attended: participantIds.length,
    });
    expect(seeded.running.kickoff).toMatchObject({ invited: 32, attended: participantIds.length });
  });

  it('has mentees still without a mentor and proposals undecided, one for more than 7 days', async () => {
    const matches = await get<Match[]>(`/programmes/${programmeId}/matches`);
    const mentees = await get<{ id: string; role: string }[]>(`/programmes/${programmeId}/participants?role=mentee`);
    const paired = new Set(matches.filter((m) => m.status === 'approved').map((m) => m.menteeId));
    expect(mentees.filter((m) => !paired.has(m.id)).length).toBeGreaterThanOrEqual(3);
    expect(matches.some((m) => m.status === 'rejected')).toBe(true);

    const proposed = matches.filter((m) => m.status === 'proposed');
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    const weekAgo = now.getTime() - 7 * 24 * 3600_000;
    expect(proposed.filter((m) => new Date(m.createdAt).getTime() < weekAgo)).not.toHaveLength(0);
    expect(proposed.filter((m) => new Date(m.createdAt).getTime() >= weekAgo)).not.toHaveLength(0);
  });

  it('covers every residence basis, with every mentee’s employment status at the start', async () => {
    const stats = await get<{
      participants: { mentees: number; byCategory: Record<string, number> };
      employment: { atStart: Record<string, number> };
    }>(`/programmes/${programmeId}/stats`);
    for (const category of ['refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse']) {
      expect(stats.participants.byCategory[category]).toBeGreaterThan(0);
    }
    expect(stats.employment.atStart.unknown).toBe(0);
    const total = Object.values(stats.employment.atStart).reduce((a, b) => a + b, 0);
    expect(total).toBe(stats.participants.mentees);
  });
});
