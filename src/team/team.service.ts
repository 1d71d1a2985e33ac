import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { NotFoundError } from '../common/errors.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { CreateTeamMemberDto } from './dto/team-member.dto.js';
import { TeamMember } from './team-member.entity.js';
import { DuplicateTeamMemberError } from './team.errors.js';

@Injectable()
export class TeamService {
  constructor(
    @InjectRepository(TeamMember) private readonly members: Repository<TeamMember>,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async list(actor: Actor, code: string): Promise<TeamMember[]> {
    await this.municipalities.findHeld(actor, code);
    return this.members.find({ where: { municipalityCode: code }, order: { name: 'ASC', id: 'ASC' } });
  }

  async add(actor: Actor, code: string, dto: CreateTeamMemberDto): Promise<TeamMember> {
    await this.municipalities.findHeld(actor, code);
    // The unique index settles two adds of one address racing.
    const result = await this.members
      .createQueryBuilder()
      .insert()
      .values({ municipalityCode: code, ...dto })
      .orIgnore()
      .returning('id')
      .execute();
    const [inserted] = result.raw as { id: string }[];
    if (!inserted) throw new DuplicateTeamMemberError();
    return this.members.findOneByOrFail({ id: inserted.id });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const member = await this.members.findOneBy({ id });
    if (!member || !holdsMunicipality(actor, member.municipalityCode)) throw new NotFoundError('Team member');
    await this.members.delete({ id });
  }
}
