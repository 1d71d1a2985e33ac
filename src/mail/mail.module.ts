import { Module } from '@nestjs/common';
import { MailController } from './mail.controller.js';
import { MailProcessor } from './mail.processor.js';
import { MailRepository } from './mail.repository.js';
import { MailService } from './mail.service.js';
import { Mailer } from './mailer.js';

@Module({
  controllers: [MailController],
  providers: [Mailer, MailRepository, MailService, MailProcessor],
  exports: [MailService],
})
export class MailModule {}
