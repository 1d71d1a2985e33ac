import type { Actor } from '../common/access/actor.js';
import { scopeProgrammes } from '../common/access/scope.js';
import { NotFoundError } from '../common/errors.js';
import { DomainRepository } from '../database/transactions.js';
import { Gathering } from './gathering.entity.js';
import { Programme } from './programme.entity.js';

/** Programmes with their municipalities, and their gatherings. */
export class ProgrammesRepository extends DomainRepository {
  /** One programme the actor sees, or NotFound (also when it lies outside a coordinator's municipalities). */
  async findVisibleById(actor: Actor, id: string): Promise<Programme> {
    const qb = this.manager
      .getRepository(Programme)
      .createQueryBuilder('programme')
      .leftJoinAndSelect('programme.municipalities', 'municipality')
      .where('programme.id = :id', { id });
    scopeProgrammes(qb, actor, 'programme');
    const programme = await qb.getOne();
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }

  /** A gathering with its programme, or NotFound when the actor does not see the programme. */
  async findVisibleGathering(actor: Actor, id: string): Promise<{ gathering: Gathering; programme: Programme }> {
    const qb = this.manager
      .getRepository(Gathering)
      .createQueryBuilder('gathering')
      .innerJoinAndSelect('gathering.programme', 'programme')
      .where('gathering.id = :id', { id });
    scopeProgrammes(qb, actor, 'programme');
    const gathering = await qb.getOne();
    if (!gathering?.programme) throw new NotFoundError('Gathering');
    return { gathering, programme: gathering.programme };
  }
}
