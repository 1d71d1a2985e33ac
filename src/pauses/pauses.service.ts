import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import type { Match } from '../matching/match.entity.js';
import { MatchingService } from '../matching/matching.service.js';
import { Programme } from '../programmes/programme.entity.js';
import type { CreatePauseDto } from './dto/pause.dto.js';
import { MatchPause } from './match-pause.entity.js';
import { PairNotStartedError, PauseOrderError, PauseOutsidePairError, PauseOverlapError } from './pauses.errors.js';

/** Statuses of a pair that has an active span. */
const STARTED = ['approved', 'completed', 'ended'];

@Injectable()
export class PausesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds a pause within the pair's active span, overlapping none of its others. The match row is
   * locked, so two pauses added at once cannot both pass the overlap check.
   */
  async add(actor: Actor, matchId: string, dto: CreatePauseDto, actorId: string | null): Promise<MatchPause> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM matches WHERE id = $1 FOR UPDATE', [matchId]);
      const match = await this.matching.findVisibleById(actor, matchId, manager);
      if (!STARTED.includes(match.status) || !match.startsOn) throw new PairNotStartedError(match.status);
      if (dto.to < dto.from) throw new PauseOrderError();
      const { spanStart, spanEnd } = await this.span(manager, match);
      if (dto.from < spanStart || dto.from > spanEnd) throw new PauseOutsidePairError('from', spanStart, spanEnd);
      if (dto.to > spanEnd) throw new PauseOutsidePairError('to', spanStart, spanEnd);
      const overlapping = await manager
        .getRepository(MatchPause)
        .createQueryBuilder('p')
        .where('p.matchId = :matchId AND p.fromDate <= :to AND p.toDate >= :from', {
          matchId,
          from: dto.from,
          to: dto.to,
        })
        .orderBy('p.fromDate')
        .getOne();
      if (overlapping) throw new PauseOverlapError(overlapping.fromDate, overlapping.toDate);
      const pause = await manager.save(
        manager.create(MatchPause, {
          matchId,
          fromDate: dto.from,
          toDate: dto.to,
          reason: dto.reason,
          note: dto.note ? dto.note : null,
          createdBy: actorId,
        }),
      );
      await this.audit.pairs(actor, 'pause.create', 'match', [matchId], new Tx(manager));
      return pause;
    });
  }

  async list(actor: Actor, matchId: string): Promise<MatchPause[]> {
    await this.matching.findVisibleById(actor, matchId);
    return this.dataSource.manager.find(MatchPause, { where: { matchId }, order: { fromDate: 'ASC' } });
  }

  /** Removes a pause of a pair the actor may see; anything else is not found. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const pause = await manager.findOneBy(MatchPause, { id });
      if (!pause) throw new NotFoundError('Pause');
      try {
        await this.matching.findVisibleById(actor, pause.matchId, manager);
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError('Pause');
        throw error;
      }
      await manager.delete(MatchPause, { id });
      await this.audit.pairs(actor, 'pause.delete', 'match', [pause.matchId], new Tx(manager));
    });
  }

  /** The pair's active span: the later of the two starts to the earlier of the two ends. */
  private async span(manager: EntityManager, match: Match): Promise<{ spanStart: string; spanEnd: string }> {
    const programme = await manager.findOneByOrFail(Programme, { id: match.programmeId });
    const start = match.startsOn!;
    const end = match.endedOn ?? programme.endDate;
    return {
      spanStart: start > programme.startDate ? start : programme.startDate,
      spanEnd: end < programme.endDate ? end : programme.endDate,
    };
  }
}
