import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { TeamMember } from './team-member.entity.js';
import { TeamController, TeamMembersController } from './team.controller.js';
import { repositoryProvider } from '../database/transactions.js';
import { TeamDigestRepository } from './team-digest.repository.js';
import { TeamDigestService } from './team-digest.service.js';
import { TeamService } from './team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TeamMember]), MunicipalitiesModule],
  controllers: [TeamController, TeamMembersController],
  providers: [TeamService, repositoryProvider(TeamDigestRepository), TeamDigestService],
  exports: [TeamService, TeamDigestService],
})
export class TeamModule {}
