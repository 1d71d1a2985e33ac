import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import type { Match } from '../matching/match.entity.js';
import { MatchesRepository } from '../matching/matches.repository.js';
import { PausesRepository } from '../pauses/pauses.repository.js';
import type { CreateMeetingDto, LinkMeetingDto } from './dto/meeting.dto.js';
import type { Meeting } from './meeting.entity.js';
import {
  LinkDailyLimitError,
  MatchNotActiveError,
  MeetingInFutureError,
  MeetingOutsideProgrammeError,
} from './meetings.errors.js';
import { MeetingsRepository } from './meetings.repository.js';
import { localDate, monthlyCompliance, type MonthCompliance } from './month-requirement.js';

/** What the signed-link pages show: no more of the pair than the mentor needs to recognise it. */
export interface LinkContext {
  matchId: string;
  status: string;
  language: string;
  menteeFirstName: string;
  programmeName: string;
  minMeetingMinutes: number;
  /** The form's date range: the programme's first day to today (or the programme's last day). */
  minDate: string;
  maxDate: string;
  /** Today in the programme's zone: the day a link's daily count of new meetings belongs to. */
  today: string;
}

export interface LinkRecording {
  meeting: Meeting;
  /** false when the same meeting had already come in through a link (a resent form) */
  created: boolean;
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly meetings: MeetingsRepository,
    private readonly matches: MatchesRepository,
    private readonly pauses: PausesRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, matchId: string, dto: CreateMeetingDto): Promise<Meeting> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      // Holds the pair's status still while the meeting is added, so a pair cannot end half-way.
      await matches.shareLock(matchId);
      const match = await matches.findVisibleById(actor, matchId);
      await this.assertRecordable(matches, match, dto.date);
      const meeting = await tx.get(MeetingsRepository).create({
        matchId,
        date: dto.date,
        durationMinutes: dto.durationMinutes,
        note: dto.note ?? null,
        recordedBy: actor.id,
      });
      await this.audit.pairs(actor, 'meeting.create', 'meeting', [meeting.id], tx);
      return meeting;
    });
  }

  /**
   * A meeting from the mentor's signed link: no user, and a resent form records nothing new. A
   * meeting not yet recorded is added only when `admitNew` (the link's daily allowance) agrees;
   * otherwise LinkDailyLimitError, and nothing is stored.
   */
  async recordFromLink(
    matchId: string,
    dto: LinkMeetingDto,
    admitNew: () => Promise<boolean> = () => Promise.resolve(true),
  ): Promise<LinkRecording> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      const meetings = tx.get(MeetingsRepository);
      await matches.shareLock(matchId);
      const match = await matches.findById(matchId);
      if (!match) throw new NotFoundError('Match');
      await this.assertRecordable(matches, match, dto.date);
      const same = { matchId, date: dto.date, durationMinutes: dto.durationMinutes };
      const existing = await meetings.findFromLink(same);
      if (existing) return { meeting: existing, created: false };
      if (!(await admitNew())) throw new LinkDailyLimitError();
      const id = await meetings.insertFromLink(same);
      // A signed link has no account behind it: the row names no actor.
      if (id) await this.audit.pairs(null, 'meeting.create', 'meeting', [id], tx);
      const meeting = await meetings.getFromLink(same);
      return { meeting, created: id !== null };
    });
  }

  async list(actor: Actor, matchId: string): Promise<Meeting[]> {
    await this.matches.findVisibleById(actor, matchId);
    return this.meetings.findForMatch(matchId);
  }

  /** Each month of the pair so far against the programme's minimum. */
  async compliance(actor: Actor, matchId: string): Promise<MonthCompliance[]> {
    const match = await this.matches.findVisibleById(actor, matchId);
    if (!match.startsOn) return [];
    const programme = await this.matches.programmeOf(match);
    const meetings = await this.meetings.findForMatch(matchId);
    const pauses = await this.pauses.findForMatch(matchId);
    return monthlyCompliance({
      programmeStart: programme.startDate,
      programmeEnd: programme.endDate,
      pairStart: match.startsOn,
      pairEnd: match.endedOn,
      minMeetingsPerMonth: programme.rules.minMeetingsPerMonth,
      minMeetingMinutes: programme.rules.minMeetingMinutes,
      timezone: programme.timezone,
      asOf: this.clock.now(),
      meetings,
      exemptMonths: programme.rules.exemptMonths,
      pauses: pauses.map((p) => ({ from: p.fromDate, to: p.toDate })),
    });
  }

  /** The pair a signed link names, as its pages show it; null when it no longer exists. */
  async linkContext(matchId: string): Promise<LinkContext | null> {
    const row = await this.meetings.findLinkContext(matchId);
    if (!row) return null;
    const today = localDate(this.clock.now(), row.timezone);
    return {
      matchId,
      status: row.status,
      language: row.language,
      menteeFirstName: row.menteeName.trim().split(/\s+/)[0],
      programmeName: row.programme,
      minMeetingMinutes: row.minMinutes,
      minDate: row.start,
      maxDate: today < row.end ? today : row.end,
      today,
    };
  }

  /** A meeting is logged for an approved pair, on a day of its programme up to today in the programme's zone. */
  private async assertRecordable(matches: MatchesRepository, match: Match, date: string): Promise<void> {
    if (match.status !== 'approved') throw new MatchNotActiveError(match.status);
    const programme = await matches.programmeOf(match);
    if (date < programme.startDate || date > programme.endDate) {
      throw new MeetingOutsideProgrammeError(programme.startDate, programme.endDate);
    }
    const today = localDate(this.clock.now(), programme.timezone);
    if (date > today) throw new MeetingInFutureError(today);
  }
}
