import { In } from 'typeorm';
import { DomainRepository } from '../database/transactions.js';
import { Municipality } from './municipality.entity.js';

/** The municipalities, as other domains need them inside their transactions. */
export class MunicipalitiesRepository extends DomainRepository {
  /** The municipalities of these codes that exist. */
  findByCodes(codes: string[]): Promise<Municipality[]> {
    return this.manager.findBy(Municipality, { code: In(codes) });
  }
}
