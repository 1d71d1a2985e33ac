import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PAIR_IN_SHARE, pairSpans, PROGRAMMES_TODAY, requiredSql } from '../meetings/month-requirement.sql.js';

/*
 * Every figure of the stats, as aggregate SQL over indexed columns: each query answers counts
 * grouped by programme (and a few small keys), never a row per participant, pair or meeting.
 * Their parameters:
 *   $1 uuid[]        the programmes
 *   $2 text[] | null the municipality share: only participants of these municipalities, and only
 *                    pairs whose mentee lives in one of them (a coordinator's scope, or the
 *                    municipality filter of GET /stats); null counts everyone. Pairs follow the
 *                    scoping rule of every pair query (scope.ts); participants count where they
 *                    live, so a share holds only its own mentors, though a coordinator may see
 *                    every mentor of the programme
 *   $3 timestamptz   now (compliance and gatherings only); "today" is read from it in each
 *                    programme's own time zone
 */

const IN_SHARE = (alias: string) => `($2::text[] IS NULL OR ${alias}.municipality_code = ANY($2::text[]))`;

/** Participants by role, category, municipality and employment status at start. */
const PARTICIPANTS_SQL = `SELECT p.programme_id AS "programmeId", p.role::text AS role, p.category::text AS category,
       p.municipality_code AS "municipalityCode", mu.name AS "municipalityName",
       p.employment_status_at_start::text AS employment, count(*)::int AS n
FROM participants p JOIN municipalities mu ON mu.code = p.municipality_code
WHERE p.programme_id = ANY($1::uuid[]) AND ${IN_SHARE('p')}
GROUP BY 1, 2, 3, 4, 5, 6`;

/** Pairs by status; a pair belongs to the share of its mentee's municipality. */
const MATCHES_SQL = `SELECT m.programme_id AS "programmeId", m.status::text AS status, count(*)::int AS n
FROM matches m
WHERE m.programme_id = ANY($1::uuid[]) AND ${PAIR_IN_SHARE}
GROUP BY 1, 2`;

/*
 * Employment at the end: for every mentee whose pair is over (completed or ended) and who has no
 * active pair now, the status recorded when their latest pair ended, next to their status at the
 * start (so the two can be compared over the same mentees).
 */
const EMPLOYMENT_AT_END_SQL = `SELECT last.programme_id AS "programmeId", last.at_start AS "atStart", last.at_end AS "atEnd",
       count(*)::int AS n
FROM (
  SELECT DISTINCT ON (m.mentee_id) m.programme_id, mentee.employment_status_at_start::text AS at_start,
         m.employment_status_at_end::text AS at_end
  FROM matches m JOIN participants mentee ON mentee.id = m.mentee_id
  WHERE m.programme_id = ANY($1::uuid[]) AND m.status IN ('completed', 'ended') AND ${IN_SHARE('mentee')}
    AND NOT EXISTS (SELECT 1 FROM matches active WHERE active.mentee_id = m.mentee_id AND active.status = 'approved')
   
  ORDER BY m.mentee_id, m.ended_on DESC NULLS LAST, m.decided_at DESC, m.id
) last
GROUP BY 1, 2, 3`;

/*
 * Compliance by month, and the meetings in all. Months: every calendar month of the programme from
 * its first to the current one (in the programme's zone; the last, once it is over), each with the
 * pairs active in it and how many of them met that month's requirement. A pair is active from the
 * later of its start and the programme's, to the earlier of its end and the programme's; it is
 * listed for the months of that span up to today (as GET /matches/:id/compliance lists them), with
 * the requirement of requiredSql and the qualifying meetings counted in meeting_months. A test
 * holds this equal to monthlyCompliance over every pair.
 *
 * No join of every listed pair-month with its meetings: a listed month is met when its counted
 * qualifying meetings reach the requirement, or, with no meeting in it, when it requires none. So
 * met = (months with meetings that reached it) + (months requiring none) − (those of them with
 * meetings, already counted). Every meeting belongs to a pair that was approved (only those may
 * log one), so the pairs read here hold all of the share's meetings.
 * One row a programme: its totals and its months as JSON.
 */
const COMPLIANCE_SQL = `WITH prog AS (
  ${PROGRAMMES_TODAY}
),
pair AS (
  ${pairSpans()}
),
listed AS (
  SELECT pair.programme_id, month_start, count(*)::int AS active,
         count(*) FILTER (WHERE ${requiredSql('month_start')} = 0)::int AS requiring_none
  FROM pair
  CROSS JOIN LATERAL (
    SELECT ms::date AS month_start
    FROM generate_series(pair.first_month::timestamp, pair.last_month::timestamp, interval '1 month') ms
  ) mo
  WHERE pair.last_month IS NOT NULL
  GROUP BY 1, 2
),
counted AS (
  SELECT pair.programme_id, mm.month, mm.meetings, mm.minutes,
         mm.month BETWEEN pair.first_month AND pair.last_month AS listed,
         CASE WHEN mm.month BETWEEN pair.first_month AND pair.last_month THEN ${requiredSql('mm.month')} END AS required,
         mm.qualifying
  FROM pair JOIN meeting_months mm ON mm.match_id = pair.id
),
counted_by_month AS (
  SELECT programme_id, month, count(*) FILTER (WHERE qualifying >= required)::int AS reached,
         count(*) FILTER (WHERE required = 0)::int AS requiring_none
  FROM counted WHERE listed
  GROUP BY 1, 2
),
months AS (
  SELECT pr.id AS programme_id,
         json_agg(json_build_object(
           'month', to_char(ms, 'YYYY-MM'),
           'closed', LEAST((ms + interval '1 month - 1 day')::date, pr.end_date) < pr.today,
           'activePairs', COALESCE(l.active, 0),
           'pairsMeetingMinimum', COALESCE(c.reached, 0) + COALESCE(l.requiring_none, 0) - COALESCE(c.requiring_none, 0)
         ) ORDER BY ms) AS months
  FROM prog pr
  CROSS JOIN LATERAL generate_series(date_trunc('month', pr.start_date::timestamp),
                                     date_trunc('month', LEAST(pr.end_date, pr.today)::timestamp), interval '1 month') ms
  LEFT JOIN listed l ON l.programme_id = pr.id AND l.month_start = ms::date
  LEFT JOIN counted_by_month c ON c.programme_id = pr.id AND c.month = ms::date
  WHERE pr.today >= pr.start_date
  GROUP BY pr.id
),
totals AS (
  SELECT programme_id, sum(meetings)::int AS meetings, sum(minutes)::bigint AS minutes
  FROM counted GROUP BY 1
)
SELECT pr.id AS "programmeId", COALESCE(t.meetings, 0) AS meetings, COALESCE(t.minutes, 0) AS minutes,
       COALESCE(mo.months, '[]'::json) AS months
FROM prog pr
LEFT JOIN totals t ON t.programme_id = pr.id
LEFT JOIN months mo ON mo.programme_id = pr.id`;

/*
 * Gatherings, with the share's participants invited and attending. Every mentor and mentee is
 * invited (DESIGN.md: "All mentors and mentees are invited"), but nobody to a gathering held before
 * they joined: invited are those who joined before it began, or are recorded as there (a programme
 * brought over from spreadsheets), or, for one still to come, everyone. So a past gathering's rate
 * does not fall as the programme grows.
 */
const GATHERINGS_SQL = `SELECT g.id, g.programme_id AS "programmeId", g.kind::text AS kind, g.starts_at AS "startsAt",
       g.starts_at <= $3::timestamptz AS held,
       (SELECT count(*)::int FROM participants p
         WHERE p.programme_id = g.programme_id AND ${IN_SHARE('p')}
           AND (g.starts_at > $3::timestamptz OR p.created_at <= g.starts_at
                OR EXISTS (SELECT 1 FROM gathering_attendance ga WHERE ga.gathering_id = g.id AND ga.participant_id = p.id))
       ) AS invited,
       (SELECT count(*)::int FROM gathering_attendance ga JOIN participants p ON p.id = ga.participant_id
         WHERE ga.gathering_id = g.id AND ${IN_SHARE('p')}) AS attended
FROM gatherings g
WHERE g.programme_id = ANY($1::uuid[])
ORDER BY g.programme_id, g.starts_at, g.id`;

export interface ParticipantCountRow {
  programmeId: string;
  role: 'mentor' | 'mentee';
  category: string | null;
  municipalityCode: string;
  municipalityName: string;
  employment: string | null;
  n: number;
}

export interface MatchCountRow {
  programmeId: string;
  status: string;
  n: number;
}

export interface EmploymentAtEndRow {
  programmeId: string;
  atStart: string | null;
  atEnd: string | null;
  n: number;
}

export interface ComplianceMonthRow {
  month: string;
  closed: boolean;
  activePairs: number;
  pairsMeetingMinimum: number;
}

export interface ComplianceRow {
  programmeId: string;
  meetings: number;
  /** bigint: pg returns it as a string */
  minutes: string;
  months: ComplianceMonthRow[];
}

export interface GatheringRow {
  id: string;
  programmeId: string;
  kind: string;
  startsAt: Date;
  held: boolean;
  invited: number;
  attended: number;
}

export interface StatsRows {
  participants: ParticipantCountRow[];
  matches: MatchCountRow[];
  employmentAtEnd: EmploymentAtEndRow[];
  compliance: ComplianceRow[];
  gatherings: GatheringRow[];
}

@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The grouped counts of these programmes, for the share of `municipalityCodes` (null: all),
   * as of `now`. Read in one REPEATABLE READ transaction, so all figures are of one moment.
   */
  async read(programmeIds: string[], municipalityCodes: string[] | null, now: Date): Promise<StatsRows> {
    const share = [programmeIds, municipalityCodes];
    const shareNow = [programmeIds, municipalityCodes, now];
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // The planner's cost estimate for these queries calls for JIT compiling, which takes longer
      // (about 30 ms) than the whole query it would speed up.
      await manager.query('SET LOCAL jit = off');
      return {
        participants: await manager.query<ParticipantCountRow[]>(PARTICIPANTS_SQL, share),
        matches: await manager.query<MatchCountRow[]>(MATCHES_SQL, share),
        employmentAtEnd: await manager.query<EmploymentAtEndRow[]>(EMPLOYMENT_AT_END_SQL, share),
        compliance: await manager.query<ComplianceRow[]>(COMPLIANCE_SQL, shareNow),
        gatherings: await manager.query<GatheringRow[]>(GATHERINGS_SQL, shareNow),
      };
    });
  }
}
