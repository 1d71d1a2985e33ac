import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { NewcomersModule } from '../newcomers/newcomers.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { PrivacyController } from './privacy.controller.js';
import { repositoryProvider } from '../database/transactions.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionProcessor } from './retention.processor.js';
import { RetentionService } from './retention.service.js';

@Module({
  imports: [ParticipantsModule, NewcomersModule, ProgrammesModule, StatsModule, MailModule],
  controllers: [PrivacyController],
  providers: [repositoryProvider(PrivacyRepository), PrivacyService, RetentionService, RetentionProcessor],
  exports: [PrivacyService],
})
export class PrivacyModule {}
