import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { MatchingModule } from '../matching/matching.module.js';
import { MatchPausesController, PausesController } from './pauses.controller.js';
import { PausesRepository } from './pauses.repository.js';
import { PausesService } from './pauses.service.js';

@Module({
  imports: [MatchingModule],
  controllers: [MatchPausesController, PausesController],
  providers: [repositoryProvider(PausesRepository), PausesService],
  exports: [PausesRepository],
})
export class PausesModule {}
