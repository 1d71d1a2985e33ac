import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { NewcomersController } from './newcomers.controller.js';
import { repositoryProvider } from '../database/transactions.js';
import { NewcomersRepository } from './newcomers.repository.js';
import { NewcomersService } from './newcomers.service.js';

@Module({
  imports: [ProgrammesModule, ParticipantsModule, MunicipalitiesModule],
  controllers: [NewcomersController],
  providers: [repositoryProvider(NewcomersRepository), NewcomersService],
  exports: [NewcomersService],
})
export class NewcomersModule {}
