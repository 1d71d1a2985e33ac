import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/*
 * Every figure of the stats, as aggregate SQL over indexed columns: each query answers counts
 * grouped by programme (and a few small keys), never a row per participant, pair or meeting.
 * Their parameters:
 *   $1 uuid[]        the programmes
 *   $2 text[] | null the municipality share: only participants of these municipalities, and only
 *                    pairs whose mentee lives in one of them (a coordinator's scope, or the
 *                    municipality filter of GET /stats); null counts everyone
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
FROM matches m JOIN participants mentee ON mentee.id = m.mentee_id
WHERE m.programme_id = ANY($1::uuid[]) AND ${IN_SHARE('mentee')}
GROUP BY 1, 2`;

/** All meetings logged for the share's pairs, whatever the pair's status now. */
const MEETINGS_SQL = `SELECT m.programme_id AS "programmeId", count(*)::int AS count, sum(mt.duration_minutes)::bigint AS minutes
FROM meetings mt
JOIN matches m ON m.id = mt.match_id
JOIN participants mentee ON mentee.id = m.mentee_id
WHERE m.programme_id = ANY($1::uuid[]) AND ${IN_SHARE('mentee')}
GROUP BY 1`;

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
 * Compliance by month: every calendar month of the programme from its first to the current one
 * (in the programme's zone; the last, once it is over), with the pairs active in it and how many
 * of them met that month's requirement. A pair is active from the later of its start and the
 * programme's, to the earlier of its end and the programme's; it is listed for the months of that
 * span up to today, and its requirement and qualifying meetings are those of month-requirement.ts
 * (round-half-up of minimum × active days / days in month, in integers; meetings of at least the
 * programme's minimum minutes). A test holds this equal to monthlyCompliance over every pair.
 */
const COMPLIANCE_SQL = `WITH prog AS (
  SELECT p.id, p.start_date, p.end_date,
         (p.rules->>'minMeetingsPerMonth')::int AS min_meetings,
         (p.rules->>'minMeetingMinutes')::int AS min_minutes,
         ($3::timestamptz AT TIME ZONE p.timezone)::date AS today
  FROM programmes p
  WHERE p.id = ANY($1::uuid[])
),
pair AS (
  SELECT m.id, m.programme_id, pr.min_meetings, pr.min_minutes, pr.today,
         GREATEST(m.starts_on, pr.start_date) AS span_start,
         LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) AS span_end
  FROM matches m
  JOIN prog pr ON pr.id = m.programme_id
  JOIN participants mentee ON mentee.id = m.mentee_id
  WHERE m.programme_id = ANY($1::uuid[]) AND m.status IN ('approved', 'completed', 'ended') AND ${IN_SHARE('mentee')}
),
pair_month AS (
  SELECT pair.id, pair.programme_id, pair.min_minutes, mo.month_start, mo.month_end,
         (2 * pair.min_meetings * (LEAST(pair.span_end, mo.month_end) - GREATEST(pair.span_start, mo.month_start) + 1)
           + (mo.month_end - mo.month_start + 1)) / (2 * (mo.month_end - mo.month_start + 1)) AS required
  FROM pair
  CROSS JOIN LATERAL (
    SELECT ms::date AS month_start, (ms + interval '1 month - 1 day')::date AS month_end
    FROM generate_series(date_trunc('month', pair.span_start::timestamp),
                         date_trunc('month', LEAST(pair.span_end, pair.today)::timestamp), interval '1 month') ms
  ) mo
  WHERE pair.span_start <= pair.span_end AND pair.today >= pair.span_start
),
qualifying AS (
  SELECT pm.id, pm.month_start, count(*) FILTER (WHERE mt.duration_minutes >= pm.min_minutes) AS n
  FROM pair_month pm
  JOIN meetings mt ON mt.match_id = pm.id AND mt.date BETWEEN pm.month_start AND pm.month_end
  GROUP BY 1, 2
),
by_month AS (
  SELECT pm.programme_id, pm.month_start, count(*)::int AS active,
         count(*) FILTER (WHERE COALESCE(q.n, 0) >= pm.required)::int AS met
  FROM pair_month pm LEFT JOIN qualifying q ON q.id = pm.id AND q.month_start = pm.month_start
  GROUP BY 1, 2
)
SELECT pr.id AS "programmeId", to_char(ms, 'YYYY-MM') AS month,
       LEAST((ms + interval '1 month - 1 day')::date, pr.end_date) < pr.today AS closed,
       COALESCE(bm.active, 0) AS "activePairs", COALESCE(bm.met, 0) AS "pairsMeetingMinimum"
FROM prog pr
CROSS JOIN LATERAL generate_series(date_trunc('month', pr.start_date::timestamp),
                                   date_trunc('month', LEAST(pr.end_date, pr.today)::timestamp), interval '1 month') ms
LEFT JOIN by_month bm ON bm.programme_id = pr.id AND bm.month_start = ms::date
WHERE pr.today >= pr.start_date
ORDER BY 1, 2`;

/*
 * Gatherings: every participant of the share is invited to every gathering of the programme
 * (DESIGN.md: "All mentors and mentees are invited"); attended is the recorded attendance.
 */
const GATHERINGS_SQL = `WITH invited AS (
  SELECT p.programme_id, count(*)::int AS n
  FROM participants p
  WHERE p.programme_id = ANY($1::uuid[]) AND ${IN_SHARE('p')}
  GROUP BY 1
),
attended AS (
  SELECT ga.gathering_id, count(*)::int AS n
  FROM gathering_attendance ga
  JOIN gatherings g ON g.id = ga.gathering_id
  JOIN participants p ON p.id = ga.participant_id
  WHERE g.programme_id = ANY($1::uuid[]) AND ${IN_SHARE('p')}
  GROUP BY 1
)
SELECT g.id, g.programme_id AS "programmeId", g.kind::text AS kind, g.starts_at AS "startsAt",
       g.starts_at <= $3::timestamptz AS held,
       COALESCE(i.n, 0) AS invited, COALESCE(a.n, 0) AS attended
FROM gatherings g
LEFT JOIN invited i ON i.programme_id = g.programme_id
LEFT JOIN attended a ON a.gathering_id = g.id
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

export interface MeetingTotalsRow {
  programmeId: string;
  count: number;
  /** bigint: pg returns it as a string */
  minutes: string;
}

export interface EmploymentAtEndRow {
  programmeId: string;
  atStart: string | null;
  atEnd: string | null;
  n: number;
}

export interface ComplianceRow {
  programmeId: string;
  month: string;
  closed: boolean;
  activePairs: number;
  pairsMeetingMinimum: number;
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
  meetings: MeetingTotalsRow[];
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
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      participants: await manager.query<ParticipantCountRow[]>(PARTICIPANTS_SQL, share),
      matches: await manager.query<MatchCountRow[]>(MATCHES_SQL, share),
      meetings: await manager.query<MeetingTotalsRow[]>(MEETINGS_SQL, share),
      employmentAtEnd: await manager.query<EmploymentAtEndRow[]>(EMPLOYMENT_AT_END_SQL, share),
      compliance: await manager.query<ComplianceRow[]>(COMPLIANCE_SQL, shareNow),
      gatherings: await manager.query<GatheringRow[]>(GATHERINGS_SQL, shareNow),
    }));
  }
}
