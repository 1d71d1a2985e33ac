import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditProcessor } from './audit.processor.js';
import { AuditRepository } from './audit.repository.js';
import { repositoryProvider } from '../database/transactions.js';
import { AuditService } from './audit.service.js';

/** Global: every domain writes its rows where it reads and changes its data. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [repositoryProvider(AuditRepository), AuditService, AuditProcessor],
  exports: [AuditService],
})
export class AuditModule {}
