import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module.js';
import { MeetingLinksController } from './meeting-links.controller.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  imports: [MatchingModule],
  controllers: [MeetingsController, MeetingLinksController],
  providers: [MeetingsService],
})
export class MeetingsModule {}
