import { Module } from '@nestjs/common';
import { NewcomersModule } from '../newcomers/newcomers.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [ParticipantsModule, NewcomersModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyModule {}
