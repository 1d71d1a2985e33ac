import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { DigestFigures, DigestReach } from '../mail/outbox.entity.js';
import { MENTEE_CATEGORIES } from '../participants/participant-fields.js';

/** The digest is decided in the municipalities' zone. */
const DIGEST_TIMEZONE = 'Europe/Oslo';
/** Days after the 1st that a digest still goes out, so a sweep missed (an outage) is caught up. */
const DIGEST_CATCH_UP_DAYS = 6;
/** The language of the digest: team members have no language of their own; the municipality's is bokmål. */
export const DIGEST_LANGUAGE = 'nb';

/**
 * The newcomer team's monthly digest: on the 1st (or a catch-up day after it), one outbox row per
 * member of every municipality's team, with the figures decided then. Figures only: counts of
 * newcomers, pairs and evenings, never a name, an address or one person's category. The outbox's
 * unique key (kind, member, member, month) makes it once per member per month however often
 * the sweep runs.
 */
@Injectable()
export class TeamDigestService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Decides the digests due at `asOf`; their outbox ids. */
  async decideDue(asOf: Date): Promise<string[]> {
    const today = DateTime.fromJSDate(asOf, { zone: DIGEST_TIMEZONE });
    if (today.day > 1 + DIGEST_CATCH_UP_DAYS) return [];
    const month = today.toFormat('yyyy-MM');
    const codes = await this.dataSource.query<{ code: string }[]>(
      `SELECT DISTINCT t.municipality_code AS code FROM team_members t
        WHERE NOT EXISTS (SELECT 1 FROM outbox o
                           WHERE o.kind = 'team_digest' AND o.team_member_id = t.id AND o.period_key = $1)
        ORDER BY 1`,
      [month],
    );
    const ids: string[] = [];
    for (const { code } of codes) {
      const figures = await this.figures(code, today);
      const rows = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO outbox (kind, recipient_id, to_address, language, subject_id, team_member_id, period_key, figures)
         SELECT 'team_digest', t.id, t.email, $2, t.id, t.id, $3, $4::jsonb
           FROM team_members t WHERE t.municipality_code = $1
         ON CONFLICT (kind, recipient_id, subject_id, period_key) DO NOTHING
         RETURNING id`,
        [code, DIGEST_LANGUAGE, month, JSON.stringify(figures)],
      );
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /** A municipality's figures on `today` (a day in Oslo). */
  async figures(code: string, today: DateTime): Promise<DigestFigures> {
    const thisMonth = today.startOf('month');
    const lastMonth = thisMonth.minus({ months: 1 });
    const nextMonth = thisMonth.plus({ months: 1 });
    const day = (d: DateTime) => d.toISODate();
    const [register] = await this.dataSource.query<
      { waiting: number; longest: number | null; withoutGuidance: number }[]
    >(
      `SELECT count(*) FILTER (WHERE w.waiting)::int AS waiting,
              max($2::date - n.waiting_since) FILTER (WHERE w.waiting) AS longest,
              count(*) FILTER (WHERE n.guidance_status IN ('not_referred', 'referred'))::int AS "withoutGuidance"
         FROM newcomers n
         CROSS JOIN LATERAL (SELECT n.consent_mentor_programme
                               AND NOT EXISTS (SELECT 1 FROM newcomer_enrolments e WHERE e.newcomer_id = n.id)
                               AS waiting) w
        WHERE n.municipality_code = $1`,
      [code, day(today)],
    );
    const [escalated] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(DISTINCT o.match_id)::int AS n
         FROM outbox o
         JOIN matches m ON m.id = o.match_id
         JOIN participants mentee ON mentee.id = m.mentee_id
        WHERE o.kind = 'escalation' AND o.period_key = $2 AND mentee.municipality_code = $1`,
      [code, lastMonth.toFormat('yyyy-MM')],
    );
    const evenings = await this.dataSource.query<{ last: boolean; evenings: number; attendance: number }[]>(
      `SELECT (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date < $3::date AS last,
              count(*)::int AS evenings,
              (sum((SELECT count(*) FROM theme_evening_newcomers a WHERE a.event_id = ev.id)
                 + (SELECT count(*) FROM theme_evening_participants a WHERE a.event_id = ev.id)))::int AS attendance
         FROM theme_evenings ev
        WHERE ev.municipality_code = $1
          AND (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date >= $2::date
          AND (ev.starts_at AT TIME ZONE '${DIGEST_TIMEZONE}')::date < $4::date
        GROUP BY 1`,
      [code, day(lastMonth), day(thisMonth), day(nextMonth)],
    );
    const reachRows = await this.dataSource.query<DigestReach[]>(
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
    const reach = MENTEE_CATEGORIES.map((category): DigestReach => ({
      category,
      registered: 0,
      reachedByEvening: 0,
      inMentorProgramme: 0,
      careerGuidanceDone: 0,
      ...reachRows.find((r) => r.category === category),
    }));
    const total = (key: Exclude<keyof DigestReach, 'category'>) => reach.reduce((sum, r) => sum + r[key], 0);
    const last = evenings.find((e) => e.last);
    const current = evenings.find((e) => !e.last);
    return {
      month: thisMonth.toFormat('yyyy-MM'),
      previousMonth: lastMonth.toFormat('yyyy-MM'),
      waitingForMentor: register.waiting,
      longestWaitDays: register.longest,
      withoutCareerGuidance: register.withoutGuidance,
      pairsEscalatedLastMonth: escalated.n,
      eveningsLastMonth: last?.evenings ?? 0,
      attendanceLastMonth: last?.attendance ?? 0,
      eveningsThisMonth: current?.evenings ?? 0,
      attendanceThisMonth: current?.attendance ?? 0,
      reach: [
        ...reach,
        {
          category: 'total',
          registered: total('registered'),
          reachedByEvening: total('reachedByEvening'),
          inMentorProgramme: total('inMentorProgramme'),
          careerGuidanceDone: total('careerGuidanceDone'),
        },
      ],
    };
  }
}
