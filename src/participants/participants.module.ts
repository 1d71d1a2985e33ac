import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsRepository } from './participants.repository.js';
import { repositoryProvider } from '../database/transactions.js';
import { ParticipantsService } from './participants.service.js';

@Module({
  imports: [ProgrammesModule],
  controllers: [ParticipantsController],
  providers: [repositoryProvider(ParticipantsRepository), ParticipantsService],
  exports: [ParticipantsService, ParticipantsRepository],
})
export class ParticipantsModule {}
