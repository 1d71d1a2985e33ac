import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { StatsController } from './stats.controller.js';
import { StatsRepository } from './stats.repository.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [ProgrammesModule, MunicipalitiesModule],
  controllers: [StatsController],
  providers: [StatsService, StatsRepository],
  exports: [StatsService],
})
export class StatsModule {}
