import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersProcessor } from './reminders.processor.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [MailModule],
  controllers: [RemindersController],
  providers: [RemindersRepository, RemindersService, RemindersProcessor],
})
export class RemindersModule {}
