import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module.js';
import { CertificatesController, CertificatesPageController } from './certificates.controller.js';
import { CertificatesRepository } from './certificates.repository.js';
import { CertificatesService } from './certificates.service.js';

@Module({
  imports: [MatchingModule],
  controllers: [CertificatesController, CertificatesPageController],
  providers: [CertificatesRepository, CertificatesService],
})
export class CertificatesModule {}
