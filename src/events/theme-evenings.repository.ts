import { DomainRepository } from '../database/transactions.js';
import { EMAIL_LANGUAGES } from '../reminders/reminders.repository.js';
import { EVENT_TIMEZONE, ThemeEvening } from './theme-evening.entity.js';

/*
 * The invitations of upcoming theme evenings (all of them, or one), one outbox row each, in one
 * statement. Invited: the newcomers of the evening's municipality who consented to invitations and
 * have an email, and the participants living there of programmes running on the evening's day (in
 * Oslo). One email per address and evening: a participant enrolled from an invited newcomer, or
 * in two programmes, is written to once. The version ('v' || sequence) is in the outbox's unique
 * key, so a version is decided once however often this runs, and a new time or place (a higher
 * sequence) decides it again.
 */
const DECIDE_INVITES_SQL = `WITH ev AS (
  SELECT e.id, e.municipality_code, e.sequence, (e.starts_at AT TIME ZONE '${EVENT_TIMEZONE}')::date AS local_day
  FROM theme_evenings e
  WHERE e.starts_at > $1::timestamptz AND ($2::uuid IS NULL OR e.id = $2::uuid)
),
invitee AS (
  SELECT ev.id AS event_id, ev.sequence, n.id AS recipient_id, n.email, n.preferred_language::text AS language,
         0 AS rank
  FROM ev JOIN newcomers n ON n.municipality_code = ev.municipality_code
  WHERE n.consent_invitations AND n.email IS NOT NULL
  UNION ALL
  SELECT ev.id, ev.sequence, p.id, p.email, p.preferred_language::text, 1
  FROM ev
  JOIN participants p ON p.municipality_code = ev.municipality_code
  JOIN programmes pr ON pr.id = p.programme_id AND ev.local_day BETWEEN pr.start_date AND pr.end_date
),
one_per_address AS (
  SELECT DISTINCT ON (event_id, lower(email)) *
  FROM invitee
  ORDER BY event_id, lower(email), rank, recipient_id
)
INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, event_id, period_key)
SELECT 'event_invite', recipient_id, email,
       CASE WHEN language = ANY($3::text[]) THEN language WHEN language = 'no' THEN 'nb' ELSE 'en' END,
       event_id, event_id, 'v' || sequence
FROM one_per_address
ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
RETURNING id`;

/** The newcomers and the participants of an evening (its invitees, or its attendance). */
export interface EveningPeople {
  newcomerIds: string[];
  participantIds: string[];
}

interface PersonOfEvening {
  eventId: string;
  id: string;
  newcomer: boolean;
}

/** The rows grouped by evening, as newcomers and participants; every one of `eventIds` present. */
function byEvening(eventIds: string[], rows: PersonOfEvening[]): Map<string, EveningPeople> {
  const result = new Map(eventIds.map((id): [string, EveningPeople] => [id, { newcomerIds: [], participantIds: [] }]));
  for (const row of rows) {
    const entry = result.get(row.eventId);
    if (!entry) continue;
    (row.newcomer ? entry.newcomerIds : entry.participantIds).push(row.id);
  }
  return result;
}

export class ThemeEveningsRepository extends DomainRepository {
  /** A new evening, stored. */
  insert(evening: Partial<ThemeEvening>): Promise<ThemeEvening> {
    return this.manager.save(this.manager.create(ThemeEvening, evening));
  }

  findById(id: string): Promise<ThemeEvening | null> {
    return this.manager.findOneBy(ThemeEvening, { id });
  }

  /** The evening, its row locked for the rest of the transaction; null when there is none. */
  async findForUpdate(id: string): Promise<ThemeEvening | null> {
    await this.manager.query('SELECT 1 FROM theme_evenings WHERE id = $1 FOR UPDATE', [id]);
    return this.findById(id);
  }

  /** The municipality's evenings, the latest first. */
  findByMunicipality(code: string): Promise<ThemeEvening[]> {
    return this.manager.find(ThemeEvening, {
      where: { municipalityCode: code },
      order: { startsAt: 'DESC', id: 'ASC' },
    });
  }

  /** Changes the evening; `newVersion` raises its sequence (a new time or place). */
  async update(id: string, change: Partial<ThemeEvening>, newVersion: boolean): Promise<void> {
    await this.manager.update(
      ThemeEvening,
      { id },
      { ...change, ...(newVersion ? { sequence: () => 'sequence + 1' } : {}) },
    );
  }

  /**
   * Writes the outbox rows of the invitations due (of one evening, or of every upcoming one) and
   * answers their ids. In a transaction, an evening and its invitations are committed together.
   */
  async decideInvitations(asOf: Date, eventId: string | null): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(DECIDE_INVITES_SQL, [asOf, eventId, EMAIL_LANGUAGES]);
    return rows.map((r) => r.id);
  }

  /**
   * Who is invited to each evening's current version: the recipients of its invitations, less those
   * cancelled (consent withdrawn, erased), as newcomers and participants.
   */
  async invitees(eventIds: string[]): Promise<Map<string, EveningPeople>> {
    if (eventIds.length === 0) return byEvening(eventIds, []);
    const rows = await this.manager.query<PersonOfEvening[]>(
      `SELECT o.event_id AS "eventId", o.recipient_id AS id,
              EXISTS (SELECT 1 FROM newcomers n WHERE n.id = o.recipient_id) AS newcomer
         FROM theme_evenings e
         JOIN outbox o ON o.event_id = e.id AND o.kind = 'event_invite' AND o.period_key = 'v' || e.sequence
                      AND o.status <> 'cancelled'
        WHERE e.id = ANY($1::uuid[])
        ORDER BY 1, 2`,
      [eventIds],
    );
    return byEvening(eventIds, rows);
  }

  /** The attendance of each evening. */
  async attendance(eventIds: string[]): Promise<Map<string, EveningPeople>> {
    if (eventIds.length === 0) return byEvening(eventIds, []);
    const rows = await this.manager.query<PersonOfEvening[]>(
      `SELECT event_id AS "eventId", newcomer_id AS id, true AS newcomer FROM theme_evening_newcomers WHERE event_id = ANY($1::uuid[])
       UNION ALL
       SELECT event_id, participant_id, false FROM theme_evening_participants WHERE event_id = ANY($1::uuid[])
       ORDER BY 1, 3, 2`,
      [eventIds],
    );
    return byEvening(eventIds, rows);
  }

  /** The ids among these that are newcomers of the municipality. */
  async newcomersOf(code: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM newcomers WHERE municipality_code = $1 AND id = ANY($2::uuid[])`,
      [code, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The ids among these that are participants living in the municipality. */
  async participantsOf(code: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM participants WHERE municipality_code = $1 AND id = ANY($2::uuid[])`,
      [code, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async replaceAttendance(eventId: string, newcomerIds: string[], participantIds: string[]): Promise<void> {
    await this.manager.query('DELETE FROM theme_evening_newcomers WHERE event_id = $1', [eventId]);
    await this.manager.query('DELETE FROM theme_evening_participants WHERE event_id = $1', [eventId]);
    if (newcomerIds.length) {
      await this.manager.query(
        `INSERT INTO theme_evening_newcomers (event_id, newcomer_id) SELECT $1, unnest($2::uuid[])`,
        [eventId, newcomerIds],
      );
    }
    if (participantIds.length) {
      await this.manager.query(
        `INSERT INTO theme_evening_participants (event_id, participant_id) SELECT $1, unnest($2::uuid[])`,
        [eventId, participantIds],
      );
    }
  }
}
