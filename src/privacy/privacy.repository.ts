import { DomainRepository } from '../database/transactions.js';
import { Match } from '../matching/match.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { Gathering } from '../programmes/gathering.entity.js';

/** A pair of the person as their export shows it: the other person by first name only. */
export interface ExportedPair {
  id: string;
  programmeId: string;
  /** The person's side of the pair. */
  role: 'mentor' | 'mentee';
  status: string;
  startsOn: string | null;
  endedOn: string | null;
  reason: string | null;
  employmentStatusAtEnd: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  otherFirstName: string | null;
  meetings: { date: string; durationMinutes: number; note: string | null; source: string; createdAt: Date }[];
}

/** The name placeholder of an erased person: nothing of them. */
export const ERASED_NAME = '';

/** The identifying fields' replacement; the email stays unique within the programme (its id). */
const ERASE_PARTICIPANT_SQL = `
  UPDATE participants SET name = $2, email = 'erased-' || id || '@erased.invalid', phone = NULL,
         erased_at = $3, erasure_reason = $4
   WHERE id = $1 AND erased_at IS NULL`;

/** Days before a programme's erasure day that the leads are told. */
export const NOTICE_DAYS = 30;

/*
 * A programme's erasure day: the first day after `retentionMonths` months from its end, in its
 * own time zone. Due: that day has come. Noticed: it is at most NOTICE_DAYS away.
 */
const DAYS_SQL = `
  SELECT p.id, p.end_date, (($1::timestamptz AT TIME ZONE p.timezone)::date) AS today,
         ((p.end_date + make_interval(months => (p.rules->>'retentionMonths')::int))::date + 1) AS erasure_day
    FROM programmes p`;

const NOTICE_SQL = `
  WITH days AS (${DAYS_SQL})
  INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, programme_id, period_key)
  SELECT 'retention_notice', u.id, u.email,
         CASE WHEN u.preferred_language::text = ANY($2::text[]) THEN u.preferred_language::text
              WHEN u.preferred_language::text IN ('no', 'nn') THEN 'nb' ELSE 'en' END,
         d.id, d.id, 'retention'
    FROM days d
    JOIN users u ON u.role = 'lead' AND NOT u.disabled
   WHERE d.today >= d.erasure_day - ${NOTICE_DAYS} AND d.today < d.erasure_day
     AND EXISTS (SELECT 1 FROM participants pa WHERE pa.programme_id = d.id AND pa.erased_at IS NULL)
  ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
  RETURNING id`;

const DUE_SQL = `
  WITH days AS (${DAYS_SQL})
  SELECT pa.id, pa.programme_id AS "programmeId", pa.municipality_code AS "municipalityCode"
    FROM days d JOIN participants pa ON pa.programme_id = d.id AND pa.erased_at IS NULL
   WHERE d.today >= d.erasure_day
   ORDER BY pa.programme_id, pa.id`;

/** What the privacy rules read and write: a person's records for their export, the archive, erasure, retention. */
export class PrivacyRepository extends DomainRepository {
  /**
   * Queues the retention notice to every lead for each programme whose erasure day is at most
   * NOTICE_DAYS away and that still holds someone to erase, once per lead and programme (the
   * outbox's unique key). Answers the outbox ids queued now; `languages` are the emails' languages.
   */
  queueRetentionNotices(now: Date, languages: readonly string[]): Promise<{ id: string }[]> {
    return this.manager.query<{ id: string }[]>(NOTICE_SQL, [now, languages]);
  }

  /** The participants not yet erased of the programmes whose erasure day has come. */
  dueForErasure(now: Date): Promise<{ id: string; programmeId: string; municipalityCode: string }[]> {
    return this.manager.query<{ id: string; programmeId: string; municipalityCode: string }[]>(DUE_SQL, [now]);
  }

  async pairsOf(participantId: string): Promise<ExportedPair[]> {
    const pairs = await this.manager.query<
      (Omit<ExportedPair, 'otherFirstName' | 'meetings'> & { otherName: string; otherErased: boolean })[]
    >(
      `SELECT m.id, m.programme_id AS "programmeId", CASE WHEN m.mentor_id = $1 THEN 'mentor' ELSE 'mentee' END AS role,
              m.status::text AS status, m.starts_on::text AS "startsOn", m.ended_on::text AS "endedOn", m.reason,
              m.employment_status_at_end::text AS "employmentStatusAtEnd", m.created_at AS "createdAt",
              m.decided_at AS "decidedAt", other.name AS "otherName", other.erased_at IS NOT NULL AS "otherErased"
         FROM matches m
         JOIN participants other ON other.id = CASE WHEN m.mentor_id = $1 THEN m.mentee_id ELSE m.mentor_id END
        WHERE m.mentor_id = $1 OR m.mentee_id = $1
        ORDER BY m.created_at, m.id`,
      [participantId],
    );
    const meetings = await this.manager.query<(ExportedPair['meetings'][number] & { matchId: string })[]>(
      `SELECT mt.match_id AS "matchId", mt.date::text AS date, mt.duration_minutes AS "durationMinutes", mt.note,
              mt.source::text AS source, mt.created_at AS "createdAt"
         FROM meetings mt JOIN matches m ON m.id = mt.match_id
        WHERE m.mentor_id = $1 OR m.mentee_id = $1
        ORDER BY mt.date, mt.created_at`,
      [participantId],
    );
    return pairs.map(({ otherName, otherErased, ...pair }) => ({
      ...pair,
      otherFirstName: otherErased ? null : (otherName.trim().split(/\s+/)[0] ?? null),
      meetings: meetings.filter((mt) => mt.matchId === pair.id).map(({ matchId: _m, ...mt }) => mt),
    }));
  }

  gatheringsAttended(participantId: string): Promise<object[]> {
    return this.manager.query(
      `SELECT g.id, g.kind::text AS kind, g.title, g.starts_at AS "startsAt", g.ends_at AS "endsAt", g.location
         FROM gathering_attendance ga JOIN gatherings g ON g.id = ga.gathering_id
        WHERE ga.participant_id = $1 ORDER BY g.starts_at`,
      [participantId],
    );
  }

  /** The emails to the person: kind, when, status; not the address, not whom they were about. */
  emailsTo(recipientId: string): Promise<object[]> {
    return this.manager.query(
      `SELECT kind::text AS kind, created_at AS "createdAt", sent_at AS "sentAt", status::text AS status
         FROM outbox WHERE recipient_id = $1 ORDER BY created_at, id`,
      [recipientId],
    );
  }

  auditAbout(subjectId: string): Promise<object[]> {
    return this.manager.query(
      `SELECT id, at, actor_id AS "actorId", actor_role AS "actorRole", action, subject_type AS "subjectType",
              subject_id AS "subjectId", programme_id AS "programmeId", municipality_code AS "municipalityCode",
              request_id AS "requestId"
         FROM audit_log WHERE subject_id = $1 ORDER BY at, id`,
      [subjectId],
    );
  }

  async certificateOf(participantId: string): Promise<{ code: string; issuedAt: Date; matchId: string } | null> {
    const [row] = await this.manager.query<{ code: string; issuedAt: Date; matchId: string }[]>(
      `SELECT c.code, c.issued_at AS "issuedAt", c.match_id AS "matchId"
         FROM certificates c JOIN matches m ON m.id = c.match_id WHERE m.mentee_id = $1
        ORDER BY c.issued_at DESC LIMIT 1`,
      [participantId],
    );
    return row ?? null;
  }

  /** Every participant of the programme with their standing, for its archive. */
  async programmeParticipants(programmeId: string): Promise<Participant[]> {
    return this.manager
      .getRepository(Participant)
      .find({ where: { programmeId }, order: { role: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  programmeMatches(programmeId: string): Promise<Match[]> {
    return this.manager.getRepository(Match).find({ where: { programmeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  programmeMeetings(programmeId: string): Promise<object[]> {
    return this.manager.query(
      `SELECT mt.id, mt.match_id AS "matchId", mt.date::text AS date, mt.duration_minutes AS "durationMinutes",
              mt.note, mt.source::text AS source, mt.created_at AS "createdAt"
         FROM meetings mt JOIN matches m ON m.id = mt.match_id
        WHERE m.programme_id = $1 ORDER BY mt.date, mt.created_at, mt.id`,
      [programmeId],
    );
  }

  async programmeGatherings(programmeId: string): Promise<{ gathering: Gathering; participantIds: string[] }[]> {
    const gatherings = await this.manager
      .getRepository(Gathering)
      .find({ where: { programmeId }, order: { startsAt: 'ASC', id: 'ASC' } });
    const attendance = await this.manager.query<{ gatheringId: string; participantId: string }[]>(
      `SELECT ga.gathering_id AS "gatheringId", ga.participant_id AS "participantId"
         FROM gathering_attendance ga JOIN gatherings g ON g.id = ga.gathering_id
        WHERE g.programme_id = $1 ORDER BY ga.participant_id`,
      [programmeId],
    );
    return gatherings.map((gathering) => ({
      gathering,
      participantIds: attendance.filter((a) => a.gatheringId === gathering.id).map((a) => a.participantId),
    }));
  }

  enrolmentsOf(newcomerId: string): Promise<object[]> {
    return this.manager.query(
      `SELECT participant_id AS "participantId", programme_id AS "programmeId", enrolled_at AS "enrolledAt"
         FROM newcomer_enrolments WHERE newcomer_id = $1 ORDER BY enrolled_at`,
      [newcomerId],
    );
  }

  async lockParticipant(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
  }

  async lockNewcomer(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM newcomers WHERE id = $1 FOR UPDATE', [id]);
  }

  /**
   * Erases a participant for good: name, email and phone replaced; the free text about them (the
   * notes of their pairs' meetings and the reasons their pairs were rejected or ended) cleared;
   * emails pending to them or about their pairs cancelled, and no address of theirs kept in the
   * outbox. The row stays, with every statistical attribute. Answers how many emails were cancelled,
   * or null when the participant was erased already.
   */
  async eraseParticipant(id: string, at: Date, reason: string): Promise<number | null> {
    const erased = await this.changedRows(ERASE_PARTICIPANT_SQL, [id, ERASED_NAME, at, reason]);
    if (erased === 0) return null;
    await this.manager.query(
      `UPDATE meetings SET note = NULL
        WHERE note IS NOT NULL AND match_id IN (SELECT id FROM matches WHERE mentor_id = $1 OR mentee_id = $1)`,
      [id],
    );
    await this.manager.query(
      `UPDATE matches SET reason = NULL WHERE reason IS NOT NULL AND (mentor_id = $1 OR mentee_id = $1)`,
      [id],
    );
    const cancelled = await this.changedRows(
      `UPDATE outbox SET status = 'cancelled', last_error = NULL
        WHERE status = 'pending'
          AND (recipient_id = $1 OR match_id IN (SELECT id FROM matches WHERE mentor_id = $1 OR mentee_id = $1))`,
      [id],
    );
    await this.manager.query(`UPDATE outbox SET to_address = '', last_error = NULL WHERE recipient_id = $1`, [id]);
    return cancelled;
  }

  /**
   * Erases a newcomer of the register: name, email, phone and the free text of their education;
   * their invitations not yet sent cancelled, and no address of theirs kept in the outbox (as for a
   * participant). Answers how many emails were cancelled, or null when they were erased already.
   */
  async eraseNewcomer(id: string, at: Date, reason: string): Promise<number | null> {
    const erased = await this.changedRows(
      `UPDATE newcomers SET name = $2, email = NULL, phone = NULL, education_field = NULL,
              erased_at = $3, erasure_reason = $4
        WHERE id = $1 AND erased_at IS NULL`,
      [id, ERASED_NAME, at, reason],
    );
    if (erased === 0) return null;
    const cancelled = await this.changedRows(
      `UPDATE outbox SET status = 'cancelled', last_error = NULL WHERE recipient_id = $1 AND status = 'pending'`,
      [id],
    );
    await this.manager.query(`UPDATE outbox SET to_address = '', last_error = NULL WHERE recipient_id = $1`, [id]);
    return cancelled;
  }
}
