import { DomainRepository } from '../database/transactions.js';
import { AuditEntry, type AuditAction, type AuditSubjectType } from './audit-entry.entity.js';

/** Who did it, what, and when: the same for every row of one append. */
export interface AuditEvent {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: AuditAction;
  subjectType: AuditSubjectType;
  requestId: string | null;
}

/** Whom or what it was done to: a row each. A null id is an event without a subject (an unknown email). */
export interface AuditSubject {
  id: string | null;
  programmeId?: string | null;
  municipalityCode?: string | null;
}

export interface AuditFilter {
  actorId?: string;
  subjectId?: string;
  action?: AuditAction;
  /** At or after this instant. */
  from?: Date;
  /** Before this instant. */
  to?: Date;
  limit: number;
  offset: number;
}

/*
 * One statement for any number of rows: the subjects travel as three arrays, unnested side by
 * side, so a list of 2,000 people is one round trip and one INSERT, not 2,000.
 */
const APPEND_SQL = `
  INSERT INTO audit_log (at, actor_id, actor_role, action, subject_type, subject_id, programme_id, municipality_code, request_id)
  SELECT $1, $2, $3, $4, CASE WHEN s.subject_id IS NULL THEN NULL ELSE $5 END,
         s.subject_id, s.programme_id, s.municipality_code, $6
    FROM unnest($7::uuid[], $8::uuid[], $9::text[]) AS s(subject_id, programme_id, municipality_code)`;

export class AuditRepository extends DomainRepository {
  /** One row per subject. */
  async append(event: AuditEvent, subjects: readonly AuditSubject[]): Promise<void> {
    if (subjects.length === 0) return;
    await this.manager.query(APPEND_SQL, [
      event.at,
      event.actorId,
      event.actorRole,
      event.action,
      event.subjectType,
      event.requestId,
      subjects.map((s) => s.id),
      subjects.map((s) => s.programmeId ?? null),
      subjects.map((s) => s.municipalityCode ?? null),
    ]);
  }

  /**
   * One row per pair or meeting, with the pair's programme and its mentee's municipality (a pair
   * belongs to the municipality of its mentee), read from the tables in the same statement.
   */
  async appendForPairs(
    event: AuditEvent & { subjectType: 'match' | 'meeting' },
    ids: readonly string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    const source =
      event.subjectType === 'match'
        ? 'SELECT m.id AS subject_id, m.programme_id, m.mentee_id FROM matches m WHERE m.id = ANY($7::uuid[])'
        : `SELECT mt.id AS subject_id, m.programme_id, m.mentee_id
             FROM meetings mt JOIN matches m ON m.id = mt.match_id WHERE mt.id = ANY($7::uuid[])`;
    await this.manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, action, subject_type, subject_id, programme_id, municipality_code, request_id)
       SELECT $1, $2, $3, $4, $5, s.subject_id, s.programme_id, p.municipality_code, $6
         FROM (${source}) s JOIN participants p ON p.id = s.mentee_id`,
      [event.at, event.actorId, event.actorRole, event.action, event.subjectType, event.requestId, ids],
    );
  }

  /** Rows matching every filter given, newest first, one page. */
  async findPage(filter: AuditFilter): Promise<AuditEntry[]> {
    const qb = this.manager.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    return qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').offset(filter.offset).limit(filter.limit).getMany();
  }

  /**
   * Removes the rows older than `before` through audit_purge, the one deletion the table allows
   * (see the migration AuditLog1796900000001); the database refuses a `before` under 12 months old.
   */
  async purgeBefore(before: Date): Promise<number> {
    const [{ removed }] = await this.manager.query<{ removed: number }[]>('SELECT audit_purge($1) AS removed', [
      before,
    ]);
    return removed;
  }
}
