import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { detail } from '../common/error-codes.js';
import { InvalidInputError } from '../common/errors.js';
import { currentRequestId } from '../common/request-context.js';
import type { Tx } from '../database/transactions.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { AuditAction, AuditEntry, AuditSubjectType } from './audit-entry.entity.js';
import { AuditRepository, type AuditFilter, type AuditSubject } from './audit.repository.js';

/** An account acting, as far as the audit log needs it: its id and role then. */
export type AuditActor = Pick<Actor, 'id' | 'role'>;

/** A person's record as the audit log names it: ids and codes only. */
export interface AuditedParticipant {
  id: string;
  programmeId: string;
  municipalityCode: string;
}

/**
 * The audit log: who read or changed whose record, decided which pair, logged in or failed to.
 * Each domain calls it where it reads or changes the data (not its controllers); a change passes
 * its transaction, so the change and its row commit or vanish together.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One row per subject, by this actor (none: a signed link, a failed login), in this request. */
  async record(
    actor: AuditActor | null,
    action: AuditAction,
    subjectType: AuditSubjectType,
    subjects: readonly AuditSubject[],
    tx?: Tx,
  ): Promise<void> {
    await this.on(tx).append(
      {
        at: this.clock.now(),
        actorId: actor?.id ?? null,
        actorRole: actor?.role ?? null,
        action,
        subjectType,
        requestId: currentRequestId(),
      },
      subjects,
    );
  }

  /** A read or change of these participants' records: one row each, in one statement. */
  async participants(
    actor: AuditActor | null,
    action: AuditAction,
    participants: readonly AuditedParticipant[],
    tx?: Tx,
  ): Promise<void> {
    await this.record(
      actor,
      action,
      'participant',
      participants.map((p) => ({ id: p.id, programmeId: p.programmeId, municipalityCode: p.municipalityCode })),
      tx,
    );
  }

  /**
   * A decision on these pairs, or a meeting recorded for one: a row each, with the pair's programme
   * and its mentee's municipality.
   */
  async pairs(
    actor: AuditActor | null,
    action: AuditAction,
    subjectType: 'match' | 'meeting',
    ids: readonly string[],
    tx?: Tx,
  ): Promise<void> {
    await this.on(tx).appendForPairs(
      {
        at: this.clock.now(),
        actorId: actor?.id ?? null,
        actorRole: actor?.role ?? null,
        action,
        subjectType,
        requestId: currentRequestId(),
      },
      ids,
    );
  }

  async find(filter: AuditFilter): Promise<AuditEntry[]> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new InvalidInputError([detail('from', 'must_not_be_after', { other: 'to' }, 'from must not be after to')]);
    }
    return this.repository.findPage(filter);
  }

  /** The daily job: removes the rows older than AUDIT_RETENTION_MONTHS, by the app's clock. */
  async purgeExpired(): Promise<{ before: Date; removed: number }> {
    const before = DateTime.fromJSDate(this.clock.now())
      .minus({ months: this.config.AUDIT_RETENTION_MONTHS })
      .toJSDate();
    const removed = await this.repository.purgeBefore(before);
    this.logger.log({ before: before.toISOString(), removed }, 'Audit rows past their retention removed');
    return { before, removed };
  }

  /** The audit rows of a change go in its transaction; a read's in their own statement. */
  private on(tx: Tx | undefined): AuditRepository {
    return tx ? tx.get(AuditRepository) : this.repository;
  }
}
