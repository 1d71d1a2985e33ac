import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveyPagesController } from './survey-pages.controller.js';
import { SurveysController } from './surveys.controller.js';
import { SurveysRepository } from './surveys.repository.js';
import { repositoryProvider } from '../database/transactions.js';
import { SurveysService } from './surveys.service.js';

@Module({
  imports: [ProgrammesModule],
  controllers: [SurveysController, SurveyPagesController],
  providers: [repositoryProvider(SurveysRepository), SurveysService],
  exports: [SurveysService],
})
export class SurveysModule {}
