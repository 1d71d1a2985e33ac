import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveyPagesController } from './survey-pages.controller.js';
import { SurveysController } from './surveys.controller.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysService } from './surveys.service.js';

@Module({
  imports: [ProgrammesModule],
  controllers: [SurveysController, SurveyPagesController],
  providers: [SurveysRepository, SurveysService],
  exports: [SurveysService],
})
export class SurveysModule {}
