import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ConflictError } from '../common/errors.js';
import type { CreateMunicipalityDto } from './dto/municipality.dto.js';
import { Municipality } from './municipality.entity.js';

@Injectable()
export class MunicipalitiesService {
  constructor(@InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>) {}

  findAll(): Promise<Municipality[]> {
    return this.municipalities.find({ order: { code: 'ASC' } });
  }

  findByCodes(codes: string[]): Promise<Municipality[]> {
    return codes.length ? this.municipalities.findBy({ code: In(codes) }) : Promise.resolve([]);
  }

  async create(dto: CreateMunicipalityDto): Promise<Municipality> {
    const result = await this.municipalities
      .createQueryBuilder()
      .insert()
      .values(dto)
      .orIgnore()
      .returning('code')
      .execute();
    if ((result.raw as unknown[]).length === 0) throw new ConflictError(`Municipality ${dto.code} already exists`);
    return this.municipalities.findOneByOrFail({ code: dto.code });
  }
}
