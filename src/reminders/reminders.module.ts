import { Module } from '@nestjs/common';
import { ThemeEveningsModule } from '../events/theme-evenings.module.js';
import { MailModule } from '../mail/mail.module.js';
import { TeamModule } from '../team/team.module.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersProcessor } from './reminders.processor.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [MailModule, ThemeEveningsModule, TeamModule],
  controllers: [RemindersController],
  providers: [RemindersRepository, RemindersService, RemindersProcessor],
})
export class RemindersModule {}
