import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { ThemeEveningsController } from './theme-evenings.controller.js';
import { ThemeEveningsRepository } from './theme-evenings.repository.js';
import { repositoryProvider } from '../database/transactions.js';
import { ThemeEveningsService } from './theme-evenings.service.js';

@Module({
  imports: [MailModule, MunicipalitiesModule],
  controllers: [ThemeEveningsController],
  providers: [repositoryProvider(ThemeEveningsRepository), ThemeEveningsService],
  exports: [ThemeEveningsService],
})
export class ThemeEveningsModule {}
