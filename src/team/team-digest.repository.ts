import type { DigestFigures, DigestReach } from '../mail/outbox.entity.js';
import { DomainRepository } from '../database/transactions.js';

/** The digest is decided in the municipalities' zone. */
export const DIGEST_TIMEZONE = 'Europe/Oslo';

/** What the newcomer team's monthly digest reads and writes: counts only, never a person. */
export class TeamDigestRepository extends DomainRepository {
  /** The municipalities with a team member who has no digest for this month yet. */
  async municipalitiesDue(month: string): Promise<string[]> {
    const rows = await this.manager.query<{ code: string }[]>(
      `SELECT DISTINCT t.municipality_code AS code FROM team_members t
        WHERE NOT EXISTS (SELECT 1 FROM outbox o
                           WHERE o.kind = 'team_digest' AND o.team_member_id = t.id AND o.period_key = $1)
        ORDER BY 1`,
      [month],
    );
    return rows.map((r) => r.code);
  }

  /** One digest row per team member of the municipality (once per member and month); their ids. */
  async insertDigests(code: string, language: string, month: string, figures: DigestFigures): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, team_member_id, period_key, figures)
         SELECT 'team_digest', t.id, t.email, $2, t.id, t.id, $3, $4::jsonb
           FROM team_members t WHERE t.municipality_code = $1
         ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
         RETURNING id`,
      [code, language, month, JSON.stringify(figures)],
    );
    return rows.map((r) => r.id);
  }

  /** The register on `today`: newcomers waiting for a mentor, the longest wait in days, those without career guidance. */
  async register(
    code: string,
    today: string,
  ): Promise<{ waiting: number; longest: number | null; withoutGuidance: number }> {
    const [row] = await this.manager.query<{ waiting: number; longest: number | null; withoutGuidance: number }[]>(
      `SELECT count(*) FILTER (WHERE w.waiting)::int AS waiting,
              max($2::date - n.waiting_since) FILTER (WHERE w.waiting) AS longest,
              count(*) FILTER (WHERE n.guidance_status IN ('not_referred', 'referred'))::int AS "withoutGuidance"
         FROM newcomers n
         CROSS JOIN LATERAL (SELECT n.consent_mentor_programme
                               AND NOT EXISTS (SELECT 1 FROM newcomer_enrolments e WHERE e.newcomer_id = n.id)
                               AS waiting) w
        WHERE n.municipality_code = $1`,
      [code, today],
    );
    return row;
  }

  /** Pairs of the municipality's mentees escalated in the month (yyyy-MM). */
  async escalatedPairs(code: string, month: string): Promise<number> {
    const [row] = await this.manager.query<{ n: number }[]>(
      `SELECT count(DISTINCT o.match_id)::int AS n
         FROM outbox o
         JOIN matches m ON m.id = o.match_id
         JOIN participants mentee ON mentee.id = m.mentee_id
        WHERE o.kind = 'escalation' AND o.period_key = $2 AND mentee.municipality_code = $1`,
      [code, month],
    );
    return row.n;
  }

  /** The theme evenings of last month (`last`) and this month, and their attendance; days in Oslo. */
  eveningsAround(
    code: string,
    lastMonth: string,
    thisMonth: string,
    nextMonth: string,
  ): Promise<{ last: boolean; evenings: number; attendance: number }[]> {
    return this.manager.query(
      `SELECT (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date < $3::date AS last,
              count(*)::int AS evenings,
              (sum((SELECT count(*) FROM theme_evening_newcomers a WHERE a.event_id = ev.id)
                 + (SELECT count(*) FROM theme_evening_participants a WHERE a.event_id = ev.id)))::int AS attendance
         FROM theme_evenings ev
        WHERE ev.municipality_code = $1
          AND (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date >= $2::date
          AND (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date < $4::date
        GROUP BY 1`,
      [code, lastMonth, thisMonth, nextMonth],
    );
  }

  /** The register's reach by residence category (only the categories with someone registered). */
  reachByCategory(code: string): Promise<DigestReach[]> {
    return this.manager.query(
      `SELECT n.category::text AS category,
              count(*)::int AS registered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM theme_evening_newcomers a WHERE a.newcomer_id = n.id))::int
                AS "reachedByEvening",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM newcomer_enrolments e WHERE e.newcomer_id = n.id))::int
                AS "inMentorProgramme",
              count(*) FILTER (WHERE n.guidance_status = 'done')::int AS "careerGuidanceDone"
         FROM newcomers n WHERE n.municipality_code = $1 GROUP BY n.category`,
      [code],
    );
  }
}
