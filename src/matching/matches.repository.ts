import type { Actor } from '../common/access/actor.js';
import { scopeMatches } from '../common/access/scope.js';
import { NotFoundError } from '../common/errors.js';
import { DomainRepository } from '../database/transactions.js';
import { Match } from './match.entity.js';

/** Pairs (proposed, approved, rejected, completed, ended) and the proposal runs that made them. */
export class MatchesRepository extends DomainRepository {
  /** A pair the actor sees (a coordinator: their mentees'), or NotFound. */
  async findVisibleById(actor: Actor, id: string): Promise<Match> {
    const qb = this.manager.getRepository(Match).createQueryBuilder('match').where('match.id = :id', { id });
    scopeMatches(qb, actor, 'match');
    const match = await qb.getOne();
    if (!match) throw new NotFoundError('Match');
    return match;
  }
}
