import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOLLOWUP_MONTHS } from '../surveys/survey-questions.js';
import { EXEMPT_MONTHS, HAS_PAUSES, pairRequiredSql } from '../meetings/month-requirement.sql.js';

/** Days after its day that a reminder still goes out, so a sweep missed (an outage) is caught up. */
export const CATCH_UP_DAYS = 6;

/** Languages with templates (bokmål, nynorsk, English); another preference gets English, 'no' gets bokmål. */
export const EMAIL_LANGUAGES = ['nb', 'nn', 'en'] as const;

/*
 * The whole sweep decision in one statement. For each programme it reads "today" in the
 * programme's own time zone, takes every pair active today, counts each pair's meetings of this
 * month and the two before it (one pass over the meetings of those months), and writes one outbox
 * row per email that is due. The outbox's unique key turns a second sweep of the same day, or two
 * processes sweeping at once, into no new rows.
 *
 * Required meetings of a month: pairRequiredSql of month-requirement.sql.ts (none in an exempt month;
 * else round-half-up of minimum × active, unpaused days / days in month). This is
 * month-requirement.ts's rule; a test holds the two equal. A month that requires nothing (exempt,
 * or paused throughout) is never short: no nudge, no minimum-missed email, and it breaks a run of
 * missed months, so an escalation needs two months in a row that required something and were missed.
 *
 * Screening: when a programme requires it, the coordinators of a running pair's mentee hear once
 * (per mentor, document and document date: the mentor is the email's subject) that the mentor's
 * police certificate or confidentiality declaration turned three years old, from that day on.
 *
 * Surveys: on the local day of the midway and closing gatherings, every mentor and mentee of a
 * pair whose span covers that day (once per person, however many pairs); 3, 6 and 12 months after
 * a pair's span ended, its mentee. Each is one email per survey per person ever (period `once`, or
 * the months), and a sweep missed is caught up for CATCH_UP_DAYS, as the month reminders are.
 */
const DECIDE_SQL = `WITH prog AS (
  SELECT p.id, p.timezone, p.start_date, p.end_date,
         (p.rules->>'minMeetingsPerMonth')::int AS min_meetings,
         (p.rules->>'minMeetingMinutes')::int AS min_minutes,
         (p.rules->>'midMonthReminderDay')::int AS reminder_day,
         COALESCE((p.rules->>'requireScreening')::boolean, false) AS require_screening,
         ${EXEMPT_MONTHS} AS exempt_months,
         ($1::timestamptz AT TIME ZONE p.timezone)::date AS today
  FROM programmes p
  WHERE $2::text IS NULL OR p.timezone = $2::text
),
active_pair AS (
  SELECT m.id AS match_id, m.mentor_id, m.mentee_id, pr.min_meetings, pr.min_minutes, pr.reminder_day, pr.today,
         pr.require_screening,
         pr.exempt_months, ${HAS_PAUSES} AS has_pauses,
         GREATEST(m.starts_on, pr.start_date) AS span_start,
         LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) AS span_end,
         date_trunc('month', pr.today)::date AS this_month
  FROM matches m JOIN prog pr ON pr.id = m.programme_id
  WHERE m.status = 'approved'
    AND pr.today BETWEEN GREATEST(m.starts_on, pr.start_date) AND LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date)
),
pair_month AS (
  SELECT ap.match_id, mm.back, mm.month_start,
         (${pairRequiredSql(
           {
             id: 'ap.match_id',
             minMeetings: 'ap.min_meetings',
             spanStart: 'ap.span_start',
             spanEnd: 'ap.span_end',
             exemptMonths: 'ap.exempt_months',
             hasPauses: 'ap.has_pauses',
           },
           'mm.month_start',
         )})::int AS required
  FROM active_pair ap
  CROSS JOIN LATERAL (
    SELECT b AS back, (ap.this_month - make_interval(months => b))::date AS month_start,
           (ap.this_month - make_interval(months => b) + interval '1 month - 1 day')::date AS month_end
    FROM generate_series(0, 2) b
  ) mm
),
met AS (
  SELECT ap.match_id, date_trunc('month', mt.date)::date AS month_start,
         count(*) FILTER (WHERE mt.duration_minutes >= ap.min_minutes)::int AS qualifying
  FROM active_pair ap
  JOIN meetings mt ON mt.match_id = ap.match_id
   AND mt.date >= (ap.this_month - interval '2 months')::date
   AND mt.date < (ap.this_month + interval '1 month')::date
  WHERE mt.date >= (SELECT min(date_trunc('month', today) - interval '2 months') FROM prog)::date
    AND mt.date < (SELECT max(date_trunc('month', today) + interval '1 month') FROM prog)::date
  GROUP BY ap.match_id, date_trunc('month', mt.date)
),
standing AS (
  SELECT ap.*, agg.*
  FROM active_pair ap
  JOIN (
    SELECT pmo.match_id AS agg_match_id,
      bool_or(pmo.back = 0 AND pmo.required > 0 AND COALESCE(met.qualifying, 0) = 0) AS nothing_yet,
      bool_or(pmo.back = 1 AND COALESCE(met.qualifying, 0) < pmo.required) AS short_last,
      bool_or(pmo.back = 2 AND COALESCE(met.qualifying, 0) < pmo.required) AS short_before,
      max(pmo.required) FILTER (WHERE pmo.back = 0) AS req0,
      max(COALESCE(met.qualifying, 0)) FILTER (WHERE pmo.back = 0) AS q0,
      max(pmo.required) FILTER (WHERE pmo.back = 1) AS req1,
      max(COALESCE(met.qualifying, 0)) FILTER (WHERE pmo.back = 1) AS q1
    FROM pair_month pmo
    LEFT JOIN met ON met.match_id = pmo.match_id AND met.month_start = pmo.month_start
    GROUP BY pmo.match_id
  ) agg ON agg.agg_match_id = ap.match_id
),
pair_email AS (
  SELECT 'midmonth_nudge'::email_kind AS kind, s.mentor_id AS recipient_id, s.match_id,
         to_char(s.this_month, 'YYYY-MM') AS period_key,
         jsonb_build_object('month', to_char(s.this_month, 'YYYY-MM'), 'requiredMeetings', s.req0,
                            'qualifyingMeetings', s.q0) AS figures
  FROM standing s
  WHERE s.nothing_yet
    AND extract(day FROM s.today) BETWEEN s.reminder_day AND s.reminder_day + ${CATCH_UP_DAYS}
    AND s.span_start <= s.this_month + (s.reminder_day - 1)
  UNION ALL
  SELECT 'minimum_missed'::email_kind, s.mentor_id, s.match_id,
         to_char(s.this_month - interval '1 month', 'YYYY-MM'),
         jsonb_build_object('month', to_char(s.this_month - interval '1 month', 'YYYY-MM'), 'requiredMeetings', s.req1,
                            'qualifyingMeetings', s.q1)
  FROM standing s
  WHERE s.short_last AND extract(day FROM s.today) <= 1 + ${CATCH_UP_DAYS}
),
escalation AS (
  SELECT 'escalation'::email_kind AS kind, u.id AS recipient_id, u.email AS to_address,
         u.preferred_language::text AS language,
         s.match_id, to_char(s.this_month - interval '1 month', 'YYYY-MM') AS period_key,
         jsonb_build_object('month', to_char(s.this_month - interval '1 month', 'YYYY-MM'), 'requiredMeetings', s.req1,
                            'qualifyingMeetings', s.q1,
                            'previousMonth', to_char(s.this_month - interval '2 months', 'YYYY-MM')) AS figures
  FROM standing s
  JOIN participants mentee ON mentee.id = s.mentee_id
  JOIN user_municipalities um ON um.municipality_code = mentee.municipality_code
  JOIN users u ON u.id = um.user_id AND u.role = 'coordinator' AND NOT u.disabled
  WHERE s.short_last AND s.short_before AND extract(day FROM s.today) <= 1 + ${CATCH_UP_DAYS}
),
screening AS (
  SELECT DISTINCT ON (u.id, mentor.id, d.document)
         'screening_expiry'::email_kind AS kind, u.id AS recipient_id, u.email AS to_address,
         u.preferred_language::text AS language, mentor.id AS subject_id, ap.match_id,
         d.document || ':' || to_char(d.dated, 'YYYY-MM-DD') AS period_key,
         jsonb_build_object('document', d.document, 'documentDate', to_char(d.dated, 'YYYY-MM-DD'),
                            'expiresOn', to_char(d.expires, 'YYYY-MM-DD')) AS figures
  FROM active_pair ap
  JOIN participants mentor ON mentor.id = ap.mentor_id
  CROSS JOIN LATERAL (
    SELECT v.document, v.dated, (v.dated + interval '3 years')::date AS expires
    FROM (VALUES ('police_certificate', mentor.police_certificate_seen_on),
                 ('confidentiality_declaration', mentor.confidentiality_signed_on)) v(document, dated)
    WHERE v.dated IS NOT NULL
  ) d
  JOIN participants mentee ON mentee.id = ap.mentee_id
  JOIN user_municipalities um ON um.municipality_code = mentee.municipality_code
  JOIN users u ON u.id = um.user_id AND u.role = 'coordinator' AND NOT u.disabled
  WHERE ap.require_screening AND ap.today BETWEEN d.expires AND d.expires + ${CATCH_UP_DAYS}
  ORDER BY u.id, mentor.id, d.document, ap.span_start, ap.match_id
),
upcoming AS (
  SELECT g.id AS gathering_id, g.programme_id, g.sequence,
         (g.starts_at AT TIME ZONE pr.timezone)::date AS local_day, pr.today
  FROM gatherings g JOIN prog pr ON pr.id = g.programme_id
  WHERE g.starts_at > $1::timestamptz
),
gathering_email AS (
  SELECT 'gathering_invite'::email_kind AS kind, up.gathering_id, up.programme_id, 'v' || up.sequence AS period_key
  FROM upcoming up
  UNION ALL
  SELECT 'gathering_reminder'::email_kind, up.gathering_id, up.programme_id, to_char(up.local_day, 'YYYY-MM-DD')
  FROM upcoming up
  WHERE up.today >= up.local_day - 7
),
survey_gathering AS (
  SELECT g.id AS gathering_id, g.programme_id, (g.kind::text || '_survey')::email_kind AS kind,
         (g.starts_at AT TIME ZONE pr.timezone)::date AS local_day, pr.today, pr.start_date, pr.end_date
  FROM gatherings g JOIN prog pr ON pr.id = g.programme_id
  WHERE g.kind IN ('midway', 'closing')
),
ended_pair AS (
  SELECT m.id AS match_id, m.mentee_id, pr.today,
         LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) AS span_end
  FROM matches m JOIN prog pr ON pr.id = m.programme_id
  WHERE m.status IN ('approved', 'completed', 'ended')
    AND LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) >= GREATEST(m.starts_on, pr.start_date)
    AND LEAST(COALESCE(m.ended_on, pr.end_date), pr.end_date) < pr.today
),
survey_email AS (
  SELECT DISTINCT sg.kind, who.participant_id AS recipient_id, NULL::uuid AS match_id, sg.gathering_id,
         'once' AS period_key
  FROM survey_gathering sg
  JOIN matches m ON m.programme_id = sg.programme_id AND m.status IN ('approved', 'completed', 'ended')
  CROSS JOIN LATERAL (VALUES (m.mentor_id), (m.mentee_id)) who(participant_id)
  WHERE sg.today BETWEEN sg.local_day AND sg.local_day + ${CATCH_UP_DAYS}
    AND sg.local_day BETWEEN GREATEST(m.starts_on, sg.start_date)
                         AND LEAST(COALESCE(m.ended_on, sg.end_date), sg.end_date)
  UNION ALL
  SELECT 'followup_survey'::email_kind, ep.mentee_id, ep.match_id, NULL::uuid, n::text
  FROM ended_pair ep
  CROSS JOIN unnest(ARRAY[${FOLLOWUP_MONTHS.join(', ')}]) n
  WHERE ep.today BETWEEN (ep.span_end + make_interval(months => n))::date
                     AND (ep.span_end + make_interval(months => n))::date + ${CATCH_UP_DAYS}
),
decided AS (
  SELECT pe.kind, pe.recipient_id, p.email AS to_address, p.preferred_language AS language,
         pe.match_id AS subject_id, pe.match_id, NULL::uuid AS gathering_id, pe.period_key, pe.figures
  FROM pair_email pe JOIN participants p ON p.id = pe.recipient_id AND p.erased_at IS NULL
  UNION ALL
  SELECT e.kind, e.recipient_id, e.to_address, e.language, e.match_id, e.match_id, NULL::uuid, e.period_key, e.figures
  FROM escalation e
  UNION ALL
  SELECT sc.kind, sc.recipient_id, sc.to_address, sc.language, sc.subject_id, sc.match_id, NULL::uuid, sc.period_key,
         sc.figures
  FROM screening sc
  UNION ALL
  SELECT ge.kind, p.id, p.email, p.preferred_language, ge.gathering_id, NULL::uuid, ge.gathering_id, ge.period_key,
         NULL::jsonb
  FROM gathering_email ge JOIN participants p ON p.programme_id = ge.programme_id AND p.erased_at IS NULL
  UNION ALL
  SELECT se.kind, p.id, p.email, p.preferred_language, COALESCE(se.match_id, se.gathering_id), se.match_id,
         se.gathering_id, se.period_key, NULL::jsonb
  FROM survey_email se JOIN participants p ON p.id = se.recipient_id AND p.erased_at IS NULL
)
INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, match_id, gathering_id, period_key, figures)
SELECT kind, recipient_id, to_address,
       CASE WHEN language = ANY($3::text[]) THEN language WHEN language IN ('no', 'nn') THEN 'nb' ELSE 'en' END,
       subject_id, match_id, gathering_id, period_key, figures
FROM decided
ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
RETURNING id`;

@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the outbox rows of every email due at `asOf` (for one time zone's programmes, or all); their ids. */
  async decideDueEmails(asOf: Date, timezone: string | null): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(DECIDE_SQL, [asOf, timezone, EMAIL_LANGUAGES]);
    return rows.map((r) => r.id);
  }

  /** Every email decided and not yet sent or given up, oldest first. */
  async findPendingIds(): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox WHERE status = 'pending' ORDER BY created_at, id`,
    );
    return rows.map((r) => r.id);
  }

  /** The time zones that have programmes, for one daily scheduler each. */
  async findProgrammeTimezones(): Promise<string[]> {
    const rows = await this.dataSource.query<{ timezone: string }[]>(
      'SELECT DISTINCT timezone FROM programmes ORDER BY timezone',
    );
    return rows.map((r) => r.timezone);
  }
}
