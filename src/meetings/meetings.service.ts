import { AuditService } from '../audit/audit.service.js';
import { Tx } from '../database/transactions.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { Match } from '../matching/match.entity.js';
import { MatchingService } from '../matching/matching.service.js';
import { MatchPause } from '../pauses/match-pause.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import type { CreateMeetingDto, LinkMeetingDto } from './dto/meeting.dto.js';
import { Meeting } from './meeting.entity.js';
import {
  LinkDailyLimitError,
  MatchNotActiveError,
  MeetingInFutureError,
  MeetingOutsideProgrammeError,
} from './meetings.errors.js';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, matchId: string, dto: CreateMeetingDto): Promise<Meeting> {
    return this.dataSource.transaction(async (manager) => {
      await this.shareLockMatch(manager, matchId);
      const match = await this.matching.findVisibleById(actor, matchId, manager);
      await this.assertRecordable(manager, match, dto.date);
      const meeting = await manager.save(
        manager.create(Meeting, {
          matchId,
          date: dto.date,
          durationMinutes: dto.durationMinutes,
          note: dto.note ?? null,
          source: 'api',
          recordedBy: actor.id,
        }),
      );
      await this.audit.pairs(actor, 'meeting.create', 'meeting', [meeting.id], new Tx(manager));
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
    return this.dataSource.transaction(async (manager) => {
      await this.shareLockMatch(manager, matchId);
      const match = await manager.findOneBy(Match, { id: matchId });
      if (!match) throw new NotFoundError('Match');
      await this.assertRecordable(manager, match, dto.date);
      const same = { matchId, date: dto.date, durationMinutes: dto.durationMinutes, source: 'link' as const };
      const existing = await manager.findOneBy(Meeting, same);
      if (existing) return { meeting: existing, created: false };
      if (!(await admitNew())) throw new LinkDailyLimitError();
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO meetings (match_id, date, duration_minutes, source) VALUES ($1, $2, $3, 'link')
         ON CONFLICT (match_id, date, duration_minutes) WHERE source = 'link' DO NOTHING RETURNING id`,
        [matchId, dto.date, dto.durationMinutes],
      );
      const created = inserted.length > 0;
      // A signed link has no account behind it: the row names no actor.
      if (created) await this.audit.pairs(null, 'meeting.create', 'meeting', [inserted[0].id], new Tx(manager));
      const meeting = await manager.findOneByOrFail(Meeting, same);
      return { meeting, created };
    });
  }

  async list(actor: Actor, matchId: string): Promise<Meeting[]> {
    await this.matching.findVisibleById(actor, matchId);
    return this.findForMatch(this.dataSource.manager, matchId);
  }

  /** Each month of the pair so far against the programme's minimum. */
  async compliance(actor: Actor, matchId: string): Promise<MonthCompliance[]> {
    const match = await this.matching.findVisibleById(actor, matchId);
    if (!match.startsOn) return [];
    const programme = await this.dataSource.manager.findOneByOrFail(Programme, { id: match.programmeId });
    const meetings = await this.findForMatch(this.dataSource.manager, matchId);
    const pauses = await this.dataSource.manager.find(MatchPause, { where: { matchId }, order: { fromDate: 'ASC' } });
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
    const [row] = await this.dataSource.query<
      {
        status: string;
        language: string;
        menteeName: string;
        programme: string;
        minMinutes: number;
        start: string;
        end: string;
        timezone: string;
      }[]
    >(
      `SELECT m.status, mentor.preferred_language AS language, mentee.name AS "menteeName", p.name AS programme,
              (p.rules->>'minMeetingMinutes')::int AS "minMinutes", p.start_date::text AS start, p.end_date::text AS "end", p.timezone
       FROM matches m
       JOIN participants mentor ON mentor.id = m.mentor_id
       JOIN participants mentee ON mentee.id = m.mentee_id
       JOIN programmes p ON p.id = m.programme_id
       WHERE m.id = $1 AND mentor.erased_at IS NULL AND mentee.erased_at IS NULL`,
      [matchId],
    );
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

  /** Holds the match's status still while a meeting is added, so a pair cannot end half-way. */
  private async shareLockMatch(manager: EntityManager, matchId: string): Promise<void> {
    await manager.query('SELECT 1 FROM matches WHERE id = $1 FOR SHARE', [matchId]);
  }

  private async assertRecordable(manager: EntityManager, match: Match, date: string): Promise<void> {
    if (match.status !== 'approved') throw new MatchNotActiveError(match.status);
    const programme = await manager.findOneByOrFail(Programme, { id: match.programmeId });
    if (date < programme.startDate || date > programme.endDate) {
      throw new MeetingOutsideProgrammeError(programme.startDate, programme.endDate);
    }
    const today = localDate(this.clock.now(), programme.timezone);
    if (date > today) throw new MeetingInFutureError(today);
  }

  private findForMatch(manager: EntityManager, matchId: string): Promise<Meeting[]> {
    return manager.find(Meeting, { where: { matchId }, order: { date: 'ASC', createdAt: 'ASC' } });
  }
}
