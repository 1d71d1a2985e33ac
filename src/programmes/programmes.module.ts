import { Module } from '@nestjs/common';
import { GatheringsService } from './gatherings.service.js';
import { GatheringsController, ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  controllers: [ProgrammesController, GatheringsController],
  providers: [ProgrammesService, GatheringsService],
  exports: [ProgrammesService, GatheringsService],
})
export class ProgrammesModule {}
