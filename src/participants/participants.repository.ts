import { In, type SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { Actor } from '../common/access/actor.js';
import { scopeParticipants } from '../common/access/scope.js';
import { NotFoundError } from '../common/errors.js';
import { DomainRepository } from '../database/transactions.js';
import type { MenteeCategory, ParticipantRole } from './participant-fields.js';
import { Participant } from './participant.entity.js';

/** Orders of the participants list; a leading "-" is descending. */
export const PARTICIPANT_SORTS = ['name', '-name', 'municipality', '-municipality', 'createdAt', '-createdAt'] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export interface ParticipantFilter {
  role?: ParticipantRole;
  municipalityCode?: string;
  category?: MenteeCategory;
  /** Mentees with (true) or without (false) a pair that holds a mentor: approved or completed. */
  hasMentor?: boolean;
  /** Words of the name or email, any case. */
  q?: string;
  sort?: ParticipantSort;
  limit?: number;
  offset?: number;
}

/** Where a participant stands in the pairs of the programme. */
export interface PairStanding {
  /** A mentee with an approved or completed pair; false for mentors. */
  hasMentor: boolean;
  /** A mentee's approved pair; null for mentors and for mentees without one. */
  activeMatchId: string | null;
  /** The pairs that hold one of a mentor's places (approved or completed); 0 for mentees. */
  activeMentees: number;
}

export const NO_PAIRS: PairStanding = { hasMentor: false, activeMatchId: null, activeMentees: 0 };

export interface StandingParticipant {
  participant: Participant;
  standing: PairStanding;
}

/*
 * The pairs holding a place, one row per participant who has any: `holding` counts the approved and
 * completed pairs (a mentee's side and a mentor's side are separate rows, as one person is only
 * ever one of the two), `active_match_id` is a mentee's approved pair (at most one: a unique
 * index). One pass over the matches of the programme, joined to the participants by hash.
 */
const STANDING_SQL = (where: string) => `(
  SELECT m.mentee_id AS participant_id, count(*)::int AS holding,
         (array_agg(m.id) FILTER (WHERE m.status = 'approved'))[1] AS active_match_id
  FROM matches m WHERE ${where} AND m.status IN ('approved', 'completed') GROUP BY m.mentee_id
  UNION ALL
  SELECT m.mentor_id, count(*)::int, NULL
  FROM matches m WHERE ${where} AND m.status IN ('approved', 'completed') GROUP BY m.mentor_id
)`;

const HAS_MENTOR = `(participant.role = 'mentee' AND standing.holding IS NOT NULL)`;

/** Each order with its tie-breakers, so pages never overlap. */
const ORDERS: Record<ParticipantSort, [string, 'ASC' | 'DESC'][]> = {
  name: [['participant.name', 'ASC']],
  '-name': [['participant.name', 'DESC']],
  municipality: [
    ['municipality.name', 'ASC'],
    ['participant.name', 'ASC'],
  ],
  '-municipality': [
    ['municipality.name', 'DESC'],
    ['participant.name', 'ASC'],
  ],
  createdAt: [['participant.createdAt', 'ASC']],
  '-createdAt': [['participant.createdAt', 'DESC']],
};

/** `text` as a LIKE pattern that matches it literally anywhere: %, _ and \ lose their meaning. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface StandingRaw extends Record<string, unknown> {
  participant_id: string;
  standing_has_mentor: boolean;
  standing_active_match_id: string | null;
  standing_active_mentees: number;
  total?: string | number;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at 15 columns a row. */
const INSERT_CHUNK = 1000;

export class ParticipantsRepository extends DomainRepository {
  private columns?: readonly ColumnMetadata[];

  /** Takes the participant's row for update until the transaction ends. */
  async lockForUpdate(id: string): Promise<void> {
    await this.manager.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
  }

  /** A participant by id (one the caller has found already). */
  getById(id: string): Promise<Participant> {
    return this.manager.findOneByOrFail(Participant, { id });
  }

  /** The participant of the programme with this email, if any, whoever may see them. */
  findByEmail(programmeId: string, email: string): Promise<Participant | null> {
    return this.manager.findOneBy(Participant, { programmeId, email });
  }

  /** The participants of the programme with these emails, whoever may see them. */
  findByEmails(programmeId: string, emails: string[]): Promise<Participant[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return this.manager.findBy(Participant, { programmeId, email: In(emails) });
  }

  /** Which of these emails a participant of the programme has. */
  async takenEmails(programmeId: string, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = await this.manager.query<{ email: string }[]>(
      'SELECT email FROM participants WHERE programme_id = $1 AND email = ANY($2)',
      [programmeId, emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  /** Inserts the rows whose email is new to the programme; answers the ones stored. */
  async insertNew(rows: Partial<Participant>[]): Promise<{ id: string; email: string }[]> {
    const stored: { id: string; email: string }[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const result = await this.manager
        .createQueryBuilder()
        .insert()
        .into(Participant)
        .values(rows.slice(i, i + INSERT_CHUNK))
        .orIgnore()
        .returning(['id', 'email'])
        .execute();
      stored.push(...(result.raw as { id: string; email: string }[]));
    }
    return stored;
  }

  /** Writes these fields of the participant. */
  async update(id: string, row: Partial<Participant>): Promise<void> {
    await this.manager.update(Participant, { id }, row);
  }

  /** Of these mentors, the ones who are or were paired (a pair that started) with a mentee of these municipalities. */
  async mentorsPairedIn(mentorIds: string[], municipalityCodes: readonly string[]): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT DISTINCT m.mentor_id AS id FROM matches m JOIN participants mentee ON mentee.id = m.mentee_id
        WHERE m.mentor_id = ANY($1) AND m.starts_on IS NOT NULL AND mentee.municipality_code = ANY($2)`,
      [mentorIds, municipalityCodes],
    );
    return rows.map((r) => r.id);
  }

  /** A participant the actor sees, or NotFound (also for one outside a coordinator's municipalities). */
  async findVisibleById(actor: Actor, id: string): Promise<Participant> {
    const qb = this.manager
      .getRepository(Participant)
      .createQueryBuilder('participant')
      .where('participant.id = :id', { id });
    scopeParticipants(qb, actor, 'participant');
    const participant = await qb.getOne();
    if (!participant) throw new NotFoundError('Participant');
    return participant;
  }

  /**
   * One page of a programme's participants the actor sees, filtered and ordered, each with its
   * standing, and how many match the filters in all: one query (a second, a count, only when the
   * page asked for lies past the end).
   */
  async findPage(
    actor: Actor,
    programmeId: string,
    filter: ParticipantFilter,
  ): Promise<{ participants: StandingParticipant[]; total: number }> {
    const qb = this.withStanding(STANDING_SQL('m.programme_id = :programmeId')).where(
      'participant.programme_id = :programmeId',
      { programmeId },
    );
    if (filter.role) qb.andWhere('participant.role = :role', { role: filter.role });
    if (filter.municipalityCode) {
      qb.andWhere('participant.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    }
    if (filter.category) qb.andWhere('participant.category = :category', { category: filter.category });
    if (filter.hasMentor !== undefined) {
      qb.andWhere(filter.hasMentor ? HAS_MENTOR : `(participant.role = 'mentee' AND standing.holding IS NULL)`);
    }
    if (filter.q) {
      qb.andWhere(`(participant.name ILIKE :pattern ESCAPE '\\' OR participant.email ILIKE :pattern ESCAPE '\\')`, {
        pattern: containsPattern(filter.q),
      });
    }
    scopeParticipants(qb, actor, 'participant');
    qb.addSelect('count(*) OVER ()', 'total');
    qb.innerJoin('participant.municipality', 'municipality');
    const order: [string, 'ASC' | 'DESC'][] = [...ORDERS[filter.sort ?? 'name'], ['participant.id', 'ASC']];
    for (const [i, [column, direction]] of order.entries()) {
      if (i === 0) qb.orderBy(column, direction);
      else qb.addOrderBy(column, direction);
    }
    if (filter.offset !== undefined) qb.offset(filter.offset);
    if (filter.limit !== undefined) qb.limit(filter.limit);
    const raw = await qb.getRawMany<StandingRaw>();
    const participants = raw.map((row) => this.fromRaw(row));
    if (raw.length > 0) return { participants, total: Number(raw[0].total) };
    // Nothing on this page: either nothing matches, or the page lies past the end.
    if (!filter.offset) return { participants, total: 0 };
    return { participants, total: await qb.offset(undefined).limit(undefined).getCount() };
  }

  /** The standing of one participant, by id (no scoping: the caller has found the participant). */
  async standingOf(id: string): Promise<PairStanding> {
    const qb = this.withStanding(STANDING_SQL('(m.mentee_id = :id OR m.mentor_id = :id)')).where(
      'participant.id = :id',
      { id },
    );
    const [row] = await qb.getRawMany<StandingRaw>();
    return row ? this.fromRaw(row).standing : NO_PAIRS;
  }

  /**
   * A participant and its standing from a raw row, hydrated column by column as TypeORM would, but
   * without its generic entity transformer: at 2,000 rows that transformer costs more than the query.
   */
  private fromRaw(row: StandingRaw): StandingParticipant {
    const participant = new Participant();
    const driver = this.manager.connection.driver;
    this.columns ??= this.manager.connection.getMetadata(Participant).columns;
    for (const column of this.columns) {
      const value: unknown = row[`participant_${column.databaseName}`];
      column.setEntityValue(participant, driver.prepareHydratedValue(value, column));
    }
    return {
      participant,
      standing: {
        hasMentor: row.standing_has_mentor,
        activeMatchId: row.standing_active_match_id,
        activeMentees: Number(row.standing_active_mentees),
      },
    };
  }

  private withStanding(standingSql: string): SelectQueryBuilder<Participant> {
    return this.manager
      .getRepository(Participant)
      .createQueryBuilder('participant')
      .leftJoin(standingSql, 'standing', 'standing.participant_id = participant.id')
      .addSelect(HAS_MENTOR, 'standing_has_mentor')
      .addSelect('standing.active_match_id', 'standing_active_match_id')
      .addSelect(
        `CASE WHEN participant.role = 'mentor' THEN COALESCE(standing.holding, 0) ELSE 0 END`,
        'standing_active_mentees',
      );
  }
}
