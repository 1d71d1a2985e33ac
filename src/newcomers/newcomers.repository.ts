import { In } from 'typeorm';
import { DomainRepository } from '../database/transactions.js';
import { containsPattern } from '../participants/participants.repository.js';
import type { MenteeCategory } from '../participants/participant-fields.js';
import type { CareerGuidanceStatus } from './newcomer-fields.js';
import { NewcomerEnrolment } from './newcomer-enrolment.entity.js';
import { Newcomer } from './newcomer.entity.js';

export interface NewcomerFilter {
  category?: MenteeCategory;
  /** On (true) or off (false) the waiting list. */
  waiting?: boolean;
  guidance?: CareerGuidanceStatus;
  q?: string;
  limit?: number;
  offset?: number;
}

/** A newcomer with the enrolments made of them. */
export interface EnrolledNewcomer {
  newcomer: Newcomer;
  enrolments: NewcomerEnrolment[];
}

export interface ReachRow {
  category: MenteeCategory;
  registered: number;
  reachedByEvening: number;
  inMentorProgramme: number;
  careerGuidanceDone: number;
}

/** SQL true when the newcomer `alias` is on the waiting list: consented to the mentor programme, in none. */
const WAITING = (alias: string) =>
  `(${alias}.consent_mentor_programme AND NOT EXISTS (SELECT 1 FROM newcomer_enrolments e WHERE e.newcomer_id = ${alias}.id))`;

/** The register of newcomers and their enrolments in programmes. */
export class NewcomersRepository extends DomainRepository {
  async findById(id: string): Promise<Newcomer | null> {
    return this.manager.findOneBy(Newcomer, { id });
  }

  /** The row, locked for the rest of the transaction. */
  async lock(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM newcomers WHERE id = $1 FOR UPDATE', [id]);
  }

  async insert(row: Partial<Newcomer>): Promise<Newcomer> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Newcomer)
      .values(row)
      .returning('id')
      .execute();
    const [{ id }] = result.raw as { id: string }[];
    return this.manager.findOneByOrFail(Newcomer, { id });
  }

  async update(id: string, row: Partial<Newcomer>): Promise<Newcomer> {
    await this.manager.update(Newcomer, { id }, row);
    return this.manager.findOneByOrFail(Newcomer, { id });
  }

  /**
   * Cancels the newcomer's invitations not yet sent, in the caller's transaction (the one that
   * withdraws their consent, or removes their email). The worker checks again when it sends, for an
   * invitation decided at the same moment on the old consent.
   */
  async cancelPendingInvitations(id: string): Promise<number> {
    const cancelled = await this.changedRows(
      `UPDATE outbox SET status = 'cancelled', last_error = NULL
        WHERE recipient_id = $1 AND kind = 'event_invite' AND status = 'pending'`,
      [id],
    );
    return cancelled;
  }

  /** The enrolments of these newcomers, oldest first, by newcomer. */
  async enrolmentsOf(ids: string[]): Promise<Map<string, NewcomerEnrolment[]>> {
    const byNewcomer = new Map<string, NewcomerEnrolment[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byNewcomer;
    const rows = await this.manager.find(NewcomerEnrolment, {
      where: { newcomerId: In(ids) },
      order: { enrolledAt: 'ASC' },
    });
    for (const row of rows) byNewcomer.get(row.newcomerId)?.push(row);
    return byNewcomer;
  }

  async withEnrolments(newcomers: Newcomer[]): Promise<EnrolledNewcomer[]> {
    const enrolments = await this.enrolmentsOf(newcomers.map((n) => n.id));
    return newcomers.map((newcomer) => ({ newcomer, enrolments: enrolments.get(newcomer.id) ?? [] }));
  }

  /** One page of a municipality's register, by name, and how many match the filters in all. */
  async findPage(code: string, filter: NewcomerFilter): Promise<{ newcomers: Newcomer[]; total: number }> {
    const qb = this.manager
      .getRepository(Newcomer)
      .createQueryBuilder('newcomer')
      .where('newcomer.municipality_code = :code', { code });
    if (filter.category) qb.andWhere('newcomer.category = :category', { category: filter.category });
    if (filter.guidance) qb.andWhere('newcomer.guidance_status = :guidance', { guidance: filter.guidance });
    if (filter.waiting !== undefined) qb.andWhere(filter.waiting ? WAITING('newcomer') : `NOT ${WAITING('newcomer')}`);
    if (filter.q) {
      qb.andWhere(`(newcomer.name ILIKE :pattern ESCAPE '\\' OR newcomer.email ILIKE :pattern ESCAPE '\\')`, {
        pattern: containsPattern(filter.q),
      });
    }
    qb.orderBy('newcomer.name', 'ASC').addOrderBy('newcomer.id', 'ASC');
    if (filter.offset !== undefined) qb.skip(filter.offset);
    if (filter.limit !== undefined) qb.take(filter.limit);
    const [newcomers, total] = await qb.getManyAndCount();
    return { newcomers, total };
  }

  /** The waiting list of a municipality: longest waiting first (then first registered). */
  async waitingList(code: string, page: { limit?: number; offset?: number }): Promise<Newcomer[]> {
    const qb = this.manager
      .getRepository(Newcomer)
      .createQueryBuilder('newcomer')
      .where('newcomer.municipality_code = :code', { code })
      .andWhere(WAITING('newcomer'))
      .orderBy('newcomer.waiting_since', 'ASC')
      .addOrderBy('newcomer.registered_at', 'ASC')
      .addOrderBy('newcomer.id', 'ASC');
    if (page.offset !== undefined) qb.skip(page.offset);
    if (page.limit !== undefined) qb.take(page.limit);
    return qb.getMany();
  }

  async isEnrolled(newcomerId: string, programmeId: string): Promise<boolean> {
    return this.manager.existsBy(NewcomerEnrolment, { newcomerId, programmeId });
  }

  /** Records that the participant was made of the newcomer; false when the newcomer is in the programme already. */
  async link(newcomerId: string, programmeId: string, participantId: string): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(NewcomerEnrolment)
      .values({ newcomerId, programmeId, participantId })
      .orIgnore()
      .returning('participant_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Reach of one municipality by residence category (see reachByMunicipality). */
  async reach(code: string, from: string | null, to: string | null): Promise<ReachRow[]> {
    return this.reachByMunicipality([code], from, to);
  }

  /**
   * Reach by municipality and residence category: the newcomers registered in the period (days in
   * Oslo) of these municipalities (null: every one), and of them those who attended a theme evening
   * held in the period, those enrolled in a mentor programme and those whose career guidance is done.
   * Only the pairs (municipality, category) with someone registered.
   */
  async reachByMunicipality(
    codes: string[] | null,
    from: string | null,
    to: string | null,
  ): Promise<(ReachRow & { municipalityCode: string })[]> {
    return this.manager.query(
      `SELECT n.municipality_code AS "municipalityCode", n.category,
              count(*)::int AS "registered",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM theme_evening_newcomers a JOIN theme_evenings ev ON ev.id = a.event_id
                 WHERE a.newcomer_id = n.id
                   AND ($2::date IS NULL OR (ev.starts_at AT TIME ZONE 'Europe/Oslo')::date >= $2::date)
                   AND ($3::date IS NULL OR (ev.starts_at AT TIME ZONE 'Europe/Oslo')::date <= $3::date)))::int
                AS "reachedByEvening",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM newcomer_enrolments e WHERE e.newcomer_id = n.id))::int
                AS "inMentorProgramme",
              count(*) FILTER (WHERE n.guidance_status = 'done')::int AS "careerGuidanceDone"
         FROM newcomers n
        WHERE ($1::bpchar[] IS NULL OR n.municipality_code = ANY($1::bpchar[]))
          AND ($2::date IS NULL OR (n.registered_at AT TIME ZONE 'Europe/Oslo')::date >= $2::date)
          AND ($3::date IS NULL OR (n.registered_at AT TIME ZONE 'Europe/Oslo')::date <= $3::date)
        GROUP BY n.municipality_code, n.category`,
      [codes, from, to],
    );
  }
}
