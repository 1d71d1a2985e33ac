import { DomainRepository } from '../database/transactions.js';
import { Meeting } from './meeting.entity.js';

/** A meeting as an account logs it. */
export interface NewMeeting {
  matchId: string;
  date: string;
  durationMinutes: number;
  note: string | null;
  recordedBy: string;
}

/** A meeting as a signed link sends it: the same three again are the same meeting. */
export interface LinkMeeting {
  matchId: string;
  date: string;
  durationMinutes: number;
}

/** What a signed link's pages need of its pair, its people and its programme. */
export interface LinkContextRow {
  status: string;
  language: string;
  menteeName: string;
  programme: string;
  minMinutes: number;
  start: string;
  end: string;
  timezone: string;
}

/** The meetings of the pairs. */
export class MeetingsRepository extends DomainRepository {
  create(meeting: NewMeeting): Promise<Meeting> {
    return this.manager.save(this.manager.create(Meeting, { ...meeting, source: 'api' }));
  }

  /** The meeting a link already recorded with these values, or null. */
  findFromLink(meeting: LinkMeeting): Promise<Meeting | null> {
    return this.manager.findOneBy(Meeting, { ...meeting, source: 'link' });
  }

  /** The meeting a link recorded with these values (it exists). */
  getFromLink(meeting: LinkMeeting): Promise<Meeting> {
    return this.manager.findOneByOrFail(Meeting, { ...meeting, source: 'link' });
  }

  /**
   * Adds a link's meeting unless the same one came in before (a resent form, maybe at the same
   * moment): its id, or null when nothing was added.
   */
  async insertFromLink(meeting: LinkMeeting): Promise<string | null> {
    const inserted = await this.manager.query<{ id: string }[]>(
      `INSERT INTO meetings (match_id, date, duration_minutes, source) VALUES ($1, $2, $3, 'link')
         ON CONFLICT (match_id, date, duration_minutes) WHERE source = 'link' DO NOTHING RETURNING id`,
      [meeting.matchId, meeting.date, meeting.durationMinutes],
    );
    return inserted[0]?.id ?? null;
  }

  /** The pair's meetings, oldest first. */
  findForMatch(matchId: string): Promise<Meeting[]> {
    return this.manager.find(Meeting, { where: { matchId }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  /** The pair a signed link names with its mentee, mentor's language and programme; undefined once either person is erased. */
  async findLinkContext(matchId: string): Promise<LinkContextRow | undefined> {
    const [row] = await this.manager.query<LinkContextRow[]>(
      `SELECT m.status, mentor.preferred_language AS language, mentee.name AS "menteeName", p.name AS programme,
              (p.rules->>'minMeetingMinutes')::int AS "minMinutes", p.start_date::text AS start, p.end_date::text AS "end", p.timezone
       FROM matches m
       JOIN participants mentor ON mentor.id = m.mentor_id
       JOIN participants mentee ON mentee.id = m.mentee_id
       JOIN programmes p ON p.id = m.programme_id
       WHERE m.id = $1 AND mentor.erased_at IS NULL AND mentee.erased_at IS NULL`,
      [matchId],
    );
    return row;
  }
}
