import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { requiredMeetings } from '../meetings/month-requirement.js';
import { MAIL_QUEUE_TOKEN, type MailQueue } from '../queues/queues.module.js';
import { CSV_COLUMNS } from '../participants/participant-fields.js';
import type { LanguageSkill } from '../participants/participant-fields.js';
import {
  DEMO_NEWCOMERS,
  DEMO_SEED,
  DEMO_TEAM,
  seededRandom,
  type DemoCohort,
  type DemoData,
  type DemoGathering,
  type DemoParticipant,
  type DemoUser,
} from './demo-data.js';

/*
 * Seeds the demo the way the service is used, through its HTTP API: the admin creates the
 * accounts, the lead the programmes, the coordinators import their municipalities' spreadsheets,
 * approve pairs, log meetings and record attendance, and the reminder sweep decides the emails.
 * The meetings alone (well over a hundred) go through MeetingsService.record in the process, the
 * method behind POST /matches/:id/meetings, to keep the demo's start short.
 *
 * The programme under way is played through from a week before its start to today, in order: a
 * week before the start and on each 1st and reminder day (the days the daily sweep decides
 * something) the sweep runs as of 09:00 that day (POST /admin/reminders/run {asOf}), and each
 * day's meetings are logged in the evening after it, so every email in the outbox is one the
 * daily sweep would have sent. What the API stamps with the database's
 * clock (when a row was created) is set back to the day it stands for with SQL, and the app's
 * Clock is moved while the pairs are approved, so the console shows a history, not one busy
 * morning.
 */

/** Seeding answered unexpectedly: the request and the answer, for whoever debugs the service. */
export class SeedError extends Error {}

export class DemoApi {
  constructor(private readonly base: string) {}

  async call<T>(
    method: string,
    path: string,
    options: { token?: string; json?: unknown; csv?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.csv !== undefined) {
      headers['content-type'] = 'text/csv; charset=utf-8';
      body = options.csv;
    }
    const response = await fetch(`${this.base}${path}`, { method, headers, body });
    const text = await response.text();
    if (!response.ok) {
      throw new SeedError(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 600)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async login(user: DemoUser): Promise<string> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/auth/login', {
      json: { email: user.email, password: user.password },
    });
    return accessToken;
  }
}

type CsvValue = string | number | boolean | readonly LanguageSkill[] | undefined;

function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'object' ? value.map((l) => `${l.code}:${l.level}`).join(';') : String(value);
  return /[;,"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The participants as a coordinator's spreadsheet: semicolon-separated, as Excel writes it in Norway. */
export function participantsCsv(participants: readonly DemoParticipant[]): string {
  const rows = participants.map((p) => {
    const record: Partial<Record<string, CsvValue>> = { ...p };
    return CSV_COLUMNS.map((column) => csvCell(record[column])).join(';');
  });
  return [CSV_COLUMNS.join(';'), ...rows].join('\n') + '\n';
}

// What the API answers, as far as the seeding reads it.
interface Programme {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  timezone: string;
  rules: { minMeetingsPerMonth: number; minMeetingMinutes: number; midMonthReminderDay: number };
}
interface Participant {
  id: string;
  role: 'mentor' | 'mentee';
  name: string;
  email: string;
  municipalityCode: string;
}
interface Match {
  id: string;
  mentorId: string;
  menteeId: string;
  status: string;
  score: number;
  createdAt: string;
  startsOn?: string | null;
}
interface Gathering {
  id: string;
  kind: 'kickoff' | 'midway' | 'closing' | 'other';
  title: string;
  startsAt: string;
  location: string | null;
}
interface ProposalRun {
  runId: string;
  proposals: Match[];
  unmatchedMenteeIds: string[];
}
interface MonthStanding {
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  meetings: number;
  met: boolean;
  closed: boolean;
}
interface OutboxEmail {
  kind: string;
  status: string;
  to: string;
  matchId?: string;
  periodKey: string;
}

/** How a pair keeps the monthly minimum in the demo. */
type Pace = 'steady' | 'slipped' | 'recovered' | 'escalated';

/**
 * One pair escalated (the first with a mentee in Sortland, so the coordinator printed first gets
 * the email), three behind last month, one that missed a month and caught up, the rest steady.
 */
function assignPaces(menteeMunicipalities: readonly string[]): Pace[] {
  const escalated = Math.max(0, menteeMunicipalities.indexOf('1870'));
  let other = 0;
  return menteeMunicipalities.map((_, i) => {
    if (i === escalated) return 'escalated';
    const k = other++;
    if (k % 4 === 1 && k < 12) return 'slipped';
    if (k === 3) return 'recovered';
    return 'steady';
  });
}

interface PlannedMeeting {
  date: string;
  durationMinutes: number;
  note?: string;
}

const LONG_MINUTES = [120, 120, 135, 150, 150, 180, 180, 210, 240];
const SHORT_MINUTES = [30, 45, 60, 60, 75, 90];
const NOTES = [
  'Gjennomgang av CV og søknad',
  'Besøk på arbeidsplassen til mentor',
  'Øvde på jobbintervju',
  'Kaffe og norsktrening',
  'Tur langs sjøen, snakket om arbeidslivet i Vesterålen',
  'Snakket om godkjenning av utdanning',
  'Fulgte opp søknad om praksisplass',
  'Språkkafé på biblioteket sammen',
  'Snakket om førerkort og jobb i distriktet',
  'Middag hos mentor med familien',
];
const SHORT_NOTES = ['Kort kaffe i lunsjen', 'Telefonsamtale', 'Kort prat etter jobb'];

function pickFrom<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const utcDay = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/**
 * The meetings of one pair from `startsOn` to the day before `today`, month by month: a steady
 * pair meets the month's requirement (sometimes once more); the month a pair fell short it has one
 * meeting fewer, and often a short one that does not count. Meetings of the current month are
 * planned for the whole month, and only those already past are returned.
 */
function planPairMeetings(
  pace: Pace,
  startsOn: string,
  today: string,
  rules: { minMeetingsPerMonth: number; minMeetingMinutes: number },
  random: () => number,
): PlannedMeeting[] {
  const meetings: PlannedMeeting[] = [];
  const current = utcDay(today).startOf('month');
  const pairStart = utcDay(startsOn);
  for (let month = pairStart.startOf('month'); month <= current; month = month.plus({ months: 1 })) {
    const from = month < pairStart ? pairStart : month;
    const to = month.endOf('month').startOf('day');
    const active = Math.round(to.diff(from, 'days').days) + 1;
    const required = requiredMeetings(rules.minMeetingsPerMonth, active, month.daysInMonth!);
    const back = Math.round(current.diff(month, 'months').months);
    let long: number;
    let short = 0;
    if (back === 0) long = pace === 'escalated' ? 0 : rules.minMeetingsPerMonth;
    else if (pace === 'escalated' && back === 1) long = 0;
    else if (
      (pace === 'escalated' && back === 2) ||
      (pace === 'slipped' && back === 1) ||
      (pace === 'recovered' && back === 2)
    ) {
      long = Math.max(0, required - 1);
      short = pace === 'escalated' ? 0 : random() < 0.7 ? 1 : 0;
    } else if (required === 0) long = active >= 10 ? 1 : 0;
    else long = required + (random() < 0.25 ? 1 : 0);

    const kinds = [...Array<boolean>(long).fill(true), ...Array<boolean>(short).fill(false)];
    // Shuffled, so the short meeting is not always the last of the month.
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
    }
    const count = Math.min(kinds.length, active);
    for (let i = 0; i < count; i++) {
      // The i-th of `count` equal stretches of the active days, a random day in it.
      const first = Math.floor((i * active) / count);
      const last = Math.floor(((i + 1) * active) / count) - 1;
      const date = from.plus({ days: first + Math.floor(random() * (last - first + 1)) }).toISODate()!;
      const qualifies = kinds[i];
      const durationMinutes = qualifies
        ? Math.max(rules.minMeetingMinutes, pickFrom(random, LONG_MINUTES))
        : Math.min(rules.minMeetingMinutes - 15, pickFrom(random, SHORT_MINUTES));
      const meeting: PlannedMeeting = { date, durationMinutes };
      if (random() < 0.45) meeting.note = pickFrom(random, qualifies ? NOTES : SHORT_NOTES);
      if (date < today) meetings.push(meeting);
    }
  }
  return meetings;
}

/** Runs `work` for each item, at most `width` at a time; the first failure fails the whole. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** Requests at once where order does not matter (pairs of different mentors, meetings between two sweeps). */
const LANES = 6;

/** Runs `work` with the app's clock reading `instant`, then gives the clock back as it was. */
async function atInstant<T>(clock: Clock, instant: Date, work: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(clock, 'now');
  clock.now = () => new Date(instant);
  try {
    return await work();
  } finally {
    if (own) Object.defineProperty(clock, 'now', own);
    else Reflect.deleteProperty(clock, 'now');
  }
}

interface Coordinator {
  user: DemoUser;
  token: string;
  /** As the auth guard finds them: for the calls made in the process. */
  actor: Actor;
}

interface Staff {
  admin: string;
  lead: string;
  /** The coordinator of a municipality. */
  coordinatorOf(municipalityCode: string): Coordinator;
  coordinators: Coordinator[];
}

export interface RunningSummary {
  programmeId: string;
  name: string;
  startDate: string;
  endDate: string;
  pairs: number;
  /** Every month so far met. */
  onTrack: number;
  /** Fell short of last month's minimum, after a month that met it. */
  behindLastMonth: number;
  /** Fell short last month and the month before: escalated to the coordinator. */
  escalated: number;
  /** Fell short of an earlier month, met the months after it. */
  caughtUp: number;
  meetings: number;
  kickoff: { startsAt: string; attended: number; invited: number };
  midway: { startsAt: string; location: string | null };
  menteesWithoutMentor: number;
  /** Of those, the ones with a proposal waiting for a decision. */
  menteesWithProposal: number;
  undecidedProposals: number;
  /** createdAt of the oldest undecided proposal. */
  oldestProposal: string | null;
  /** The escalated pair, whose page the escalation email links to. */
  escalatedPairId: string | null;
}

export interface UpcomingSummary {
  programmeId: string;
  name: string;
  startDate: string;
  mentors: number;
  mentees: number;
  viaCsv: number;
  viaJson: number;
  proposals: string;
}

export interface Seeded {
  running: RunningSummary;
  upcoming: UpcomingSummary;
  /** The outbox by kind. */
  emails: Record<string, number>;
  /** Every email the outbox holds. */
  emailTotal: number;
  /**
   * Waits for the emails of past sweeps to leave (they waited in the queue during the seeding;
   * at most `mailDrainMs`), then dates them as sent on their day, as the daily sweep would have.
   */
  dateSentEmails(): Promise<void>;
}

export interface SeedOptions {
  /** The service's HTTP API (`…/api/v1`). */
  api: DemoApi;
  data: DemoData;
  /**
   * The running app: its database (for the timestamps the API takes from PostgreSQL's clock), its
   * Clock (read for "now", moved while the running programme's pairs are approved) and its
   * MeetingsService.
   */
  app: INestApplicationContext;
  /** How long dateSentEmails waits for the emails of past sweeps to leave (default 30 s). */
  mailDrainMs?: number;
}

interface Context {
  api: DemoApi;
  data: DemoData;
  db: DataSource;
  clock: Clock;
  meetings: MeetingsService;
}

/** Seeds both programmes; the running one first, as it is the older. */
export async function seedDemo(options: SeedOptions): Promise<Seeded> {
  const { api, data, app } = options;
  const context: Context = {
    api,
    data,
    db: app.get<DataSource>(getDataSourceToken()),
    clock: app.get(Clock),
    meetings: app.get(MeetingsService),
  };
  // The emails wait in their queue until the seeding is done, so sending them does not slow it down.
  const mailQueue = app.get<MailQueue>(MAIL_QUEUE_TOKEN);
  await mailQueue.pause();
  try {
    const staff = await createStaff(api, data);
    const { running, history } = await seedRunning(context, staff);
    const upcoming = await seedUpcoming(api, data.upcoming, staff);
    await seedNewcomerWork(api, staff, context.clock.now());
    // Today's sweep, as the 09:00 scheduler runs it: the new programme's invitations, and whatever is due today.
    await sweepAsOf(api, context.db, staff.admin, context.clock.now());
    const emails = await api.call<OutboxEmail[]>('GET', '/admin/outbox', { token: staff.admin });
    const byKind: Record<string, number> = {};
    for (const email of emails) byKind[email.kind] = (byKind[email.kind] ?? 0) + 1;
    return {
      running,
      upcoming,
      emails: byKind,
      emailTotal: emails.length,
      dateSentEmails: () => settleSentTimes(context.db, history, options.mailDrainMs ?? 30_000),
    };
  } finally {
    await mailQueue.resume();
  }
}

/**
 * The rest of the newcomer work, entered by each municipality's coordinator: the register (most of
 * them not refugees), and the newcomer teams.
 */
async function seedNewcomerWork(api: DemoApi, staff: Staff, now: Date): Promise<void> {
  const today = DateTime.fromJSDate(now).setZone('Europe/Oslo');
  for (const n of DEMO_NEWCOMERS) {
    const arrived = today.minus({ months: n.arrivedMonthsAgo });
    const consented = arrived.plus({ weeks: 3 }) < today ? arrived.plus({ weeks: 3 }) : today;
    const guided = consented.plus({ weeks: 2 }) < today ? consented.plus({ weeks: 2 }) : today;
    await api.call('POST', `/municipalities/${n.municipalityCode}/newcomers`, {
      token: staff.coordinatorOf(n.municipalityCode).token,
      json: {
        name: n.name,
        ...(n.email ? { email: n.email } : {}),
        preferredLanguage: n.preferredLanguage,
        languages: n.languages,
        category: n.category,
        arrivalMonth: arrived.toFormat('yyyy-MM'),
        ...(n.professionCode ? { professionCode: n.professionCode } : {}),
        ...(n.desiredProfessionCode ? { desiredProfessionCode: n.desiredProfessionCode } : {}),
        ...(n.education ? { education: n.education } : {}),
        ...(n.workYears !== undefined ? { workYears: n.workYears } : {}),
        inIntroductionProgramme: n.inIntroductionProgramme ?? false,
        careerGuidance:
          n.careerGuidance === 'not_referred'
            ? { status: 'not_referred' }
            : n.careerGuidance === 'referred'
              ? { status: 'referred', referredOn: consented.toISODate() }
              : { status: 'done', referredOn: consented.toISODate(), doneOn: guided.toISODate() },
        consent: {
          register: true,
          invitations: n.invitations,
          mentorProgramme: n.mentorProgramme,
          givenOn: consented.toISODate(),
        },
      },
    });
  }
  for (const member of DEMO_TEAM) {
    await api.call('POST', `/municipalities/${member.municipalityCode}/team`, {
      token: staff.coordinatorOf(member.municipalityCode).token,
      json: { name: member.name, email: member.email, organisation: member.organisation, sector: member.sector },
    });
  }
}

async function createStaff(api: DemoApi, data: DemoData): Promise<Staff> {
  const admin = await api.login(data.admin);
  const ids = new Map<string, string>();
  for (const user of data.users) {
    const created = await api.call<{ id: string }>('POST', '/users', {
      token: admin,
      json: {
        email: user.email,
        name: user.name,
        password: user.password,
        role: user.role,
        municipalityCodes: user.municipalityCodes,
      },
    });
    ids.set(user.email, created.id);
  }
  const leadUser = data.users.find((u) => u.role === 'lead');
  if (!leadUser) throw new Error('The demo data has no programme lead');
  const lead = await api.login(leadUser);
  const coordinators: Coordinator[] = [];
  for (const user of data.users.filter((u) => u.role === 'coordinator')) {
    const actor: Actor = {
      id: ids.get(user.email)!,
      role: 'coordinator',
      municipalityCodes: [...(user.municipalityCodes ?? [])],
    };
    coordinators.push({ user, token: await api.login(user), actor });
  }
  return {
    admin,
    lead,
    coordinators,
    coordinatorOf(code) {
      const found = coordinators.find((c) => c.actor.municipalityCodes.includes(code));
      if (!found) throw new Error(`The demo has no coordinator for municipality ${code}`);
      return found;
    },
  };
}

/** Each coordinator imports their municipalities' share as a spreadsheet; the number stored. */
async function importSheets(
  api: DemoApi,
  staff: Staff,
  programmeId: string,
  participants: readonly DemoParticipant[],
): Promise<number> {
  let created = 0;
  for (const { user, token } of staff.coordinators) {
    const codes: readonly string[] = user.municipalityCodes ?? [];
    const sheet = participants.filter((p) => codes.includes(p.municipalityCode));
    if (!sheet.length) continue;
    const path = `/programmes/${programmeId}/participants/import`;
    const result = await api.call<{ created: number; errors: unknown[] }>('POST', path, {
      token,
      csv: participantsCsv(sheet),
    });
    if (result.created !== sheet.length || result.errors.length > 0) {
      throw new SeedError(
        `POST /api/v1${path} stored ${result.created} of ${sheet.length} rows; errors: ${JSON.stringify(result.errors).slice(0, 600)}`,
      );
    }
    created += result.created;
  }
  return created;
}

/** A step of the running programme's history, at the instant it happened. */
interface Step {
  at: Date;
  /** Sweeps first on a day: they run at 09:00, before the day's work. */
  order: number;
  run: () => Promise<void>;
  /** Meetings: those between two other steps are logged at once (they do not depend on each other). */
  meeting?: true;
}

async function seedRunning(context: Context, staff: Staff): Promise<{ running: RunningSummary; history: Date[] }> {
  const { api, data, db, clock } = context;
  const cohort = data.running;
  const zone = cohort.programme.timezone;
  const now = clock.now();
  const today = data.today;
  const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time}`, { zone }).toJSDate();
  const dayOffset = (day: string, days: number) => utcDay(day).plus({ days }).toISODate()!;
  const random = seededRandom(DEMO_SEED + 2);

  const programme = await api.call<Programme>('POST', '/programmes', { token: staff.lead, json: cohort.programme });
  const id = programme.id;
  const start = programme.startDate;
  await db.query('UPDATE programmes SET created_at = $2 WHERE id = $1', [id, at(dayOffset(start, -45), '10:05')]);

  // The lead writes the gatherings' titles and places, and sets the midway's day.
  const gatherings = await planGatherings(api, staff.lead, id, cohort, zone);
  const kickoff = gatherings.find((g) => g.kind === 'kickoff')!;
  const midway = gatherings.find((g) => g.kind === 'midway')!;

  // Registered in the weeks before the start.
  await importSheets(api, staff, id, cohort.participants);
  await db.query('UPDATE participants SET created_at = $2 WHERE programme_id = $1', [
    id,
    at(dayOffset(start, -24), '13:30'),
  ]);
  const people = new Map<string, Participant>();
  for (const p of await api.call<Participant[]>('GET', `/programmes/${id}/participants`, { token: staff.lead })) {
    people.set(p.id, p);
  }
  const person = (pid: string) => {
    const found = people.get(pid);
    if (!found) throw new SeedError(`participant ${pid} is not in GET /programmes/${id}/participants`);
    return found;
  };

  // The lead runs the proposals a week before the start; the coordinators decide over the next days.
  const run = await api.call<ProposalRun>('POST', `/programmes/${id}/proposals`, { token: staff.lead });
  await backdateRun(db, run.runId, at(dayOffset(start, -7), '14:10'));
  const lowest = [...run.proposals].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))[0];
  for (const [n, { token, user }] of staff.coordinators.entries()) {
    const theirs = run.proposals.filter((p) =>
      (user.municipalityCodes ?? []).some((c) => c === person(p.menteeId).municipalityCode),
    );
    await atInstant(clock, at(dayOffset(start, -5 + n), '10:20'), () =>
      inPool(theirs, LANES, async (proposal) => {
        if (proposal.id === lowest?.id) {
          await api.call('POST', `/matches/${proposal.id}/reject`, {
            token,
            json: {
              reason:
                'Mentee har fått praksisplass i bedriften der mentor er leder; vi finner en mentor utenfor arbeidsplassen.',
            },
          });
        } else {
          await api.call('POST', `/matches/${proposal.id}/approve`, { token, json: { startsOn: start } });
        }
      }),
    );
  }

  // How each pair keeps the minimum, and the meetings that follow from it.
  const collator = new Intl.Collator('nb');
  const approved = (
    await api.call<Match[]>('GET', `/programmes/${id}/matches?status=approved`, { token: staff.lead })
  ).sort((a, b) => collator.compare(person(a.menteeId).name, person(b.menteeId).name));
  const paces = assignPaces(approved.map((m) => person(m.menteeId).municipalityCode));
  const steps: Step[] = [];
  let meetingCount = 0;
  const meetingsByDay = new Map<string, { match: Match; meeting: PlannedMeeting }[]>();
  approved.forEach((match, i) => {
    for (const meeting of planPairMeetings(paces[i], match.startsOn ?? start, today, programme.rules, random)) {
      const list = meetingsByDay.get(meeting.date) ?? [];
      list.push({ match, meeting });
      meetingsByDay.set(meeting.date, list);
      meetingCount += 1;
    }
  });
  for (const [day, list] of meetingsByDay) {
    for (const { match, meeting } of list) {
      steps.push({
        at: at(day, '20:30'),
        order: 2,
        meeting: true,
        run: async () => {
          const { actor } = staff.coordinatorOf(person(match.menteeId).municipalityCode);
          await context.meetings.record(actor, match.id, meeting);
        },
      });
    }
  }

  // The kickoff: most of the cohort came; each coordinator records their municipalities the day after.
  const kickoffDay = DateTime.fromISO(kickoff.startsAt, { zone }).toISODate()!;
  const attendees = [...people.values()].filter(() => random() < 0.82);
  steps.push({
    at: at(dayOffset(kickoffDay, 1), '10:00'),
    order: 1,
    run: async () => {
      for (const { user, token } of staff.coordinators) {
        const ids = attendees
          .filter((p) => (user.municipalityCodes ?? []).some((c) => c === p.municipalityCode))
          .map((p) => p.id);
        await api.call('PUT', `/gatherings/${kickoff.id}/attendance`, { token, json: { participantIds: ids } });
      }
    },
  });

  // Joined in the autumn: registered by their coordinator through the form.
  for (const { participant, registeredOn } of cohort.late) {
    const instant = at(registeredOn, '11:15');
    steps.push({
      at: instant,
      order: 1,
      run: async () => {
        const created = await api.call<Participant>('POST', `/programmes/${id}/participants`, {
          token: staff.coordinatorOf(participant.municipalityCode).token,
          json: participant,
        });
        people.set(created.id, created);
        await db.query('UPDATE participants SET created_at = $2 WHERE id = $1', [created.id, instant]);
      },
    });
  }

  // The Sortland coordinator proposed mentors to the newcomers nine days ago; nobody has decided yet.
  const sortland = staff.coordinators.find((c) => c.user.municipalityCodes?.includes('1870')) ?? staff.coordinators[0];
  steps.push({
    at: at(dayOffset(today, -9), '10:40'),
    order: 1,
    run: async () => {
      const late = await api.call<ProposalRun>('POST', `/programmes/${id}/proposals`, { token: sortland.token });
      await backdateRun(db, late.runId, at(dayOffset(today, -9), '10:40'));
    },
  });

  // The reminder sweep a week before the start (the invitations), and of each 1st and reminder day:
  // the days the daily sweep decides something for pairs (late joiners get their invitations there).
  // Today's sweep comes last of all, once next year's programme exists too.
  const sweepDays = new Set<string>([dayOffset(start, -7)]);
  for (let month = utcDay(start).startOf('month'); month <= utcDay(today); month = month.plus({ months: 1 })) {
    sweepDays.add(month.toISODate()!);
    sweepDays.add(month.set({ day: programme.rules.midMonthReminderDay }).toISODate()!);
  }
  const history: Date[] = [];
  for (const day of sweepDays) {
    const asOf = at(day, '09:00');
    if (day < dayOffset(start, -7) || day >= today) continue;
    history.push(asOf);
    steps.push({ at: asOf, order: 0, run: () => sweepAsOf(api, db, staff.admin, asOf) });
  }

  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  let meetings: Step[] = [];
  for (const step of steps.filter((s) => s.at.getTime() <= now.getTime())) {
    if (step.meeting) {
      meetings.push(step);
      continue;
    }
    await inPool(meetings, LANES, (m) => m.run());
    meetings = [];
    await step.run();
  }
  await inPool(meetings, LANES, (m) => m.run());
  await db.query(
    `UPDATE meetings SET created_at = (date + time '20:30') AT TIME ZONE $2 WHERE match_id = ANY($1::uuid[])`,
    [approved.map((m) => m.id), zone],
  );

  // This morning the Hadsel coordinator proposed the mentor who joined three days ago, by hand, to
  // the mentee of their municipalities she suits best (as the candidates list ranks them).
  const newest = cohort.late.filter((l) => l.participant.role === 'mentor').at(-1)?.participant;
  const mentor = [...people.values()].find((p) => p.email === newest?.email);
  if (newest && mentor) {
    const { token } = staff.coordinatorOf(newest.municipalityCode);
    await proposeByHand(api, db, token, id, mentor.id, clock.now());
  }

  const summary = await summarise(api, staff, programme, approved, kickoff, midway, people);
  return { running: { ...summary, meetings: meetingCount }, history };
}

/** The sweep as of an instant; its emails stamped with that instant, as the daily sweep would have. */
async function sweepAsOf(api: DemoApi, db: DataSource, adminToken: string, asOf: Date): Promise<void> {
  const [{ before }] = await db.query<{ before: Date }[]>('SELECT clock_timestamp() AS before');
  await api.call('POST', '/admin/reminders/run', { token: adminToken, json: { asOf: asOf.toISOString() } });
  // Rows set back earlier lie before `before` (or, under a clock moved ahead in a test, after now).
  await db.query('UPDATE outbox SET created_at = $1 WHERE created_at BETWEEN $2 AND clock_timestamp()', [asOf, before]);
}

/** The lead writes titles and places into the programme's three gatherings (and a day, where one is given). */
async function planGatherings(
  api: DemoApi,
  token: string,
  programmeId: string,
  cohort: DemoCohort,
  zone: string,
): Promise<Gathering[]> {
  const path = `/programmes/${programmeId}/gatherings`;
  for (const gathering of await api.call<Gathering[]>('GET', path, { token })) {
    const plan: DemoGathering | undefined = gathering.kind === 'other' ? undefined : cohort.gatherings[gathering.kind];
    if (!plan) continue;
    const json: Record<string, string> = { title: plan.title, location: plan.location };
    if (plan.day) json.startsAt = DateTime.fromISO(`${plan.day}T${plan.time ?? '17:00'}`, { zone }).toISO()!;
    await api.call('PATCH', `/gatherings/${gathering.id}`, { token, json });
  }
  return api.call<Gathering[]>('GET', path, { token });
}

/** A coordinator's manual proposal: `mentorId` for the mentee without a mentor or a proposal whom they suit best. */
async function proposeByHand(
  api: DemoApi,
  db: DataSource,
  token: string,
  programmeId: string,
  mentorId: string,
  instant: Date,
): Promise<void> {
  const matches = await api.call<Match[]>('GET', `/programmes/${programmeId}/matches`, { token });
  const spoken = new Set(
    matches.filter((m) => m.status === 'approved' || m.status === 'proposed').map((m) => m.menteeId),
  );
  // A coordinator's list of participants holds their municipalities' mentees only.
  const theirs = await api.call<Participant[]>('GET', `/programmes/${programmeId}/participants?role=mentee`, { token });
  let best: { menteeId: string; score: number } | undefined;
  for (const mentee of theirs.filter((p) => !spoken.has(p.id))) {
    const candidates = await api.call<{ mentorId: string; score: number; allowed: boolean }[]>(
      'GET',
      `/participants/${mentee.id}/candidates?limit=0`,
      { token },
    );
    const fit = candidates.find((c) => c.mentorId === mentorId && c.allowed);
    if (fit && (!best || fit.score > best.score)) best = { menteeId: mentee.id, score: fit.score };
  }
  if (!best) throw new SeedError(`no mentee of the coordinator may be proposed to mentor ${mentorId}`);
  const match = await api.call<Match>('POST', `/programmes/${programmeId}/matches`, {
    token,
    json: { mentorId, menteeId: best.menteeId },
  });
  await db.query('UPDATE matches SET created_at = $2 WHERE id = $1', [match.id, instant]);
}

async function backdateRun(db: DataSource, runId: string, instant: Date): Promise<void> {
  await db.query('UPDATE proposal_runs SET created_at = $2 WHERE id = $1', [runId, instant]);
  await db.query('UPDATE matches SET created_at = $2 WHERE run_id = $1', [runId, instant]);
}

/**
 * Waits (up to `waitMs`) for the emails of past sweeps to leave, then gives them the sending time
 * they would have had: a few seconds after their sweep. Today's emails go on leaving meanwhile.
 */
async function settleSentTimes(db: DataSource, history: Date[], waitMs: number): Promise<void> {
  const until = Date.now() + waitMs;
  for (;;) {
    const [{ pending }] = await db.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM outbox WHERE status = 'pending' AND created_at = ANY($1::timestamptz[])`,
      [history],
    );
    if (pending === 0 || Date.now() >= until) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await db.query(
    `UPDATE outbox SET sent_at = created_at + interval '4 seconds'
      WHERE status = 'sent' AND created_at = ANY($1::timestamptz[])`,
    [history],
  );
}

async function summarise(
  api: DemoApi,
  staff: Staff,
  programme: Programme,
  approved: Match[],
  kickoff: Gathering,
  midway: Gathering,
  people: Map<string, Participant>,
): Promise<Omit<RunningSummary, 'meetings'>> {
  const counts = { onTrack: 0, behindLastMonth: 0, escalated: 0, caughtUp: 0 };
  let escalatedPairId: string | null = null;
  for (const match of approved) {
    const months = await api.call<MonthStanding[]>('GET', `/matches/${match.id}/compliance`, { token: staff.lead });
    const closed = months.filter((m) => m.closed);
    const last = closed.at(-1);
    const before = closed.at(-2);
    if (last && !last.met && before && !before.met) {
      counts.escalated += 1;
      escalatedPairId = match.id;
    } else if (last && !last.met) counts.behindLastMonth += 1;
    else if (closed.every((m) => m.met)) counts.onTrack += 1;
    else counts.caughtUp += 1;
  }
  const all = await api.call<Match[]>('GET', `/programmes/${programme.id}/matches`, { token: staff.lead });
  const paired = new Set(all.filter((m) => m.status === 'approved').map((m) => m.menteeId));
  const proposals = all.filter((m) => m.status === 'proposed').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const mentees = [...people.values()].filter((p) => p.role === 'mentee');
  const attendance = await api.call<{ participantIds: string[] }>('GET', `/gatherings/${kickoff.id}/attendance`, {
    token: staff.lead,
  });
  const invited = await api.call<{ gatherings: { id: string; invited: number }[] }>(
    'GET',
    `/programmes/${programme.id}/stats`,
    { token: staff.lead },
  );
  return {
    programmeId: programme.id,
    name: programme.name,
    startDate: programme.startDate,
    endDate: programme.endDate,
    pairs: approved.length,
    ...counts,
    kickoff: {
      startsAt: kickoff.startsAt,
      attended: attendance.participantIds.length,
      invited: invited.gatherings.find((g) => g.id === kickoff.id)?.invited ?? 0,
    },
    midway: { startsAt: midway.startsAt, location: midway.location },
    menteesWithoutMentor: mentees.filter((p) => !paired.has(p.id)).length,
    menteesWithProposal: new Set(proposals.map((m) => m.menteeId)).size,
    undecidedProposals: proposals.length,
    oldestProposal: proposals[0]?.createdAt ?? null,
    escalatedPairId,
  };
}

/**
 * The programme that starts next year: each coordinator imports their municipalities' spreadsheet
 * and registers one late mentor and mentee through the form's JSON endpoint; the lead runs the
 * proposals and approves every other one.
 */
async function seedUpcoming(api: DemoApi, cohort: DemoCohort, staff: Staff): Promise<UpcomingSummary> {
  const programme = await api.call<Programme>('POST', '/programmes', { token: staff.lead, json: cohort.programme });
  await planGatherings(api, staff.lead, programme.id, cohort, programme.timezone);
  const late: DemoParticipant[] = [];
  for (const { user } of staff.coordinators) {
    const codes: readonly string[] = user.municipalityCodes ?? [];
    const theirs = cohort.participants.filter((p) => codes.includes(p.municipalityCode));
    for (const found of [theirs.findLast((p) => p.role === 'mentor'), theirs.findLast((p) => p.role === 'mentee')]) {
      if (found) late.push(found);
    }
  }
  const viaCsv = await importSheets(
    api,
    staff,
    programme.id,
    cohort.participants.filter((p) => !late.includes(p)),
  );
  for (const participant of late) {
    await api.call('POST', `/programmes/${programme.id}/participants`, {
      token: staff.coordinatorOf(participant.municipalityCode).token,
      json: participant,
    });
  }
  const proposals = await proposeMatches(api, staff.lead, programme.id);
  const proposed = await api.call<Match[]>('GET', `/programmes/${programme.id}/matches?status=proposed`, {
    token: staff.lead,
  });
  await inPool(
    proposed.filter((_, i) => i % 2 === 0),
    LANES,
    (match) => api.call('POST', `/matches/${match.id}/approve`, { token: staff.lead, json: {} }),
  );
  const mentors = cohort.participants.filter((p) => p.role === 'mentor').length;
  return {
    programmeId: programme.id,
    name: programme.name,
    startDate: programme.startDate,
    mentors,
    mentees: cohort.participants.length - mentors,
    viaCsv,
    viaJson: late.length,
    proposals,
  };
}

/** Runs the matching, so the programme opens with proposals to review. */
async function proposeMatches(api: DemoApi, token: string, programmeId: string): Promise<string> {
  const run = await api.call<ProposalRun>('POST', `/programmes/${programmeId}/proposals`, { token });
  return `${run.proposals.length} proposed pairs, ${run.unmatchedMenteeIds.length} mentees without a mentor yet`;
}
