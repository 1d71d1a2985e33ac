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

/** The programme `p`'s exempt months (rules.exemptMonths) as an int[]. */
export const EXEMPT_MONTHS = `ARRAY(SELECT em::int FROM jsonb_array_elements_text(COALESCE(p.rules->'exemptMonths', '[]'::jsonb)) em)`;

/**
 * The pair `m` has a pause: only such pairs read match_pauses for their months. An IN over the
 * table (a hashed subplan: one read of it per statement) rather than a probe per pair.
 */
export const HAS_PAUSES = `(m.id IN (SELECT pz.match_id FROM match_pauses pz))`;

/** CTE body `prog`: the programmes $1 with their monthly minimum, exempt months and today. */
export const PROGRAMMES_TODAY = `SELECT p.id, p.start_date, p.end_date,
         (p.rules->>'minMeetingsPerMonth')::int AS min_meetings,
         ${EXEMPT_MONTHS} AS exempt_months,
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
         pr.min_meetings, pr.exempt_months, pr.today, span.span_start, span.span_end,
         ${HAS_PAUSES} AS has_pauses,
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

/**
 * The calendar number (1–12) of the month starting `month` (a date expression). date_part (double
 * precision), not extract: in PostgreSQL 14 and later extract returns numeric, which costs more for
 * each of the 100,000 pair-months a read judges.
 */
function monthNumber(month: string): string {
  return `date_part('month', ${month})::int`;
}

/** The last day of the month starting `month` (a date expression). */
function monthEnd(month: string): string {
  return `(${month} + interval '1 month - 1 day')::date`;
}

/** The columns of a pair row that its months' requirements follow from (SQL expressions). */
export interface PairRuleColumns {
  /** the match id */
  id: string;
  minMeetings: string;
  spanStart: string;
  spanEnd: string;
  /** int[] of calendar months 1–12 that require nothing */
  exemptMonths: string;
  /** boolean: the pair has a pause (else match_pauses is not read) */
  hasPauses: string;
}

/** The columns of `pair`, the CTE of pairSpans. */
const PAIR: PairRuleColumns = {
  id: 'pair.id',
  minMeetings: 'pair.min_meetings',
  spanStart: 'pair.span_start',
  spanEnd: 'pair.span_end',
  exemptMonths: 'pair.exempt_months',
  hasPauses: 'pair.has_pauses',
};

/**
 * The paused days of the pair in the month starting `month` (a date expression): each pause
 * clipped to the month's part of the span. Pauses of a pair never overlap (the service keeps it
 * so), so their days add up.
 */
export function pausedDaysSql(pair: PairRuleColumns, month: string): string {
  return `CASE WHEN ${pair.hasPauses} THEN (
      SELECT COALESCE(sum(GREATEST(0, LEAST(pz.to_date, ${pair.spanEnd}, ${monthEnd(month)})
                                     - GREATEST(pz.from_date, ${pair.spanStart}, ${month}) + 1)), 0)::int
      FROM match_pauses pz WHERE pz.match_id = ${pair.id}) ELSE 0 END`;
}

/**
 * The meetings a pair (its `columns`) must hold in the month starting `month` (a date expression):
 * none in an exempt month; else round-half-up of minimum × active days / days in month, in
 * integers, (2·min·active + days) / (2·days), where the active days are those of the month in the
 * pair's span and not paused (a month outside the span has none).
 */
export function pairRequiredSql(pair: PairRuleColumns, month: string): string {
  const days = `(${monthEnd(month)} - ${month} + 1)`;
  const inSpan = `GREATEST(0, LEAST(${pair.spanEnd}, ${monthEnd(month)}) - GREATEST(${pair.spanStart}, ${month}) + 1)`;
  return `CASE WHEN ${monthNumber(month)} = ANY(${pair.exemptMonths}) THEN 0
    ELSE (2 * ${pair.minMeetings} * GREATEST(0, ${inSpan} - ${pausedDaysSql(pair, month)}) + ${days}) / (2 * ${days}) END`;
}

/** pairRequiredSql of `pair` (pairSpans), for a month it lists. */
export function requiredSql(month: string): string {
  // A month strictly between the span's first and last is a whole one: without pauses it requires
  // the minimum, or nothing when exempt (most months of most pairs, worked out without the day count).
  return `CASE WHEN ${month} > pair.first_month AND ${month} < pair.end_month AND NOT pair.has_pauses
      THEN CASE WHEN ${monthNumber(month)} = ANY(pair.exempt_months) THEN 0 ELSE pair.min_meetings END
    ELSE ${pairRequiredSql(PAIR, month)} END`;
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
