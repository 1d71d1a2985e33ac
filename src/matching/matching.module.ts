import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { MatchesRepository } from './matches.repository.js';
import { MatchesService } from './matches.service.js';
import { MatchingController } from './matching.controller.js';
import { ProposalRunsService } from './proposal-runs.service.js';

@Module({
  imports: [ProgrammesModule, ParticipantsModule],
  controllers: [MatchingController],
  providers: [repositoryProvider(MatchesRepository), ProposalRunsService, MatchesService],
  exports: [MatchesService, MatchesRepository],
})
export class MatchingModule {}
