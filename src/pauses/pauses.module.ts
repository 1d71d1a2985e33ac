import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module.js';
import { MatchPausesController, PausesController } from './pauses.controller.js';
import { PausesService } from './pauses.service.js';

@Module({
  imports: [MatchingModule],
  controllers: [MatchPausesController, PausesController],
  providers: [PausesService],
})
export class PausesModule {}
