import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type {
  DigestFigures,
  EmailKind,
  MonthFigures,
  OutboxEmail,
  OutboxStatus,
  ScreeningFigures,
} from './outbox.entity.js';
import type { EventPartner, EventTheme } from '../events/theme-evening.entity.js';
import { OutboxEmail as OutboxEntity } from './outbox.entity.js';

/** What one email needs to be written: the row and the names and things it speaks of. */
export interface EmailContext {
  id: string;
  kind: EmailKind;
  to: string;
  language: string;
  periodKey: string;
  figures: MonthFigures | ScreeningFigures | null;
  /** team_digest: its figures (the same column as a month reminder's) */
  digest: DigestFigures | null;
  matchId: string | null;
  /** null when the recipient was removed after the email was decided */
  recipientName: string | null;
  programmeName: string;
  timezone: string;
  minMeetingMinutes: number;
  mentorName: string | null;
  menteeName: string | null;
  gatheringId: string | null;
  /** retention_notice: the programme, and the day its participants are erased */
  programmeId: string | null;
  erasureOn: string | null;
  gatheringTitle: string | null;
  /** The gathering's kind when its title is the default one (written in the recipient's language), else null. */
  defaultTitleOf: 'kickoff' | 'midway' | 'closing' | null;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string | null;
  sequence: number | null;
  /** event_invite: the theme evening, and the municipality it is held in (team_digest too) */
  eventId: string | null;
  theme: EventTheme | null;
  partners: EventPartner[] | null;
  municipalityName: string | null;
  /**
   * event_invite to a newcomer who, since it was decided, withdrew consent to invitations, lost
   * their email on record or was erased: it is cancelled, not sent.
   */
  invitationWithdrawn: boolean;
}

/** SQLSTATEs of a prepared statement that went bad: 0A000 its result type changed, 26000 it is not there. */
const PREPARED_STATEMENT_GONE_BAD = new Set(['0A000', '26000']);

@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes a pending email for one try: counts the attempt and answers what it needs, or null when
   * it is already sent or given up (a job run twice sends nothing twice).
   *
   * One statement: the claim and the names it needs in one round trip. The status is compared as
   * text so the planner takes the primary key: with nearly every row sent, it would otherwise pick
   * the status index and scan every pending row (measured: 5.5 ms at 40,000 pending). The names
   * are subselects by primary key, not joins: an eight-way join cost 1.1 ms to plan per email,
   * this costs 0.3 ms, and 0.1 ms prepared (measured with pgbench on the benchmark's database).
   */
  async claimForAttempt(id: string): Promise<EmailContext | null> {
    const [row] = await this.prepared<EmailContext>(
      'mail_claim',
      `WITH claimed AS (
         UPDATE outbox SET attempts = attempts + 1 WHERE id = $1 AND status::text = 'pending'
         RETURNING id, kind, to_address, language, period_key, figures, match_id, gathering_id, event_id,
                   team_member_id, programme_id, recipient_id
       )
       SELECT c.id, c.kind, c.to_address AS "to", c.language, c.period_key AS "periodKey", c.figures,
              CASE WHEN c.kind::text = 'team_digest' THEN c.figures END AS "digest",
              c.match_id AS "matchId", COALESCE(c.gathering_id, c.event_id) AS "gatheringId", pr.id AS "programmeId",
              ((pr.end_date + make_interval(months => (pr.rules->>'retentionMonths')::int))::date + 1)::text AS "erasureOn",
              COALESCE((SELECT p.name FROM participants p WHERE p.id = c.recipient_id),
                       (SELECT u.name FROM users u WHERE u.id = c.recipient_id),
                       (SELECT n.name FROM newcomers n WHERE n.id = c.recipient_id),
                       (SELECT t.name FROM team_members t WHERE t.id = c.team_member_id)) AS "recipientName",
              COALESCE(pr.name, '') AS "programmeName", COALESCE(pr.timezone, 'Europe/Oslo') AS timezone,
              (pr.rules->>'minMeetingMinutes')::int AS "minMeetingMinutes",
              (SELECT p.name FROM participants p WHERE p.id = m.mentor_id) AS "mentorName",
              (SELECT p.name FROM participants p WHERE p.id = m.mentee_id) AS "menteeName",
              COALESCE(g.title, ev.title) AS "gatheringTitle",
              CASE WHEN g.default_title AND g.kind::text <> 'other' THEN g.kind::text END AS "defaultTitleOf",
              COALESCE(g.starts_at, ev.starts_at) AS "startsAt",
              COALESCE(g.ends_at, ev.ends_at) AS "endsAt", COALESCE(g.location, ev.location) AS location,
              COALESCE(g.sequence, ev.sequence) AS sequence,
              c.event_id AS "eventId", ev.theme, ev.partners,
              (SELECT mu.name FROM municipalities mu
                WHERE mu.code = COALESCE(ev.municipality_code,
                                         (SELECT t.municipality_code FROM team_members t WHERE t.id = c.team_member_id)))
                AS "municipalityName",
              (c.kind::text = 'event_invite' AND EXISTS (
                 SELECT 1 FROM newcomers n
                  WHERE n.id = c.recipient_id
                    AND (NOT n.consent_invitations OR n.email IS NULL OR n.erased_at IS NOT NULL)))
                AS "invitationWithdrawn"
       FROM claimed c
       LEFT JOIN matches m ON m.id = c.match_id
       LEFT JOIN gatherings g ON g.id = c.gathering_id
       LEFT JOIN theme_evenings ev ON ev.id = c.event_id
       LEFT JOIN programmes pr ON pr.id = COALESCE(m.programme_id, g.programme_id, c.programme_id)`,
      [id],
    );
    return row ?? null;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.prepared(
      'mail_mark_sent',
      `UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1 AND status::text = 'pending'`,
      [id, at],
    );
  }

  /** Cancels a pending email the worker found it must not send; a row no longer pending is left alone. */
  async markCancelled(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET status = 'cancelled', last_error = NULL WHERE id = $1 AND status::text = 'pending'`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET status = 'failed', last_error = $2 WHERE id = $1 AND status::text = 'pending'`,
      [id, error],
    );
  }

  async noteError(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET last_error = $2 WHERE id = $1`, [id, error]);
  }

  /**
   * A statement of every send, prepared on each pooled connection the first time it runs there and
   * then run by name, so PostgreSQL does not parse and plan it again for each email. TypeORM's
   * query() has no named statements; the pool is TypeORM's own, so the connections are the same.
   *
   * A prepared statement can go bad under a running worker: a migration that changes a column's
   * type makes PostgreSQL refuse it ("cached plan must not change result type"), and a pooler in
   * transaction mode may route it to a connection that never prepared it. Then it runs unprepared,
   * so an email is never held up by either.
   */
  private async prepared<T extends QueryResultRow>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    try {
      return (await pool.query<T>({ name, text, values })).rows;
    } catch (error) {
      if (!PREPARED_STATEMENT_GONE_BAD.has((error as { code?: string }).code ?? '')) throw error;
      return (await pool.query<T>({ text, values })).rows;
    }
  }

  async list(filter: {
    status?: OutboxStatus;
    kind?: EmailKind;
    limit?: number;
    offset?: number;
  }): Promise<OutboxEmail[]> {
    const qb = this.dataSource.getRepository(OutboxEntity).createQueryBuilder('o');
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC');
    if (filter.offset !== undefined) qb.skip(filter.offset);
    if (filter.limit !== undefined) qb.take(filter.limit);
    return qb.getMany();
  }
}
