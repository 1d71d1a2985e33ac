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
import { needsAttention, type AttentionFlags } from './attention.js';
import { listedMonths, type PauseSpan } from '../meetings/month-requirement.js';
import { MARK_LETTERS, type PairStanding, type PairStatus } from './pair-standing.js';

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
const PAIRS_WITH_CALENDAR = `SELECT s.*, s.status = 'approved' AND s.today BETWEEN s.span_start AND s.span_end AS running,
         (date_trunc('month', s.today::timestamp) - interval '1 month')::date AS previous_month,
         (date_trunc('month', s.today::timestamp) - interval '2 months')::date AS month_before_previous
  FROM (${pairSpans()}) s`;

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

/** A pair's last meeting, `lm.last_date`, from its pair_meeting_totals row (none without meetings), as the list reads it. */
const LAST_MEETING = `LEFT JOIN pair_meeting_totals lm ON lm.match_id = pair.id`;

/**
 * The attention flags of `pair`, from the MISSED aggregates of its months, joined as `mo` (which
 * must cover last month and the month before), and its last meeting `lm`: the one definition, which
 * the pairs list shows and the attention counts count. "No meeting for 30 days": the 30 days up to
 * today all lie in the span and none has a meeting.
 */
const FLAGS = `pair.running AND COALESCE(mo.missed_previous, false) AS "missedLastMonth",
       pair.running AND COALESCE(mo.missed_previous AND mo.missed_before_previous, false) AS "missedTwoMonths",
       pair.running AND pair.today - GREATEST(lm.last_date, pair.span_start - 1) >= 30 AS "noMeetingFor30Days"`;

/*
 * The pairs list in one statement: every pair of the share that ran, one row each, with its active
 * span, today, the minimum and the exempt months (what its months' requirements follow from:
 * listedMonths in month-requirement.ts), its pauses, and its meeting_months as pair_meeting_totals
 * holds them in one row (kept by triggers: its months as "i qualifying meetings", its minutes, its
 * last meeting), read by key. PostgreSQL only reads; the months are listed and marked in TypeScript
 * by the one pure rule, which costs milliseconds where marking 80,000 months in SQL cost PostgreSQL
 * hundreds at 10,000 pairs. An array costs the driver more to read than a text, hence the exempt
 * months as "6,7". `prog` is MATERIALIZED so the programme's exempt months are read from its rules
 * once, not once a pair.
 */
const PAIRS_SQL = `WITH prog AS MATERIALIZED (
  ${PROGRAMMES_TODAY}
),
pair AS (
  ${pairSpans('$4::text IS NULL OR m.status::text = $4::text')}
)
SELECT pair.id, pair.status::text AS status, pair.starts_on::text AS "startsOn", pair.ended_on::text AS "endsOn",
       pair.mentor_id AS "mentorId", mentor.name AS "mentorName",
       pair.mentee_id AS "menteeId", mentee.name AS "menteeName", mentee.municipality_code AS "municipalityCode",
       pair.score::float8 AS score, pair.span_start::text AS "spanStart", pair.span_end::text AS "spanEnd",
       pair.today::text AS today, pair.min_meetings AS "minMeetingsPerMonth",
       array_to_string(pair.exempt_months, ',') AS "exemptMonths",
       CASE WHEN pair.has_pauses THEN (SELECT string_agg(pz.from_date::text || ' ' || pz.to_date::text, ',')
                                       FROM match_pauses pz WHERE pz.match_id = pair.id) END AS "pauseDays",
       totals.counts, totals.minutes, totals.last_date::text AS "lastMeetingOn"
FROM pair
JOIN participants mentor ON mentor.id = pair.mentor_id
JOIN participants mentee ON mentee.id = pair.mentee_id
LEFT JOIN pair_meeting_totals totals ON totals.match_id = pair.id`;

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
  ${PAIRS_WITH_CALENDAR}
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

export interface RawPairRow {
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
  spanStart: string;
  spanEnd: string;
  today: string;
  minMeetingsPerMonth: number;
  /** The programme's exempt months (1–12), comma-separated ('' for none). */
  exemptMonths: string;
  /** The pair's pauses as "from to" day pairs, comma-separated; null for a pair without any. */
  pauseDays: string | null;
  /** Its months with meetings, as pair_meeting_totals writes them ("i qualifying meetings", comma-separated); null without meetings. */
  counts: string | null;
  /** The minutes of all its meetings (the list shows no month's); null without meetings. */
  minutes: number | null;
  lastMeetingOn: string | null;
}

const DAY_MS = 86_400_000;
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/** year × 12 + month − 1 of an ISO date (or 'YYYY-MM'). */
function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * Each month of pair_meeting_totals' text ("i qualifying meetings", comma-separated, i the
 * month's monthIndex), as (i, qualifying, meetings). Read digit by digit: 80,000 months split
 * into strings cost more than everything else the list does in TypeScript.
 */
export function forEachCount(
  encoded: string,
  visit: (month: number, qualifying: number, meetings: number) => void,
): void {
  const fields = [0, 0, 0];
  let field = 0;
  for (let i = 0; i <= encoded.length; i++) {
    const c = i < encoded.length ? encoded.charCodeAt(i) : 44;
    if (c === 32) field++;
    else if (c === 44) {
      visit(fields[0], fields[1], fields[2]);
      fields[0] = fields[1] = fields[2] = 0;
      field = 0;
    } else fields[field] = fields[field] * 10 + (c - 48);
  }
}

/** Days since 2000-01-01 of an ISO date; a list of thousands of pairs repeats a few hundred dates. */
const DAY_NUMBERS = new BoundedCache<number>(10_000);

function dayNumber(day: string): number {
  return DAY_NUMBERS.remember(day, () => (Date.parse(day) - EPOCH_2000) / DAY_MS);
}

/**
 * What every pair of one span, today and minimum shares: its listed months with their requirements
 * and whether each is over, and the places in that list of last month and the month before.
 */
interface SpanMonths {
  first: string | null;
  firstIndex: number;
  required: readonly number[];
  /**
   * Each month's mark letter when its meetings cannot change it (n, h, r), else '' (a closed month
   * that requires something: m or x by its qualifying meetings). The rule of MARK_LETTERS.
   */
  fixedLetters: readonly string[];
  /** Each month's paused days; undefined for a pair without pauses. */
  pausedDays: readonly number[] | undefined;
  /** The place of last month (the calendar month before today's) in the list; may lie outside it. */
  previous: number;
  /** The marks of this span's pairs by which of its months were missed (a bit each), each written once. */
  marksByMissed: Map<number, string>;
}

/**
 * The listed months of a span, by span, today, minimum and exempt months, and the pair's pauses
 * when it has any: a cohort's pairs mostly share their starts and ends and few pause, so a list of
 * thousands works out a few hundred spans. A pair with pauses has its pauses in the key, so it
 * never shares an entry with one without. Read only.
 */
const SPANS = new BoundedCache<SpanMonths>(10_000);

/** The pauses of PAIRS_SQL's text ("from to", comma-separated). */
function pausesOf(pauseDays: string | null): PauseSpan[] {
  if (pauseDays === null) return [];
  return pauseDays.split(',').map((pair) => {
    const [from, to] = pair.split(' ');
    return { from, to };
  });
}

function spanMonths(r: RawPairRow): SpanMonths {
  const key = `${r.spanStart} ${r.spanEnd} ${r.today} ${r.minMeetingsPerMonth} ${r.exemptMonths}`;
  return SPANS.remember(r.pauseDays === null ? key : `${key} pauses ${r.pauseDays}`, () => {
    const listed = listedMonths({
      ...r,
      exemptMonths: r.exemptMonths === '' ? [] : r.exemptMonths.split(',').map(Number),
      pauses: pausesOf(r.pauseDays),
    });
    const firstIndex = listed.length > 0 ? monthIndex(listed[0].month) : 0;
    return {
      first: listed.length > 0 ? listed[0].month : null,
      firstIndex,
      required: listed.map((m) => m.requiredMeetings),
      fixedLetters: listed.map((m) =>
        m.requiredMeetings === 0
          ? m.exempt
            ? MARK_LETTERS.holiday
            : MARK_LETTERS.not_required
          : m.closed
            ? ''
            : MARK_LETTERS.running,
      ),
      pausedDays: r.pauseDays === null ? undefined : listed.map((m) => m.pausedDays),
      previous: monthIndex(r.today) - 1 - firstIndex,
      marksByMissed: new Map(),
    };
  });
}

/** Bits enough for a span's months in a mask (a number stays exact up to 2^53). */
const MAX_MASKED_MONTHS = 52;

/**
 * The span's marks, one letter a month, with the months of `missed` (a bit each) missed and its
 * other closed months that require something met. A span's pairs share a few such strings, so each
 * is written once and a list of 10,000 pairs allocates none of its own.
 */
function marksOf(span: SpanMonths, missed: number): string {
  let marks = span.marksByMissed.get(missed);
  if (marks === undefined) {
    marks = lettersOf(span, (i) => Math.floor(missed / 2 ** i) % 2 === 1);
    span.marksByMissed.set(missed, marks);
  }
  return marks;
}

/** The span's marks, one letter a month, with the closed months that require something `missed` or met. */
function lettersOf(span: SpanMonths, missed: (month: number) => boolean): string {
  return span.fixedLetters.map((fixed, i) => fixed || (missed(i) ? MARK_LETTERS.missed : MARK_LETTERS.met)).join('');
}

/** The eight combinations of attention flags, shared by the standings (read only). */
const ATTENTION: readonly AttentionFlags[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) =>
  Object.freeze({
    missedLastMonth: (bits & 1) !== 0,
    missedTwoMonths: (bits & 2) !== 0,
    noMeetingFor30Days: (bits & 4) !== 0,
  }),
);

/**
 * A pair of PAIRS_SQL with its months listed and marked, its meeting_months counted in (none
 * without meetings), its totals and its attention flags: the same
 * rule as the attention counts' SQL (COUNTS_SQL), held equal to it by the pairs' property test.
 * Ten thousand of these make one list, and every object they allocate lives until the answer is
 * sent (so each costs the garbage collector copies too): the span's requirements, its marks and the
 * attention flags are shared (read only), and every standing has the same shape (an absent end is
 * undefined, which JSON omits).
 */
export function standingOf(r: RawPairRow): PairStanding {
  const span = spanMonths(r);
  const n = span.required.length;
  const qualifyingMeetings = new Array<number>(n).fill(0);
  const monthMeetings = new Array<number>(n).fill(0);
  let meetings = 0;
  if (r.counts !== null) {
    forEachCount(r.counts, (month, qualifying, inMonth) => {
      meetings += inMonth;
      const offset = month - span.firstIndex;
      if (offset >= 0 && offset < n) {
        qualifyingMeetings[offset] = qualifying;
        monthMeetings[offset] = inMonth;
      }
    });
  }
  let missed = 0;
  for (let i = 0; i < n; i++) {
    if (span.fixedLetters[i] === '' && qualifyingMeetings[i] < span.required[i]) missed += 2 ** i;
  }
  const marks =
    n <= MAX_MASKED_MONTHS ? marksOf(span, missed) : lettersOf(span, (i) => qualifyingMeetings[i] < span.required[i]);
  const lastMeetingOn = r.lastMeetingOn;
  const running = r.status === 'approved' && r.spanStart <= r.today && r.today <= r.spanEnd;
  // Last month and the month before, by their place in the list (undefined when not listed).
  const missedPrevious = running && marks[span.previous] === MARK_LETTERS.missed;
  // The last day without a meeting began the day after the last meeting, or on the span's first day.
  const silentFrom =
    lastMeetingOn !== null && lastMeetingOn >= r.spanStart ? dayNumber(lastMeetingOn) + 1 : dayNumber(r.spanStart);
  const missedTwoMonths = missedPrevious && marks[span.previous - 1] === MARK_LETTERS.missed;
  // The 30 days up to today all lie in the span, and none has a meeting.
  const noMeetingFor30Days = running && dayNumber(r.today) - silentFrom + 1 >= 30;
  const attention = ATTENTION[(missedPrevious ? 1 : 0) + (missedTwoMonths ? 2 : 0) + (noMeetingFor30Days ? 4 : 0)];
  return {
    id: r.id,
    status: r.status,
    startsOn: r.startsOn,
    endsOn: r.endsOn ?? undefined,
    mentor: { id: r.mentorId, name: r.mentorName },
    mentee: { id: r.menteeId, name: r.menteeName, municipalityCode: r.municipalityCode },
    score: r.score,
    lastMeetingOn,
    meetings,
    minutes: r.minutes ?? 0,
    months: {
      first: span.first,
      marks,
      requiredMeetings: span.required,
      qualifyingMeetings,
      meetings: monthMeetings,
      pausedDays: span.pausedDays,
    },
    attention,
    needsAttention: needsAttention(attention),
  };
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
    const params = [[programmeId], municipalityCodes, now, status];
    // One statement, so one snapshot: no transaction of its own.
    const rows = await this.dataSource.query<RawPairRow[]>(PAIRS_SQL, params);
    return rows.map(standingOf);
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
      await tune(manager);
      return work(manager);
    });
  }
}

/**
 * The planner's estimates call for JIT compiling, which costs more than these queries take; and
 * the months of 10,000 pairs are aggregated in memory rather than spilled to disk.
 */
async function tune(manager: EntityManager): Promise<void> {
  await manager.query('SET LOCAL jit = off');
  await manager.query("SET LOCAL work_mem = '32MB'");
}
