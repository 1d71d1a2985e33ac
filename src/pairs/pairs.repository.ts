import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache.js';
import {
  closedSql,
  markSql,
  PAIR_IN_SHARE,
  pairSpans,
  PROGRAMMES_TODAY,
  requiredSql,
} from '../meetings/month-requirement.sql.js';
import type { GatheringKind } from '../programmes/gathering.entity.js';
import { needsAttention } from './attention.js';
import type { MonthMark, PairMonth, PairStanding, PairStatus } from './pair-standing.js';

/*
 * The pairs of a programme with each month's standing, and what needs attention in it, read in
 * SQL from meeting_months (the meetings counted by month, kept by triggers) with the month rule of
 * month-requirement.sql.ts, which the stats use too. Parameters as there:
 *   $1 uuid[]        the programme (one)
 *   $2 text[] | null the share: only pairs whose mentee lives in these municipalities; null: all
 *   $3 timestamptz   now
 *   $4 text | null   the pairs list only: one status, or all that ran (approved, completed, ended)
 */

/**
 * CTE body `pair` (after `prog`): the pairs of pairSpans, each also with whether it is running
 * (approved, and today in its active span: only a running pair can need attention) and the first
 * days of last month (the calendar month before today's) and of the month before that.
 */
function pairsWithCalendar(where?: string): string {
  return `SELECT s.*, s.status = 'approved' AND s.today BETWEEN s.span_start AND s.span_end AS running,
         (date_trunc('month', s.today::timestamp) - interval '1 month')::date AS previous_month,
         (date_trunc('month', s.today::timestamp) - interval '2 months')::date AS month_before_previous
  FROM (${pairSpans(where)}) s`;
}

/**
 * CTE body `marked`: each listed month of the pairs of `pair` that match `where`, from `from` to `to`
 * (date expressions over `pair`: its listed months, or some of them), numbered from 1, with its
 * requirement, its counted meetings (from `counted`, the meeting_months rows of these pairs) and
 * its mark. A month without meetings has no meeting_months row: it counts none.
 */
function markedMonths(from: string, to: string, where = 'TRUE'): string {
  return `SELECT pm.*, ${markSql('pm.required', 'pm.qualifying', 'pm.closed')} AS mark
  FROM (
    SELECT pair.id, mo.n, mo.month, mo.required, mo.closed,
           COALESCE(mm.qualifying, 0) AS qualifying, COALESCE(mm.meetings, 0) AS meetings,
           mo.month = pair.previous_month AS previous, mo.month = pair.month_before_previous AS before_previous
    FROM pair
    CROSS JOIN LATERAL (
      SELECT ms::date AS month, n, ${requiredSql('ms::date')} AS required, ${closedSql('ms::date')} AS closed
      FROM generate_series((${from})::timestamp, (${to})::timestamp, interval '1 month') WITH ORDINALITY AS g(ms, n)
    ) mo
    LEFT JOIN counted mm ON mm.match_id = pair.id AND mm.month = mo.month
    WHERE ${where}
  ) pm`;
}

/** CTE body `counted`: the meeting_months rows of the pairs of `pair` (read once, for months and totals). */
const COUNTED = `SELECT mm.* FROM pair JOIN meeting_months mm ON mm.match_id = pair.id`;

/** Aggregates over a pair's rows of `marked`: did it miss last month, the month before. */
const MISSED = `bool_or(previous AND mark = 'missed') AS missed_previous,
       bool_or(before_previous AND mark = 'missed') AS missed_before_previous`;

/** A pair's last meeting, as a lateral `lm` over `pair`. */
const LAST_MEETING = `CROSS JOIN LATERAL (SELECT max(mt.date) AS last_meeting_on FROM meetings mt WHERE mt.match_id = pair.id) lm`;

/**
 * The attention flags of `pair`, from the MISSED aggregates of its months, joined as `mo` (which
 * must cover last month and the month before), and its last meeting `lm`: the one definition, which
 * the pairs list shows and the attention counts count. "No meeting for 30 days": the 30 days up to
 * today all lie in the span and none has a meeting.
 */
const FLAGS = `pair.running AND COALESCE(mo.missed_previous, false) AS "missedLastMonth",
       pair.running AND COALESCE(mo.missed_previous AND mo.missed_before_previous, false) AS "missedTwoMonths",
       pair.running AND pair.today - GREATEST(lm.last_meeting_on, pair.span_start - 1) >= 30 AS "noMeetingFor30Days"`;

/*
 * Every pair of the share that ran, one row each, with its months run together in one text
 * ("n required qualifying meetings mark" for the n-th listed month from firstMonth, comma-separated,
 * in no particular order): one unordered aggregate per pair. A JSON object per month costs
 * PostgreSQL about twice as much, and a row per month costs node-pg about twice as much to read, at
 * 10,000 pairs. decodeMonths reads it back. The flags come from the same pass.
 */
const PAIRS_SQL = `WITH prog AS (
  ${PROGRAMMES_TODAY}
),
pair AS (
  ${pairsWithCalendar('$4::text IS NULL OR m.status::text = $4::text')}
),
counted AS (
  ${COUNTED}
),
marked AS (
  ${markedMonths('pair.first_month', 'pair.last_month')}
),
months AS (
  SELECT id, string_agg(n || ' ' || required || ' ' || qualifying || ' ' || meetings || ' ' || mark, ',') AS months,
         ${MISSED}
  FROM marked GROUP BY id
),
totals AS (
  SELECT match_id, sum(meetings)::int AS meetings, sum(minutes)::int AS minutes FROM counted GROUP BY 1
)
SELECT pair.id, pair.status::text AS status, pair.starts_on::text AS "startsOn", pair.ended_on::text AS "endsOn",
       pair.mentor_id AS "mentorId", mentor.name AS "mentorName",
       pair.mentee_id AS "menteeId", mentee.name AS "menteeName", mentee.municipality_code AS "municipalityCode",
       pair.score::float8 AS score, lm.last_meeting_on::text AS "lastMeetingOn",
       COALESCE(t.meetings, 0) AS meetings, COALESCE(t.minutes, 0) AS minutes,
       to_char(pair.first_month, 'YYYY-MM') AS "firstMonth", COALESCE(mo.months, '') AS months,
       ${FLAGS}
FROM pair
JOIN participants mentor ON mentor.id = pair.mentor_id
JOIN participants mentee ON mentee.id = pair.mentee_id
LEFT JOIN months mo ON mo.id = pair.id
LEFT JOIN totals t ON t.match_id = pair.id
${LAST_MEETING}`;

/*
 * The pairs' attention counts: the same flags over the running pairs, with only the two months they
 * look at marked. And the mentees waiting: without an approved or completed pair and without an
 * undecided proposal (one whose pair ended early waits again), and proposals left undecided for
 * more than 7 days.
 */
const COUNTS_SQL = `WITH prog AS (
  ${PROGRAMMES_TODAY}
),
pair AS (
  ${pairsWithCalendar()}
),
counted AS (
  ${COUNTED} WHERE pair.running AND mm.month >= pair.month_before_previous
),
marked AS (
  ${markedMonths('GREATEST(pair.first_month, pair.month_before_previous)', 'pair.previous_month', 'pair.running')}
),
missed AS (
  SELECT id, ${MISSED} FROM marked GROUP BY id
),
standing AS (
  SELECT ${FLAGS}
  FROM pair
  LEFT JOIN missed mo ON mo.id = pair.id
  ${LAST_MEETING}
  WHERE pair.running
),
waiting AS (
  SELECT p.id FROM participants p
  WHERE p.programme_id = ANY($1::uuid[]) AND p.role = 'mentee'
    AND ($2::text[] IS NULL OR p.municipality_code = ANY($2::text[]))
    AND NOT EXISTS (SELECT 1 FROM matches m
                    WHERE m.mentee_id = p.id AND m.status IN ('approved', 'completed', 'proposed'))
)
SELECT (SELECT count(*)::int FROM waiting) AS "menteesWithoutMentor",
       ARRAY(SELECT w.id FROM waiting w JOIN participants p ON p.id = w.id ORDER BY p.name, p.id) AS "menteesWithoutMentorIds",
       (SELECT count(*)::int FROM matches m
         WHERE m.programme_id = ANY($1::uuid[]) AND m.status = 'proposed'
           AND m.created_at < $3::timestamptz - interval '7 days' AND ${PAIR_IN_SHARE}) AS "staleProposals",
       count(*) FILTER (WHERE st."missedLastMonth")::int AS "pairsMissedLastMonth",
       count(*) FILTER (WHERE st."missedTwoMonths")::int AS "pairsMissedTwoMonths",
       count(*) FILTER (WHERE st."noMeetingFor30Days")::int AS "pairsSilent30Days"
FROM standing st`;

/*
 * The programme's gatherings that matter now: the next one not yet over, and those starting within
 * 14 days with no gathering_invite in the outbox (the sweep decides invitations for every
 * gathering to come; none means it has not run since the gathering was made).
 */
const GATHERINGS_SQL = `SELECT g.id, g.kind::text AS kind, g.title, g.starts_at AS "startsAt", g.location,
       g.id = (SELECT n.id FROM gatherings n WHERE n.programme_id = g.programme_id AND n.ends_at > $2::timestamptz
               ORDER BY n.starts_at, n.id LIMIT 1) AS next,
       g.starts_at > $2::timestamptz AND g.starts_at <= $2::timestamptz + interval '14 days'
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.gathering_id = g.id AND o.kind = 'gathering_invite') AS uninvited
FROM gatherings g
WHERE g.programme_id = $1::uuid AND g.ends_at > $2::timestamptz
ORDER BY g.starts_at, g.id`;

export interface AttentionCountsRow {
  menteesWithoutMentor: number;
  menteesWithoutMentorIds: string[];
  staleProposals: number;
  pairsMissedLastMonth: number;
  pairsMissedTwoMonths: number;
  pairsSilent30Days: number;
}

export interface GatheringRow {
  id: string;
  kind: GatheringKind;
  title: string;
  startsAt: Date;
  location: string | null;
  /** The next gathering not yet over. */
  next: boolean;
  /** Starts within 14 days and no invitation was decided for it. */
  uninvited: boolean;
}

interface RawPairRow {
  id: string;
  status: PairStatus;
  startsOn: string;
  endsOn: string | null;
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  municipalityCode: string;
  score: number;
  lastMeetingOn: string | null;
  meetings: number;
  minutes: number;
  firstMonth: string;
  months: string;
  missedLastMonth: boolean;
  missedTwoMonths: boolean;
  noMeetingFor30Days: boolean;
}

/** 'YYYY-MM' of the n-th month (from 0) after a first month, made once per pair of them. */
const MONTH_LABELS = new BoundedCache<string>(10_000);

function monthLabel(firstMonth: string, offset: number): string {
  return MONTH_LABELS.remember(`${firstMonth}+${offset}`, () => {
    const m = Number(firstMonth.slice(5, 7)) - 1 + offset;
    const month = (m % 12) + 1;
    return `${Number(firstMonth.slice(0, 4)) + Math.floor(m / 12)}-${month < 10 ? '0' : ''}${month}`;
  });
}

/** The months of PAIRS_SQL's text, each put in its place and labelled from the first month on. */
export function decodeMonths(firstMonth: string, encoded: string): PairMonth[] {
  if (encoded === '') return [];
  const entries = encoded.split(',');
  const months = new Array<PairMonth>(entries.length);
  for (const entry of entries) {
    const [n, required, qualifying, meetings, mark] = entry.split(' ');
    const index = Number(n) - 1;
    months[index] = {
      month: monthLabel(firstMonth, index),
      requiredMeetings: Number(required),
      qualifyingMeetings: Number(qualifying),
      meetings: Number(meetings),
      mark: mark as MonthMark,
    };
  }
  return months;
}

@Injectable()
export class PairsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every pair of the programme that ran (or of `status`), in the share (null: all), as of `now`; in no order. */
  async findStandings(
    programmeId: string,
    municipalityCodes: string[] | null,
    now: Date,
    status: PairStatus | null,
  ): Promise<PairStanding[]> {
    const rows = await this.read((manager) =>
      manager.query<RawPairRow[]>(PAIRS_SQL, [[programmeId], municipalityCodes, now, status]),
    );
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      startsOn: r.startsOn,
      ...(r.endsOn === null ? {} : { endsOn: r.endsOn }),
      mentor: { id: r.mentorId, name: r.mentorName },
      mentee: { id: r.menteeId, name: r.menteeName, municipalityCode: r.municipalityCode },
      score: r.score,
      lastMeetingOn: r.lastMeetingOn,
      meetings: r.meetings,
      minutes: r.minutes,
      months: decodeMonths(r.firstMonth, r.months),
      attention: {
        missedLastMonth: r.missedLastMonth,
        missedTwoMonths: r.missedTwoMonths,
        noMeetingFor30Days: r.noMeetingFor30Days,
      },
      needsAttention: needsAttention(r),
    }));
  }

  /** What needs attention in the programme, in the share (null: all), as of `now`; both of one moment. */
  async findAttention(
    programmeId: string,
    municipalityCodes: string[] | null,
    now: Date,
  ): Promise<{ counts: AttentionCountsRow; gatherings: GatheringRow[] }> {
    return this.read(async (manager) => {
      const [counts] = await manager.query<AttentionCountsRow[]>(COUNTS_SQL, [[programmeId], municipalityCodes, now]);
      const gatherings = await manager.query<GatheringRow[]>(GATHERINGS_SQL, [programmeId, now]);
      return { counts, gatherings };
    });
  }

  /** One REPEATABLE READ transaction, so every figure is of one moment. */
  private read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // The planner's estimates call for JIT compiling, which costs more than these queries take; and
      // the months of 10,000 pairs are aggregated in memory rather than spilled to disk.
      await manager.query('SET LOCAL jit = off');
      await manager.query("SET LOCAL work_mem = '32MB'");
      return work(manager);
    });
  }
}
