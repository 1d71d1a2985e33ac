import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import type { Match } from '../matching/match.entity.js';
import { MatchesRepository } from '../matching/matches.repository.js';
import type { Programme } from '../programmes/programme.entity.js';
import type { CreatePauseDto } from './dto/pause.dto.js';
import type { MatchPause } from './match-pause.entity.js';
import { PairNotStartedError, PauseOrderError, PauseOutsidePairError, PauseOverlapError } from './pauses.errors.js';
import { PausesRepository } from './pauses.repository.js';

/** Statuses of a pair that has an active span. */
const STARTED = ['approved', 'completed', 'ended'];

@Injectable()
export class PausesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly pauses: PausesRepository,
    private readonly matches: MatchesRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds a pause within the pair's active span, overlapping none of its others. The match row is
   * locked, so two pauses added at once cannot both pass the overlap check.
   */
  async add(actor: Actor, matchId: string, dto: CreatePauseDto, actorId: string | null): Promise<MatchPause> {
    return this.transactions.run(async (tx) => {
      const matches = tx.get(MatchesRepository);
      const pauses = tx.get(PausesRepository);
      await matches.lockForUpdate(matchId);
      const match = await matches.findVisibleById(actor, matchId);
      if (!STARTED.includes(match.status) || !match.startsOn) throw new PairNotStartedError(match.status);
      if (dto.to < dto.from) throw new PauseOrderError();
      const { spanStart, spanEnd } = activeSpan(match, await matches.programmeOf(match));
      if (dto.from < spanStart || dto.from > spanEnd) throw new PauseOutsidePairError('from', spanStart, spanEnd);
      if (dto.to > spanEnd) throw new PauseOutsidePairError('to', spanStart, spanEnd);
      const overlapping = await pauses.findOverlapping(matchId, dto.from, dto.to);
      if (overlapping) throw new PauseOverlapError(overlapping.fromDate, overlapping.toDate);
      const pause = await pauses.create({
        matchId,
        fromDate: dto.from,
        toDate: dto.to,
        reason: dto.reason,
        note: dto.note ? dto.note : null,
        createdBy: actorId,
      });
      await this.audit.pairs(actor, 'pause.create', 'match', [matchId], tx);
      return pause;
    });
  }

  async list(actor: Actor, matchId: string): Promise<MatchPause[]> {
    await this.matches.findVisibleById(actor, matchId);
    return this.pauses.findForMatch(matchId);
  }

  /** Removes a pause of a pair the actor may see; anything else is not found. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const pauses = tx.get(PausesRepository);
      const pause = await pauses.findById(id);
      if (!pause) throw new NotFoundError('Pause');
      try {
        await tx.get(MatchesRepository).findVisibleById(actor, pause.matchId);
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError('Pause');
        throw error;
      }
      await pauses.delete(id);
      await this.audit.pairs(actor, 'pause.delete', 'match', [pause.matchId], tx);
    });
  }
}

/** The pair's active span: the later of the two starts to the earlier of the two ends. */
function activeSpan(match: Match, programme: Programme): { spanStart: string; spanEnd: string } {
  const start = match.startsOn!;
  const end = match.endedOn ?? programme.endDate;
  return {
    spanStart: start > programme.startDate ? start : programme.startDate,
    spanEnd: end < programme.endDate ? end : programme.endDate,
  };
}
