import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { MunicipalitiesController } from './municipalities.controller.js';
import { MunicipalitiesRepository } from './municipalities.repository.js';
import { MunicipalitiesService } from './municipalities.service.js';

@Module({
  controllers: [MunicipalitiesController],
  providers: [repositoryProvider(MunicipalitiesRepository), MunicipalitiesService],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
