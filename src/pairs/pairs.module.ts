import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { PairsController } from './pairs.controller.js';
import { PairsRepository } from './pairs.repository.js';
import { PairsService } from './pairs.service.js';

@Module({
  imports: [ProgrammesModule],
  controllers: [PairsController],
  providers: [PairsService, PairsRepository],
})
export class PairsModule {}
