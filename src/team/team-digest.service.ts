import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { DigestFigures, DigestReach } from '../mail/outbox.entity.js';
import { MENTEE_CATEGORIES } from '../participants/participant-fields.js';
import { DIGEST_TIMEZONE, TeamDigestRepository } from './team-digest.repository.js';

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
  constructor(private readonly repository: TeamDigestRepository) {}

  /** Decides the digests due at `asOf`; their outbox ids. */
  async decideDue(asOf: Date): Promise<string[]> {
    const today = DateTime.fromJSDate(asOf, { zone: DIGEST_TIMEZONE });
    if (today.day > 1 + DIGEST_CATCH_UP_DAYS) return [];
    const month = today.toFormat('yyyy-MM');
    const ids: string[] = [];
    for (const code of await this.repository.municipalitiesDue(month)) {
      const figures = await this.figures(code, today);
      ids.push(...(await this.repository.insertDigests(code, DIGEST_LANGUAGE, month, figures)));
    }
    return ids;
  }

  /** A municipality's figures on `today` (a day in Oslo). */
  async figures(code: string, today: DateTime): Promise<DigestFigures> {
    const thisMonth = today.startOf('month');
    const lastMonth = thisMonth.minus({ months: 1 });
    const nextMonth = thisMonth.plus({ months: 1 });
    const day = (d: DateTime) => d.toFormat('yyyy-MM-dd');
    const register = await this.repository.register(code, day(today));
    const escalated = await this.repository.escalatedPairs(code, lastMonth.toFormat('yyyy-MM'));
    const evenings = await this.repository.eveningsAround(code, day(lastMonth), day(thisMonth), day(nextMonth));
    const reachRows = await this.repository.reachByCategory(code);
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
      pairsEscalatedLastMonth: escalated,
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
