import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { MatchingModule } from '../matching/matching.module.js';
import { PausesModule } from '../pauses/pauses.module.js';
import { MeetingLinksController } from './meeting-links.controller.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  imports: [MatchingModule, PausesModule],
  controllers: [MeetingsController, MeetingLinksController],
  providers: [repositoryProvider(MeetingsRepository), MeetingsService],
})
export class MeetingsModule {}
