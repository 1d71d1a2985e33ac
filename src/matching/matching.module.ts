import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { MatchingController } from './matching.controller.js';
import { MatchingService } from './matching.service.js';

@Module({
  imports: [ProgrammesModule, ParticipantsModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
