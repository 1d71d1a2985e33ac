import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { GatheringsService } from './gatherings.service.js';
import { GatheringsController, ProgrammesController } from './programmes.controller.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  controllers: [ProgrammesController, GatheringsController],
  providers: [repositoryProvider(ProgrammesRepository), ProgrammesService, GatheringsService],
  exports: [ProgrammesService, GatheringsService, ProgrammesRepository],
})
export class ProgrammesModule {}
