/*
 * The month-requirement rule (month-requirement.ts) in SQL, for the reads that judge many pairs at
 * once: the stats' compliance and the pairs list. One text, used by both, so the two cannot drift;
 * tests hold each reader equal to GET /matches/:id/compliance over random programmes.
 *
 * The fragments read these parameters, which every statement that uses them binds the same way:
 *   $1 uuid[]        the programmes
 *   $2 text[] | null the municipality share (scope.ts: a pair is its mentee's municipality's); null: all
 *   $3 timestamptz   now; "today" is read from it in each programme's own time zone
 */

import { pairInMunicipalities } from '../common/access/scope.js';

/** The pair `m` is in the share $2 (no lookup without one). */
export const PAIR_IN_SHARE = `($2::text[] IS NULL OR ${pairInMunicipalities('m', '$2::text[]')})`;

/** CTE body `prog`: the programmes $1 with their monthly minimum and today. */
export const PROGRAMMES_TODAY = `SELECT p.id, p.start_date, p.end_date,
         (p.rules->>'minMeetingsPerMonth')::int AS min_meetings,
         ($3::timestamptz AT TIME ZONE p.timezone)::date AS today
  FROM programmes p
  WHERE p.id = ANY($1::uuid[])`;

/**
 * CTE body `pair` (after `prog`): the share's pairs that ran (approved, completed, ended) and match
 * `where` (more SQL on the matches row `m`), each with its active span and months. A pair is active
 * from the later of its start and the programme's, to the earlier of its end and the programme's;
 * it lists the months of that span from `first_month` to `last_month`, the month of today or of the
 * span's end if that came first (null when nothing is listed yet: today is before the span, or the
 * span is empty). `end_month` is the month of the span's end, which may lie after today.
 */
export function pairSpans(where = 'TRUE'): string {
  return `SELECT m.id, m.programme_id, m.status, m.mentor_id, m.mentee_id, m.starts_on, m.ended_on, m.score,
         pr.min_meetings, pr.today, span.span_start, span.span_end,
         date_trunc('month', span.span_start::timestamp)::date AS first_month,
         date_trunc('month', span.span_end::timestamp)::date AS end_month,
         CASE WHEN span.span_start <= span.span_end AND pr.today >= span.span_start
              THEN date_trunc('month', LEAST(span.span_end, pr.today)::timestamp)::date END AS last_month
  FROM matches m
  JOIN prog pr ON pr.id = m.programme_id
  CROSS JOIN LATERAL (
    SELECT GREATEST(m.starts_on, pr.start_date) AS span_start,
           LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) AS span_end
  ) span
  WHERE m.programme_id = ANY($1::uuid[]) AND m.status IN ('approved', 'completed', 'ended') AND ${PAIR_IN_SHARE}
    AND (${where})`;
}

/** The last day of the month starting `month` (a date expression). */
function monthEnd(month: string): string {
  return `(${month} + interval '1 month - 1 day')::date`;
}

/**
 * The meetings `pair` must hold in the month starting `month` (a date expression): the minimum when
 * the pair was active the whole month, else round-half-up of minimum × active days / days in
 * month, in integers: (2·min·active + days) / (2·days).
 */
export function requiredSql(month: string): string {
  const days = `(${monthEnd(month)} - ${month} + 1)`;
  // A month strictly between the span's first and last is a whole one; only those two may be partial.
  return `CASE WHEN ${month} > pair.first_month AND ${month} < pair.end_month THEN pair.min_meetings
    ELSE (2 * pair.min_meetings * (LEAST(pair.span_end, ${monthEnd(month)}) - GREATEST(pair.span_start, ${month}) + 1) + ${days})
      / (2 * ${days}) END`;
}

/**
 * `pair`'s listed month starting `month` is over: its last active day in it is before today. A
 * listed month before the last is over; the last (today's month, or the span's end's) is over
 * once the span is.
 */
export function closedSql(month: string): string {
  return `(${month} < pair.last_month OR pair.span_end < pair.today)`;
}

/** How a month stands, as the MonthMark of the pairs list; the order of the CASE is the rule. */
export function markSql(required: string, qualifying: string, closed: string): string {
  return `CASE WHEN ${required} = 0 THEN 'not_required' WHEN NOT ${closed} THEN 'running'
    WHEN ${qualifying} >= ${required} THEN 'met' ELSE 'missed' END`;
}
