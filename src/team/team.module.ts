import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { TeamMember } from './team-member.entity.js';
import { TeamController, TeamMembersController } from './team.controller.js';
import { TeamService } from './team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TeamMember]), MunicipalitiesModule],
  controllers: [TeamController, TeamMembersController],
  providers: [TeamService],
  exports: [TeamService],
})
export class TeamModule {}
