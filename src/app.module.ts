import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { AllExceptionsFilter } from './common/http-exception.filter.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { ThemeEveningsModule } from './events/theme-evenings.module.js';
import { HealthModule } from './health/health.module.js';
import { InfoPagesModule } from './info-pages/info-pages.module.js';
import { MailModule } from './mail/mail.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { PausesModule } from './pauses/pauses.module.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { NewcomersModule } from './newcomers/newcomers.module.js';
import { PairsModule } from './pairs/pairs.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ProfessionsModule } from './professions/professions.module.js';
import { ProgrammesModule } from './programmes/programmes.module.js';
import { QueuesModule } from './queues/queues.module.js';
import { RedisModule } from './redis/redis.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { StatsModule } from './stats/stats.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SurveysModule } from './surveys/surveys.module.js';
import { TeamModule } from './team/team.module.js';
import { UsersModule } from './users/users.module.js';
import { CommonModule } from './common/common.module.js';
import { TransactionsModule } from './database/transactions.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), manualInitialization: false }),
        TransactionsModule,
        RedisModule,
        QueuesModule,
        AuditModule,
        AuthModule,
        UsersModule,
        MunicipalitiesModule,
        ProfessionsModule,
        ProgrammesModule,
        ParticipantsModule,
        MatchingModule,
        MeetingsModule,
        PausesModule,
        PairsModule,
        MailModule,
        RemindersModule,
        StatsModule,
        CertificatesModule,
        SurveysModule,
        ReportsModule,
        InfoPagesModule,
        TeamModule,
        NewcomersModule,
        ThemeEveningsModule,
        PrivacyModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
