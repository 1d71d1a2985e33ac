import { In } from 'typeorm';
import { DomainRepository } from '../database/transactions.js';
import type { CreateMunicipalityDto } from './dto/municipality.dto.js';
import { Municipality } from './municipality.entity.js';

/** The municipalities (kommuner) the service knows. */
export class MunicipalitiesRepository extends DomainRepository {
  findAll(): Promise<Municipality[]> {
    return this.manager.find(Municipality, { order: { code: 'ASC' } });
  }

  /** A municipality by its code, or null. */
  findByCode(code: string): Promise<Municipality | null> {
    return this.manager.findOneBy(Municipality, { code });
  }

  /** A municipality by its code (one the caller has stored or found already). */
  getByCode(code: string): Promise<Municipality> {
    return this.manager.findOneByOrFail(Municipality, { code });
  }

  /** The municipalities of these codes that exist. */
  findByCodes(codes: string[]): Promise<Municipality[]> {
    return this.manager.findBy(Municipality, { code: In(codes) });
  }

  /** Inserts the municipality unless its code exists; answers whether it did. */
  async insertIfNew(municipality: CreateMunicipalityDto): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Municipality)
      .values(municipality)
      .orIgnore()
      .returning('code')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
