import { DomainRepository } from '../database/transactions.js';
import { MatchPause, type PauseReason } from './match-pause.entity.js';

export interface NewPause {
  matchId: string;
  fromDate: string;
  toDate: string;
  reason: PauseReason;
  note: string | null;
  createdBy: string | null;
}

/** The pauses of the pairs. */
export class PausesRepository extends DomainRepository {
  findById(id: string): Promise<MatchPause | null> {
    return this.manager.findOneBy(MatchPause, { id });
  }

  /** The pair's pauses, earliest first. */
  findForMatch(matchId: string): Promise<MatchPause[]> {
    return this.manager.find(MatchPause, { where: { matchId }, order: { fromDate: 'ASC' } });
  }

  /** The pair's earliest pause sharing a day with from–to (both included), or null. */
  findOverlapping(matchId: string, from: string, to: string): Promise<MatchPause | null> {
    return this.manager
      .getRepository(MatchPause)
      .createQueryBuilder('p')
      .where('p.matchId = :matchId AND p.fromDate <= :to AND p.toDate >= :from', { matchId, from, to })
      .orderBy('p.fromDate')
      .getOne();
  }

  create(pause: NewPause): Promise<MatchPause> {
    return this.manager.save(this.manager.create(MatchPause, pause));
  }

  async delete(id: string): Promise<void> {
    await this.manager.delete(MatchPause, { id });
  }
}
