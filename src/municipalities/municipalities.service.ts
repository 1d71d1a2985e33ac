import { Injectable } from '@nestjs/common';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import type { CreateMunicipalityDto } from './dto/municipality.dto.js';
import { DuplicateMunicipalityError, UnknownMunicipalitiesError } from './municipalities.errors.js';
import { MunicipalitiesRepository } from './municipalities.repository.js';
import type { Municipality } from './municipality.entity.js';

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly municipalities: MunicipalitiesRepository) {}

  findAll(): Promise<Municipality[]> {
    return this.municipalities.findAll();
  }

  /**
   * A municipality whose register, team and pages the actor may read and change: admins and leads
   * any, a coordinator their own. Any other answers 404, as one that does not exist.
   */
  async findHeld(actor: Actor, code: string): Promise<Municipality> {
    const municipality = holdsMunicipality(actor, code) ? await this.municipalities.findByCode(code) : null;
    if (!municipality) throw new NotFoundError('Municipality');
    return municipality;
  }

  /** A municipality by its code, or null. */
  findByCode(code: string): Promise<Municipality | null> {
    return this.municipalities.findByCode(code);
  }

  async create(dto: CreateMunicipalityDto): Promise<Municipality> {
    if (!(await this.municipalities.insertIfNew(dto))) throw new DuplicateMunicipalityError(dto.code);
    return this.municipalities.getByCode(dto.code);
  }
}

/**
 * The municipalities of these codes, or a 400 naming the codes that do not exist. Read through the
 * repository it is given: the pool's, or a transaction's (`tx.get(MunicipalitiesRepository)`).
 */
export async function requireMunicipalities(
  municipalities: Pick<MunicipalitiesRepository, 'findByCodes'>,
  codes: string[],
): Promise<Municipality[]> {
  if (codes.length === 0) return [];
  const found = await municipalities.findByCodes(codes);
  const unknown = codes.filter((code) => !found.some((m) => m.code === code));
  if (unknown.length) throw new UnknownMunicipalitiesError(unknown);
  return found;
}
