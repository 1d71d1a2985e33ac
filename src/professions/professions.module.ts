import { Module } from '@nestjs/common';
import { ProfessionsController } from './professions.controller.js';

@Module({ controllers: [ProfessionsController] })
export class ProfessionsModule {}
